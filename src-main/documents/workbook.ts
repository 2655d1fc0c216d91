import { loadExcel } from './excel.js';

/** A spreadsheet made by the engine for the person to save. */
export interface WorkbookFile {
  fileName: string;
  mimeType: string;
  contentBase64: string;
}

export interface SheetSpec {
  name: string;
  /** The header row first. Numbers stay numbers (they add up in Excel); text stays text ("05/03/2008", "0123"). */
  rows: (string | number)[][];
  widths?: number[];
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One workbook, one sheet per table: bold header frozen while scrolling, A4 landscape fitted to the page width. */
export async function workbookFile(fileName: string, sheets: SheetSpec[]): Promise<WorkbookFile> {
  const ExcelJS = await loadExcel();
  const workbook = new ExcelJS.Workbook();
  for (const { name, rows, widths } of sheets) {
    const sheet = workbook.addWorksheet(name, {
      views: [{ state: 'frozen', ySplit: 1 }],
      pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
    });
    for (const row of rows) sheet.addRow(row);
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((column, i) => (column.width = widths?.[i] ?? 24));
  }
  return { fileName, mimeType: XLSX_TYPE, contentBase64: Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64') };
}
