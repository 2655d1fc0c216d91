/**
 * The top of an official document: national headers, issuing body, number line, place-date lines.
 * Decree 30/2020 for the Vietnamese parts; Kingdom header, Khmer digits and month names for the Khmer parts.
 */
import type { CanvasNode, Content } from '../pdf/definition.js';
import type { Labels } from '../labels/default-labels.js';
import { type IsoDate, khmerDateLine, toKhmerDigits, vietnameseDateLine } from './dates.js';
import { balancedLines, charsPerLine } from './balance.js';
import { CONTENT_WIDTH, SIZE } from './page.js';

/** What the documents need of the issuing office (its profile lives in the vault). */
export interface OfficeProfile {
  /** Short code in the number line: `Số: 12/BB-<code>`. */
  code: string;
  /** Issuing body, superior body first, the office itself last (printed in capitals, the last line bold). */
  issuingBody: { vi: string[]; km: string[] };
  /** Place name for the date line ("Hà Tiên" / "ហាទៀង"). */
  place: { vi: string; km: string };
}

/** Decree 30: numbers below 10 take a leading zero. */
export function documentNumber(sequence: number, typeCode: string, officeCode: string): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new Error(`document number must be a positive integer: ${sequence}`);
  return `${String(sequence).padStart(2, '0')}/${typeCode}-${officeCode}`;
}

export function numberLineVi(labels: Labels, number: string): string {
  return `${labels['doc.number'].vi}: ${number}`;
}

/** Khmer digits for the sequence; the Latin type and office code stay as they are. */
export function numberLineKm(labels: Labels, number: string): string {
  const [sequence, rest] = number.split('/');
  return `${labels['doc.number'].km}: ${toKhmerDigits(sequence)}/${rest}`;
}

const rule = (width: number, columnWidth: number): CanvasNode => ({
  canvas: [{ type: 'line', x1: (columnWidth - width) / 2, y1: 1, x2: (columnWidth + width) / 2, y2: 1, lineWidth: 0.7 }],
  margin: [0, 1, 0, 3],
});

export function vietnamNationalHeader(labels: Labels): Content {
  return {
    stack: [
      { text: labels['header.vn.title'].vi, bold: true, fontSize: SIZE.nationalTitle, alignment: 'center' },
      // Decree 30: the motto is underlined with a solid line as long as the motto itself.
      { text: labels['header.vn.motto'].vi, bold: true, fontSize: SIZE.motto, alignment: 'center', decoration: 'underline' },
    ],
  };
}

export function cambodiaKingdomHeader(labels: Labels, columnWidth: number): Content {
  return {
    stack: [
      { text: labels['header.kh.title'].km, font: 'KhmerHeading', fontSize: SIZE.kingdomTitle, alignment: 'center' },
      { text: labels['header.kh.motto'].km, font: 'KhmerHeading', fontSize: SIZE.kingdomMotto, alignment: 'center' },
      rule(70, columnWidth),
    ],
  };
}

function issuingBodyLines(lines: string[], bold: 'last' | 'none', size: number, width: number, font?: string): Content[] {
  const fit = charsPerLine(width, size, font ? 'khmer' : 'latin');
  return lines.map((line, i) => ({
    text: balancedLines(line.toLocaleUpperCase('vi'), fit),
    bold: bold === 'last' && i === lines.length - 1,
    fontSize: size,
    alignment: 'center' as const,
    ...(font ? { font } : {}),
  }));
}

export interface HeaderInput {
  office: OfficeProfile;
  /** Full number, e.g. `12/BB-BLOHT` (see documentNumber). */
  number: string;
  date: IsoDate;
  /** Decree 30 confidentiality mark ("MẬT"), stamped boxed under the number line. */
  secrecyMark?: string;
}

