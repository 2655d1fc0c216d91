/** Text extraction from real PDFs with poppler's pdftotext (it honours ActualText, as copy/search do). */
import { execFileSync } from 'node:child_process';

/** `raw` keeps content-stream order: table cells come out whole, row by row. */
export function pdfText(pdf: Buffer, options: { layout?: boolean; raw?: boolean; page?: number } = {}): string {
  const args = [
    ...(options.layout ? ['-layout'] : []),
    ...(options.raw ? ['-raw'] : []),
    ...(options.page ? ['-f', String(options.page), '-l', String(options.page)] : []),
    '-enc',
    'UTF-8',
    '-',
    '-',
  ];
  return execFileSync('pdftotext', args, { input: pdf, maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
}

export function pageCount(pdf: Buffer): number {
  const info = execFileSync('pdfinfo', ['-'], { input: pdf }).toString('utf8');
  return Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
}

/** Whitespace (including line breaks from wrapping) removed: a wrapped value still matches character for character. */
export const squeeze = (text: string) => text.replace(/\s+/g, '');
