/**
 * pdfmake's own record of where it put each node: the final layout's linear node list (one position per line
 * of a text node), captured while a document renders. Used to find lines and table rows left alone on a page.
 */
import { renderPdf, type DocumentDefinition } from '../../src-main/documents/index.js';
import { installHooks } from '../../src-main/documents/pdf/hooks.js';
import { layoutBuilderClass } from '../../src-main/documents/pdf/pdfmake-runtime.js';

export interface LaidNode {
  text?: unknown;
  positions?: Array<{ pageNumber: number; top: number }>;
  stack?: LaidNode[];
  table?: { body: LaidNode[][]; headerRows?: number };
  columns?: LaidNode[];
  unbreakable?: boolean;
}

/** Renders `definition` and returns the node list of its last (final) layout pass. */
export async function layoutNodes(definition: DocumentDefinition): Promise<LaidNode[]> {
  const proto = layoutBuilderClass().prototype as unknown as { tryLayoutDocument: (...args: unknown[]) => { linearNodeList: LaidNode[] } };
  const original = proto.tryLayoutDocument;
  let last: LaidNode[] = [];
  proto.tryLayoutDocument = function (...args: unknown[]) {
    const result = original.apply(this, args);
    last = result.linearNodeList;
    return result;
  };
  try {
    await renderPdf(definition);
  } finally {
    proto.tryLayoutDocument = original;
  }
  return last;
}

/** Lines of a text node per page. */
function linesPerPage(node: LaidNode): Map<number, number> {
  const pages = new Map<number, number>();
  for (const p of node.positions ?? []) pages.set(p.pageNumber, (pages.get(p.pageNumber) ?? 0) + 1);
  return pages;
}

/** The page a cell starts on: its first positioned descendant. */
function firstPage(node: LaidNode | undefined): number | undefined {
  if (!node) return undefined;
  if (node.positions?.length) return node.positions[0].pageNumber;
  for (const child of [...(node.stack ?? []), ...(node.columns ?? [])]) {
    const page = firstPage(child);
    if (page !== undefined) return page;
  }
  return undefined;
}

const textOf = (text: unknown): string =>
  typeof text === 'string'
    ? text
    : Array.isArray(text)
      ? text.map(textOf).join('')
      : text && typeof text === 'object' && 'text' in text
        ? textOf((text as { text: unknown }).text)
        : '';

const cellsText = (row: LaidNode[]): string => row.map((cell) => textOf(cell.text ?? cell.stack?.map((c) => c.text))).join(' | ');

/**
 * A single line of a paragraph on one side of a page break (a widow at the top of the next page or an orphan at
 * the foot of this one), or a single body row of a table alone on a page it continues to.
 */
export function aloneOnPage(nodes: readonly LaidNode[]): Array<{ page: number; kind: 'line' | 'row'; text: string }> {
  const found: Array<{ page: number; kind: 'line' | 'row'; text: string }> = [];
  for (const node of nodes) {
    if (node.positions?.length && node.text !== undefined) {
      const pages = linesPerPage(node);
      if (pages.size > 1) for (const [page, lines] of pages) if (lines === 1) found.push({ page, kind: 'line', text: textOf(node.text).slice(0, 60) });
    }
    if (node.table) {
      const headerRows = node.table.headerRows ?? 0;
      const rows = node.table.body.slice(headerRows).map((row) => firstPage(row[0]));
      const perPage = new Map<number, number>();
      for (const page of rows) if (page !== undefined) perPage.set(page, (perPage.get(page) ?? 0) + 1);
      const firstTablePage = Math.min(...perPage.keys());
      for (const [page, count] of perPage)
        if (page > firstTablePage && count === 1 && rows.length > 1)
          found.push({ page, kind: 'row', text: cellsText(node.table.body[headerRows + rows.indexOf(page)]).slice(0, 60) });
    }
  }
  return found;
}

/** One line as pdfmake laid it out: where it starts, how wide its text is (less a trailing space), the room it had. */
export interface LaidLine {
  left: number;
  width: number;
  maxWidth: number;
  text: string;
}

/** Renders `definition`: the PDF, and every line pdfmake built for it (all layout passes), read from its line builder. */
export async function laidLines(definition: DocumentDefinition): Promise<{ pdf: Buffer; lines: LaidLine[] }> {
  installHooks(); // the line builder being read is the project's cluster-safe one
  type Inline = { text: string; width: number; trailingCut?: number };
  type Builder = { writer: { context(): { x: number } }; buildNextLine(node: unknown): { inlines: Inline[]; maxWidth: number } | null };
  const proto = layoutBuilderClass().prototype as unknown as Builder;
  const original = proto.buildNextLine;
  const lines: LaidLine[] = [];
  proto.buildNextLine = function (this: Builder, node: unknown) {
    const left = this.writer.context().x;
    const line = original.call(this, node);
    if (line?.inlines.length) {
      const width = line.inlines.reduce((sum, inline) => sum + inline.width, 0) - (line.inlines[line.inlines.length - 1].trailingCut ?? 0);
      lines.push({ left, width, maxWidth: line.maxWidth, text: line.inlines.map((inline) => inline.text).join('') });
    }
    return line;
  };
  try {
    return { pdf: await renderPdf(definition), lines };
  } finally {
    proto.buildNextLine = original;
  }
}
