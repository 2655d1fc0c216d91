import type { WebContentsPrintOptions } from 'electron';

/**
 * Options for printing the window (menu Tệp › In…). Always through the system print dialog (never silent, so a
 * person picks the printer), A4 as in Decree 30/2020, backgrounds kept so status colours survive.
 * Issued documents will be printed from their PDF, not from the window.
 */
export function printOptions(): WebContentsPrintOptions {
  return { silent: false, printBackground: true, pageSize: 'A4', landscape: false, color: true };
}
