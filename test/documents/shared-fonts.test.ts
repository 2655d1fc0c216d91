import { describe, expect, it } from 'vitest';
import { renderPdf, type DocumentDefinition } from '../../src-main/documents/index.js';
import { pdfText } from './pdf-text.js';

/**
 * Fonts are parsed once and shared by every document the engine renders. Letters drawn as composite
 * glyphs ("ở" contains "ơ", "Ờ" contains "Ơ") must still extract in every later document.
 */
describe('fonts shared across documents', () => {
  it('keeps every letter extractable in the second, third… document', async () => {
    const first: DocumentDefinition = { content: [{ text: 'Người mở khóa — PHIẾU BLO Desk', bold: true }, 'Ở bờ sông, mở cửa, Ờ'] };
    const later = 'Nguyễn Thị Hương, Đặng Văn Toàn, SOP, Ơ ơ ư Ư';
    await renderPdf(first);
    for (const bold of [false, true]) {
      const text = pdfText(await renderPdf({ content: [{ text: later, bold }] })).normalize('NFC');
      expect(text.replace(/\s+/g, ' ').trim()).toBe(later);
    }
  });
});
