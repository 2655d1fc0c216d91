/** Bilingual building blocks: paragraphs, section headings, label–value lines, simple item lists. */
import type { Content, Inline, TableCell } from '../pdf/definition.js';
import type { LabelText } from '../labels/default-labels.js';
import { SIZE } from './page.js';

/** A value that may exist in both languages (names of places, agencies, free text entered twice). */
export interface Bilingual {
  vi: string;
  km?: string;
}

/** A paragraph up to this many lines (estimated) is kept on one page, so no line of it is left alone on either side. */
export const KEEP_WHOLE_LINES = 10;
/** Characters per body line, a little under what fits (Vietnamese at 13 pt, Khmer at 11.5 pt, on the A4 text width). */
const CHARS_PER_LINE = { vi: 78, km: 60 } as const;

/**
 * A document number ("07/BB-VPLL-HT", "០៧/BB-VPLL-HT") or a date ("03/02/2026") inside running text. The line
 * breaker may break after a slash or a hyphen, which splits a number over two lines; these are kept whole.
 * Punctuation touching it goes with it: pdfmake spreads a justified line's slack between runs, so a comma left in
 * a run of its own would stand apart ("03/02/2026 ,").
 */
const WHOLE = /[([]?[0-9០-៩]+\/[\p{Lu}0-9០-៩]+(?:[-./][\p{L}0-9០-៩]+)*[.,;:!?)\]។៖]*/gu;

/** `text` with every document number and date as a run that never breaks (the text itself when it has none). */
export function unbrokenNumbers(text: string): Inline | Inline[] {
  const out: Inline[] = [];
  let from = 0;
  for (const match of text.matchAll(WHOLE)) {
    if (match.index > from) out.push(text.slice(from, match.index));
    out.push({ text: match[0], noWrap: true });
    from = match.index + match[0].length;
  }
  if (out.length === 0) return text;
  if (from < text.length) out.push(text.slice(from));
  return out;
}

/** Vietnamese paragraph (justified) with its Khmer counterpart under it (left-aligned, smaller). */
export function biParagraph(vi: string, km: string | undefined, indent = 0, viStyle = 'body'): Content {
  const lines = Math.ceil(vi.length / CHARS_PER_LINE.vi) + (km ? Math.ceil(km.length / CHARS_PER_LINE.km) : 0);
  return {
    stack: [
      { text: unbrokenNumbers(vi), style: viStyle, alignment: 'justify', margin: [indent, 0, 0, 0] },
      ...(km ? [{ text: unbrokenNumbers(km), style: 'bodyKm', margin: [indent, 1, 0, 0] as [number, number, number, number] }] : []),
    ],
    margin: [0, 0, 0, 5],
    ...(lines <= KEEP_WHOLE_LINES ? { unbreakable: true } : {}),
  };
}

/** Up to this many rows a table is kept whole with its heading (pdfmake cannot split an unbreakable block). */
export const KEEP_WHOLE_ROWS = 15;

/** A heading inside an unbreakable block must not ask for its own page break: pdfmake would drop the block. */
const inBlock = (heading: Content): Content => (typeof heading === 'object' && !Array.isArray(heading) ? { ...heading, headlineLevel: undefined } : heading);

/**
 * A heading kept on one page with the block it introduces, when that block is short (unbreakable): laid out in
 * one pass. Anything longer follows the heading as it is, and keepHeadingsWithNext moves the heading if it ends a
 * page — which costs pdfmake a second layout of the whole document, so short blocks never rely on it.
 */
export function keepWithNext(heading: Content, next: Content): Content[] {
  const short = typeof next === 'object' && !Array.isArray(next) && next.unbreakable === true;
  return short ? [{ stack: [inBlock(heading), next], unbreakable: true }] : [heading, next];
}

/**
 * A heading and the table it introduces. A short table moves with its heading as one block; a long one relies on
 * keepWithHeaderRows and keepHeadingsWithNext.
 */
export function headedTable(heading: Content, table: Content, rows: number): Content[] {
  return rows <= KEEP_WHOLE_ROWS ? [{ stack: [inBlock(heading), table], unbreakable: true }] : [heading, table];
}

/** Section heading "1. Căn cứ / យោងតាម". */
export function biHeading(number: string, label: LabelText, bilingual = true): Content {
  return {
    text: [
      { text: `${number}. ${label.vi}`, bold: true },
      ...(bilingual
        ? [
            { text: ' / ', bold: true },
            { text: label.km, bold: true, fontSize: SIZE.bodyKm },
          ]
        : []),
    ],
    style: 'heading',
    headlineLevel: 1,
    margin: [0, 6, 0, 3],
  };
}

/** "Label / ស្លាក: value" on one line (the value keeps whatever script it is written in). */
export function biField(label: LabelText, value: string, bilingual = true): Content {
  return {
    text: [{ text: label.vi, bold: true }, ...(bilingual ? [' / ', { text: label.km, fontSize: SIZE.bodyKm }] : []), ': ', unbrokenNumbers(value)].flat(),
    style: 'body',
    margin: [0, 0, 0, 3],
  };
}

/** Table header cell: Vietnamese label, Khmer label under it. */
export function headerCell(label: LabelText, bilingual = true): TableCell {
  return { stack: [{ text: label.vi, style: 'tableHeader' }, ...(bilingual ? [{ text: label.km, style: 'tableHeaderKm' }] : [])] };
}

/** A cell holding a bilingual value: Vietnamese first, Khmer under it when present. */
export function biCell(value: Bilingual, options: { bold?: boolean; fillColor?: string } = {}): TableCell {
  const { bold, fillColor } = options;
  return {
    stack: [{ text: value.vi, style: 'tableCell', ...(bold ? { bold } : {}) }, ...(value.km ? [{ text: value.km, style: 'tableCellKm' }] : [])],
    ...(fillColor ? { fillColor } : {}),
  };
}

/** Thin grid used by all document tables. */
export const GRID = {
  hLineWidth: () => 0.6,
  vLineWidth: () => 0.6,
  hLineColor: () => '#333333',
  vLineColor: () => '#333333',
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};
