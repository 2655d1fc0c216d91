/**
 * A4 page, Decree 30/2020 margins, text styles, and the page header (page number from page 2, copy mark).
 */
import type { Content, DocumentDefinition, PageBreakNode, TextStyle } from '../pdf/definition.js';
import type { LabelText } from '../labels/default-labels.js';

const MM = 72 / 25.4;
export const A4 = { width: 595.28, height: 841.89 };
/** Decree 30: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 };
export const PAGE_MARGINS: [number, number, number, number] = [MARGINS_MM.left * MM, MARGINS_MM.top * MM, MARGINS_MM.right * MM, MARGINS_MM.bottom * MM];
export const CONTENT_WIDTH = A4.width - PAGE_MARGINS[0] - PAGE_MARGINS[2];

/**
 * Text sizes in points, Decree 30/2020 (Annex I): body and date line 13–14, national title and issuing body
 * 12–13, motto 13–14, headings no smaller than the body; tables may be smaller but stay readable on paper
 * (10.5 at least). Khmer at about 0.88 of the Vietnamese beside it looks the same size (taller glyphs), never
 * below the 10.5 floor. The one place sizes are chosen: templates use these names, never numbers.
 */
export const SIZE = {
  nationalTitle: 12,
  motto: 13,
  kingdomTitle: 12,
  kingdomMotto: 11.5,
  issuingBody: 12,
  issuingBodyKm: 11,
  numberLine: 13,
  numberLineKm: 11.5,
  dateLine: 13,
  dateLineKm: 11.5,
  title: 14,
  titleKm: 12.5,
  subtitle: 13,
  body: 13,
  bodyKm: 11.5,
  table: 10.5,
  tableKm: 10.5,
  signatureHeading: 13,
  signatureHeadingKm: 11.5,
  signatureHint: 12,
  signatureHintKm: 10.5,
  signatureTitle: 12,
  /** Decree 30: "Nơi nhận:" 12 pt bold italic, the recipients 11 pt. */
  recipientsHeading: 12,
  recipients: 11,
  verification: 10.5,
  pageNumber: 13,
  copyMark: 11,
} as const;

export const STYLES: Record<string, TextStyle & { margin?: [number, number, number, number] }> = {
  body: { fontSize: SIZE.body, lineHeight: 1.1 },
  bodyKm: { fontSize: SIZE.bodyKm, lineHeight: 1 },
  bodyViOnly: { fontSize: SIZE.body, lineHeight: 1.15 },
  heading: { fontSize: SIZE.body, bold: true },
  title: { fontSize: SIZE.title, bold: true, alignment: 'center' },
  titleKm: { fontSize: SIZE.titleKm, bold: true, alignment: 'center' },
  tableHeader: { fontSize: SIZE.table, bold: true, alignment: 'center' },
  tableHeaderKm: { fontSize: SIZE.tableKm, bold: false, alignment: 'center', font: 'Khmer' },
  tableCell: { fontSize: SIZE.table },
  tableCellKm: { fontSize: SIZE.tableKm },
  small: { fontSize: SIZE.table },
  /** Marks the page header's nodes, which pdfmake lists among a page's nodes (see keepHeadingsWithNext). */
  pageHeader: {},
};

export interface PageOptions {
  /** Prints "BẢN SAO / ច្បាប់ចម្លង" boxed at the top right of every page. */
  copyMark?: LabelText;
  title?: string;
  language?: 'vi' | 'vi-km';
}

/** Page number centred at the top from page 2 (Decree 30), the copy mark on every page. */
export function pageHeader(copyMark: LabelText | undefined, bilingual: boolean) {
  return (currentPage: number): Content => ({
    margin: [PAGE_MARGINS[0], 18, PAGE_MARGINS[2], 0],
    style: 'pageHeader',
    columns: [
      { width: 140, text: '', style: 'pageHeader' },
      { width: '*', text: currentPage > 1 ? String(currentPage) : '', alignment: 'center', fontSize: SIZE.pageNumber, style: 'pageHeader' },
      { width: 140, stack: copyMark ? [copyMarkBox(copyMark, bilingual)] : [], style: 'pageHeader' },
    ],
  });
}

function copyMarkBox(mark: LabelText, bilingual: boolean): Content {
  const text = bilingual ? [mark.vi, ' / ', mark.km] : [mark.vi];
  // A table is as wide as its widths say: an empty star column pushes the box to the right edge.
  return {
    style: 'pageHeader',
    columns: [
      { width: '*', text: '', style: 'pageHeader' },
      {
        width: 'auto',
        style: 'pageHeader',
        table: { widths: ['auto'], body: [[{ text, bold: true, fontSize: SIZE.copyMark, color: '#b00000', alignment: 'center', style: 'pageHeader' }]] },
        layout: { hLineColor: () => '#b00000', vLineColor: () => '#b00000', hLineWidth: () => 1.2, vLineWidth: () => 1.2 },
      },
    ],
  };
}

/**
 * A heading or label line that would be the last thing on its page starts the next page instead, with what it
 * introduces. pdfmake lays the document out again after each such break, so it costs time only when it happens.
 */
export function keepHeadingsWithNext(node: PageBreakNode, pages: { getFollowingNodesOnPage(): PageBreakNode[] }): boolean {
  if (node.headlineLevel !== 1) return false;
  // What follows must be text laid out on this page (the page header's nodes are listed with the page's). A block
  // that pdfmake moved whole to the next page (an unbreakable block, or a table's header with its first row)
  // leaves stale positions here: all its text at one and the same top, which lines really placed one under the
  // other never share. One line alone at the foot is treated the same: the heading then moves, which is safe.
  const tops = pages
    .getFollowingNodesOnPage()
    .filter((next) => next.text !== undefined && next.style !== 'pageHeader' && (next.startPosition?.verticalRatio ?? 0) < 0.985)
    .map((next) => next.startPosition?.top);
  return new Set(tops).size < 2;
}

export function officialDocument(content: Content, options: PageOptions = {}): DocumentDefinition {
  const bilingual = options.language !== 'vi';
  return {
    pageSize: 'A4',
    pageMargins: PAGE_MARGINS,
    header: pageHeader(options.copyMark, bilingual),
    content,
    styles: STYLES,
    pageBreakBefore: keepHeadingsWithNext,
    defaultStyle: { font: 'Tinos', fontSize: SIZE.body },
    info: { title: options.title, creator: 'BLO Desk', producer: 'BLO Desk' },
    language: 'vi',
  };
}
