/** Signature blocks (one column per party) and the verification QR that closes every issued document. */
import type { Content } from '../pdf/definition.js';
import type { LabelText, Labels } from '../labels/default-labels.js';
import { SIZE } from './page.js';

export interface Signatory {
  /** Heading over the block, e.g. "ĐẠI DIỆN PHÍA VIỆT NAM / តំណាងភាគីវៀតណាម". */
  heading: LabelText;
  name: string;
  /** Rank and position printed under the name. */
  title?: string;
}

export function signatureBlocks(labels: Labels, signatories: readonly Signatory[], bilingual = true): Content {
  const hint = labels['signature.hint'];
  return {
    columns: signatories.map((s) => ({
      width: '*',
      stack: [
        { text: s.heading.vi, bold: true, fontSize: SIZE.signatureHeading, alignment: 'center' as const },
        ...(bilingual ? [{ text: s.heading.km, font: 'KhmerHeading', fontSize: SIZE.signatureHeadingKm, alignment: 'center' as const }] : []),
        { text: bilingual ? `${hint.vi} ` : hint.vi, italics: true, fontSize: SIZE.signatureHint, alignment: 'center' as const },
        ...(bilingual ? [{ text: hint.km, fontSize: SIZE.signatureHintKm, alignment: 'center' as const }] : []),
        { text: '', margin: [0, 0, 0, 62] as [number, number, number, number] },
        { text: s.name, bold: true, fontSize: SIZE.signatureHeading, alignment: 'center' as const },
        ...(s.title ? [{ text: s.title, fontSize: SIZE.signatureTitle, alignment: 'center' as const }] : []),
      ],
    })),
    columnGap: 12,
    margin: [0, 10, 0, 6],
  };
}

/** What the QR carries: a versioned, delimiter-safe payload the Verify page can parse. */
export function verificationPayload(number: string, contentHash: string): string {
  return `BLO1|${number}|${contentHash}`;
}

/** The hash as printed under the QR: 16 hex digits, grouped for reading aloud over the phone. */
export function shortHash(contentHash: string): string {
  return contentHash.slice(0, 16).replace(/(.{4})(?=.)/g, '$1 ');
}

export function verificationBlock(labels: Labels, number: string, contentHash: string, bilingual = true): Content {
  // Each label carries its value: a Khmer reader finds the code after the Khmer label too.
  const label = (key: 'doc.number' | 'doc.verifyCode') => (bilingual ? `${labels[key].vi} / ${labels[key].km}` : labels[key].vi);
  return {
    columns: [
      {
        width: 260,
        stack: [
          { qr: verificationPayload(number, contentHash), fit: 72, eccLevel: 'M' },
          { text: `${label('doc.number')}: ${number}`, fontSize: SIZE.verification, margin: [0, 2, 0, 0] },
          { text: `${label('doc.verifyCode')}: ${shortHash(contentHash)}`, fontSize: SIZE.verification },
        ],
      },
      { width: '*', text: '' },
    ],
    margin: [0, 8, 0, 0],
  };
}

/** Who signs an office's own document (Decree 30): on whose behalf, the position, the name; Khmer under each when given. */
export interface OfficialSigner {
  onBehalfOf?: string;
  position: string;
  positionKm?: string;
  rank?: string;
  name: string;
  nameKm?: string;
}

/** The signature column: "KT. …" and the position in bold capitals, room to sign and stamp, the name in bold. */
export function officialSignature(signer: OfficialSigner): Content {
  const upper = (text: string) => text.toLocaleUpperCase('vi');
  return {
    stack: [
      ...(signer.onBehalfOf ? [{ text: upper(signer.onBehalfOf), bold: true, fontSize: SIZE.signatureHeading, alignment: 'center' as const }] : []),
      { text: upper(signer.position), bold: true, fontSize: SIZE.signatureHeading, alignment: 'center' as const },
      ...(signer.positionKm ? [{ text: signer.positionKm, font: 'KhmerHeading', fontSize: SIZE.signatureHeadingKm, alignment: 'center' as const }] : []),
      { text: '', margin: [0, 0, 0, 62] as [number, number, number, number] },
      { text: [signer.rank, signer.name].filter(Boolean).join(' '), bold: true, fontSize: SIZE.signatureHeading, alignment: 'center' as const },
      ...(signer.nameKm ? [{ text: signer.nameKm, fontSize: SIZE.signatureHeadingKm, alignment: 'center' as const }] : []),
    ],
  };
}

/** Decree 30 "Nơi nhận:" (bold italic 12 pt) with one recipient a line (11 pt), the last ending with a full stop. */
export function recipientsBlock(labels: Labels, recipients: readonly string[]): Content {
  const line = (text: string, last: boolean) => `- ${text.replace(/[;.,]+$/, '')}${last ? '.' : ';'}`;
  return {
    stack: [
      { text: `${labels['doc.recipients'].vi}:`, bold: true, italics: true, fontSize: SIZE.recipientsHeading },
      ...recipients.map((r, i) => ({ text: line(r, i === recipients.length - 1), fontSize: SIZE.recipients })),
    ],
  };
}
