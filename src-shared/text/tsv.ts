/**
 * Rows copied from a spreadsheet (Excel, LibreOffice, Google Sheets put tab-separated text on the clipboard):
 * cells separated by tabs, rows by line ends (\r\n, \n or \r). A cell that holds a tab, a line end or a quote is
 * quoted the spreadsheet's way: "a ""quoted"" word" → a "quoted" word. Cells are trimmed; blank rows are skipped;
 * empty cells at the end of a row do not count. A row with more cells than `columns` is not taken (its cells
 * would land in the wrong columns): its line number is reported in `tooWide` instead.
 */
export interface TsvRows<K extends string> {
  rows: Record<K, string>[];
  /** 1-based line numbers (of the pasted rows, blank ones counted) that had more cells than columns. */
  tooWide: number[];
}

/** Splits the text into rows of raw cells, honouring quoted cells. */
function cellsOf(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text[i];
    if (c === '"' && cell === '') {
      // A quoted cell: up to the closing quote that is not doubled.
      let j = i + 1;
      let value = '';
      let closed = false;
      while (j < text.length) {
        if (text[j] === '"') {
          if (text[j + 1] === '"') {
            value += '"';
            j += 2;
            continue;
          }
          closed = true;
          j++;
          break;
        }
        value += text[j];
        j++;
      }
      const next = text[j];
      if (closed && (next === undefined || next === '\t' || next === '\n' || next === '\r')) {
        cell = value;
        i = j;
        continue;
      }
      // Not a quoted cell after all (e.g. 5" screen): the quote is text.
      cell = '"';
      i++;
      continue;
    }
    if (c === '\t') endCell();
    else if (c === '\r') {
      endRow();
      if (text[i + 1] === '\n') i++;
    } else if (c === '\n') endRow();
    else cell += c;
    i++;
  }
  if (cell !== '' || row.length) endRow();
  return rows;
}

export function parseTsvRows<K extends string>(text: string, columns: readonly K[]): TsvRows<K> {
  const rows: Record<K, string>[] = [];
  const tooWide: number[] = [];
  cellsOf(text).forEach((raw, index) => {
    const cells = raw.map((cell) => cell.trim());
    while (cells.length && cells[cells.length - 1] === '') cells.pop();
    if (!cells.length) return;
    if (cells.length > columns.length) {
      tooWide.push(index + 1);
      return;
    }
    rows.push(Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? ''])) as Record<K, string>);
  });
  return { rows, tooWide };
}

/** True when pasted text is more than one cell (so a paste into a cell should become rows). */
export const isTable = (text: string) => /[\t\r\n]/.test(text.replace(/[\r\n]+$/, ''));
