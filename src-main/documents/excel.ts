/**
 * exceljs takes seconds to load (the biggest part of the engine's start): it is loaded the first time a sheet is
 * read or written, not when the engine starts.
 */
type ExcelJs = typeof import('exceljs');
let loading: Promise<ExcelJs> | undefined;

export function loadExcel(): Promise<ExcelJs> {
  // CommonJS seen from ESM: the module object is `default` (its declared types describe it as a namespace).
  loading ??= import('exceljs').then((module) => (module as ExcelJs & { default?: ExcelJs }).default ?? module);
  return loading;
}
