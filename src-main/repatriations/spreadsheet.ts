import { loadExcel } from '../documents/excel.js';
import Papa from 'papaparse';

/** A list as the other side sends it: header names and rows of cell text. */
export interface Sheet {
  columns: string[];
  rows: { line: number; cells: Record<string, string> }[];
}

export class UnreadableSheetError extends Error {}

const MAX_ROWS = 2000;

function toSheet(table: string[][], firstLine: number): Sheet {
  const headerIndex = table.findIndex((row) => row.some((cell) => cell.trim() !== ''));
  if (headerIndex < 0) throw new UnreadableSheetError('empty');
  const columns = table[headerIndex].map((cell, i) => cell.trim().normalize('NFC') || `#${i + 1}`);
  const rows = table
    .slice(headerIndex + 1)
    .map((cells, i) => ({ line: firstLine + headerIndex + 1 + i, cells: Object.fromEntries(columns.map((column, c) => [column, (cells[c] ?? '').trim().normalize('NFC')])) }))
    .filter((row) => Object.values(row.cells).some(Boolean));
  if (rows.length > MAX_ROWS) throw new UnreadableSheetError('too many rows');
  return { columns, rows };
}

export function readCsv(bytes: Buffer): Sheet {
  let text = bytes.toString('utf8');
  if (text.includes('\uFFFD')) throw new UnreadableSheetError('not UTF-8');
  text = text.replace(/^\uFEFF/, '');
  // "# " lines above the header are notes (the import template explains the birth forms in one); a row below it is never dropped.
  const notes = /^(?:# [^\r\n]*(?:\r\n|\n|\r))+/.exec(text)?.[0] ?? '';
  const parsed = Papa.parse<string[]>(text.slice(notes.length), { skipEmptyLines: 'greedy' });
  if (parsed.errors.some((error) => error.type === 'Quotes')) throw new UnreadableSheetError('bad quotes');
  return toSheet(parsed.data, 1 + (notes.match(/\r\n|\n|\r/g)?.length ?? 0));
}

export async function readXlsx(bytes: Buffer): Promise<Sheet> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new UnreadableSheetError('not xlsx');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableSheetError('no sheet');
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      const value = cell.value;
      cells[column - 1] =
        value instanceof Date
          ? value.toISOString().slice(0, 10)
          : value && typeof value === 'object' && 'text' in value
            ? String((value as { text: unknown }).text)
            : value && typeof value === 'object' && 'result' in value
              ? String((value as { result: unknown }).result ?? '')
              : String(value ?? '');
    });
    table[number - 1] = cells;
  });
  return toSheet(
    Array.from(table, (row) => row ?? []),
    1,
  );
}