/** The "MẬT" stamp: bold capitals in a box, centred in its column. */
function secrecyStamp(mark: string): Content {
  return {
    columns: [
      { width: '*', text: '' },
      {
        width: 'auto',
        table: { widths: ['auto'], body: [[{ text: mark, bold: true, fontSize: SIZE.numberLine, alignment: 'center' }]] },
        layout: { hLineWidth: () => 1.2, vLineWidth: () => 1.2, paddingLeft: () => 8, paddingRight: () => 8 },
      },
      { width: '*', text: '' },
    ],
    margin: [0, 4, 0, 0],
  };
}

/** Vietnamese-only header (Decree 30 layout): issuing body and number left, national title and date right. */
export function vietnameseHeader(labels: Labels, { office, number, date, secrecyMark }: HeaderInput): Content {
  const left = CONTENT_WIDTH * 0.45;
  return {
    columns: [
      {
        width: left,
        stack: [
          ...issuingBodyLines(office.issuingBody.vi, 'last', SIZE.issuingBody, left),
          rule(left * 0.4, left),
          { text: numberLineVi(labels, number), fontSize: SIZE.numberLine, alignment: 'center' },
          ...(secrecyMark ? [secrecyStamp(secrecyMark)] : []),
        ],
      },
      {
        width: '*',
        stack: [
          vietnamNationalHeader(labels),
          { text: '', margin: [0, 0, 0, 8] },
          { text: vietnameseDateLine(office.place.vi, date), italics: true, fontSize: SIZE.dateLine, alignment: 'center' },
        ],
      },
    ],
    columnGap: 6,
    margin: [0, 0, 0, 14],
  };
}

/** Bilingual header: both national headers side by side, then issuing body/number and the two date lines. */
export function bilingualHeader(labels: Labels, { office, number, date }: HeaderInput): Content {
  const left = CONTENT_WIDTH * 0.56;
  const right = CONTENT_WIDTH - left - 6;
  return {
    stack: [
      {
        columns: [
          { width: left, stack: [vietnamNationalHeader(labels)] },
          { width: right, stack: [cambodiaKingdomHeader(labels, right)] },
        ],
        columnGap: 6,
      },
      {
        columns: [
          {
            width: left,
            stack: [
              ...issuingBodyLines(office.issuingBody.vi, 'last', SIZE.issuingBody, left),
              ...issuingBodyLines(office.issuingBody.km, 'none', SIZE.issuingBodyKm, left, 'Khmer'),
              rule(left * 0.35, left),
              { text: numberLineVi(labels, number), fontSize: SIZE.numberLine, alignment: 'center' },
              { text: numberLineKm(labels, number), fontSize: SIZE.numberLineKm, alignment: 'center' },
            ],
          },
          {
            width: right,
            stack: [
              { text: vietnameseDateLine(office.place.vi, date), italics: true, fontSize: SIZE.dateLine, alignment: 'center' },
              { text: khmerDateLine(office.place.km, date), fontSize: SIZE.dateLineKm, alignment: 'center' },
            ],
            margin: [0, 14, 0, 0],
          },
        ],
        columnGap: 6,
        margin: [0, 6, 0, 0],
      },
    ],
    margin: [0, 0, 0, 12],
  };
}

/** Document title: Vietnamese in bold capitals, Khmer in Muol Light under it. */
export function bilingualTitle(vi: string, km: string | undefined, subtitleVi?: string): Content {
  return {
    stack: [
      { text: balancedLines(vi, charsPerLine(CONTENT_WIDTH, SIZE.title, 'latin')), style: 'title' },
      ...(subtitleVi
        ? [{ text: balancedLines(subtitleVi, charsPerLine(CONTENT_WIDTH, SIZE.subtitle, 'latin')), fontSize: SIZE.subtitle, bold: true, alignment: 'center' as const }]
        : []),
      ...(km
        ? [
            {
              text: balancedLines(km, charsPerLine(CONTENT_WIDTH, SIZE.titleKm, 'khmer')),
              style: 'titleKm',
              font: 'KhmerHeading',
              margin: [0, 2, 0, 0] as [number, number, number, number],
            },
          ]
        : []),
    ],
    margin: [0, 4, 0, 12],
  };
}
