/** Formats (number line, date lines) and page layout of real documents (repeated table headers, page numbers). */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LABELS,
  buildInternalHandover,
  buildVictimHandover,
  documentNumber,
  isChildOn,
  khmerDateLine,
  renderPdf,
  vietnameseDateLine,
} from '../../src-main/documents/index.js';
import { numberLineKm, numberLineVi } from '../../src-main/documents/layout/headers.js';
import { SAMPLE_OFFICE, sampleInternalHandover, sampleVictimHandover } from '../../src-main/documents/samples/sample-data.js';
import { pageCount, pdfText } from './pdf-text.js';

describe('number and date lines', () => {
  it('numbers: leading zero below 10, type and office code', () => {
    expect(numberLineVi(DEFAULT_LABELS, documentNumber(12, 'BB', 'VPLL.HT'))).toBe('Số: 12/BB-VPLL.HT');
    expect(numberLineVi(DEFAULT_LABELS, documentNumber(5, 'BB', 'BLOHT'))).toBe('Số: 05/BB-BLOHT');
    expect(numberLineVi(DEFAULT_LABELS, documentNumber(123, 'BB', 'BLOHT'))).toBe('Số: 123/BB-BLOHT');
    expect(numberLineKm(DEFAULT_LABELS, documentNumber(12, 'BB', 'BLOHT'))).toBe('លេខ: ១២/BB-BLOHT');
    expect(() => documentNumber(0, 'BB', 'X')).toThrow();
  });

  it('Vietnamese date line: day < 10 and months 1–2 padded (Decree 30)', () => {
    expect(vietnameseDateLine('Hà Tiên', '2026-03-05')).toBe('Hà Tiên, ngày 05 tháng 3 năm 2026');
    expect(vietnameseDateLine('Hà Tiên', '2026-02-05')).toBe('Hà Tiên, ngày 05 tháng 02 năm 2026');
    expect(vietnameseDateLine('Hà Tiên', '2026-01-15')).toBe('Hà Tiên, ngày 15 tháng 01 năm 2026');
    expect(vietnameseDateLine('An Giang', '2025-12-31')).toBe('An Giang, ngày 31 tháng 12 năm 2025');
    expect(() => vietnameseDateLine('x', '2026-02-30')).toThrow();
  });

  it('Khmer date line: Khmer digits and month names', () => {
    expect(khmerDateLine('', '2019-11-09')).toBe('ថ្ងៃទី០៩ ខែវិច្ឆិកា ឆ្នាំ២០១៩');
    expect(khmerDateLine('ហាទៀង', '2026-03-05')).toBe('ហាទៀង, ថ្ងៃទី០៥ ខែមីនា ឆ្នាំ២០២៦');
    const months = Array.from({ length: 12 }, (_, i) => khmerDateLine('', `2026-${String(i + 1).padStart(2, '0')}-20`).split(' ')[1]);
    expect(months).toEqual(['ខែមករា', 'ខែកុម្ភៈ', 'ខែមីនា', 'ខែមេសា', 'ខែឧសភា', 'ខែមិថុនា', 'ខែកក្កដា', 'ខែសីហា', 'ខែកញ្ញា', 'ខែតុលា', 'ខែវិច្ឆិកា', 'ខែធ្នូ']);
  });

  it('minor status is computed on the event date', () => {
    expect(isChildOn({ date: '2008-03-06' }, '2026-03-05')).toBe(true);
    expect(isChildOn({ date: '2008-03-05' }, '2026-03-05')).toBe(false);
    expect(isChildOn({ year: 2008 }, '2026-03-05')).toBe(true);
    expect(isChildOn({ estimatedAge: 16 }, '2026-03-05')).toBe(true);
    expect(isChildOn({ unknown: true }, '2026-03-05')).toBe(false);
  });
});

describe('multi-page documents', () => {
  it('a 120-person handover repeats the table header on every table page; page numbers start at page 2', async () => {
    const pdf = await renderPdf(buildVictimHandover(sampleVictimHandover(120), DEFAULT_LABELS, SAMPLE_OFFICE));
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(6);
    const texts = Array.from({ length: pages }, (_, i) => pdfText(pdf, { page: i + 1, layout: true }));
    const firstLine = (text: string) =>
      text
        .split('\n')
        .map((line) => line.trim())
        .find(Boolean);
    expect(firstLine(texts[0])).not.toMatch(/^\d+$/);
    texts.slice(1).forEach((text, i) => expect(firstLine(text)).toBe(String(i + 2)));
    // Pages carrying person rows (numbered rows with a CCCD or a date) each show both header languages.
    const tablePages = texts.filter((text) => /^\s*\d+\s+\S/m.test(text) && text.includes('Việt Nam') && text.includes('វៀតណាម'));
    expect(tablePages.length).toBeGreaterThanOrEqual(4);
    for (const text of tablePages.slice(0, -1)) {
      expect(text).toContain('Họ và tên');
      expect(text).toContain('គោត្តនាម');
      expect(text).toContain('Quốc tịch');
    }
    // Every person is listed, numbered in order: "<no> <full name>" starts a line in content order.
    const raw = pdfText(pdf, { raw: true }).split('\n');
    const input = sampleVictimHandover(120);
    // (a long name wraps inside its cell, so the row line holds at least the family name)
    const missing = input.persons.map((p, i) => `${i + 1} ${p.fullName.split(' ')[0]} `).filter((row) => !raw.some((line) => line.startsWith(row)));
    expect(missing).toEqual([]);
  });

  it('the copy mark appears on every page of a re-print, and only then', async () => {
    const input = sampleVictimHandover(40);
    const copy = await renderPdf(buildVictimHandover(input, DEFAULT_LABELS, SAMPLE_OFFICE, { copy: true }));
    const original = await renderPdf(buildVictimHandover(input, DEFAULT_LABELS, SAMPLE_OFFICE));
    for (let page = 1; page <= pageCount(copy); page++) expect(pdfText(copy, { page })).toContain('BẢN SAO / ច្បាប់ចម្លង');
    expect(pdfText(original)).not.toContain('BẢN SAO');
  });

  it('the internal handover is Vietnamese only, with the Decree 30 header', async () => {
    const pdf = await renderPdf(buildInternalHandover(sampleInternalHandover(5), DEFAULT_LABELS, SAMPLE_OFFICE));
    const text = pdfText(pdf);
    expect(text).not.toMatch(/[\u1780-\u17FF]/u);
    for (const line of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Số: 13/BB-VPLL.HT', 'Hà Tiên, ngày 05 tháng 3 năm 2026']) {
      expect(text).toContain(line);
    }
  });
});
