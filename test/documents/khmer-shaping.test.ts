/**
 * Khmer shaping through the fontkit pdfkit actually loads, with the font files the app ships, against HarfBuzz.
 * Also proves the comparison bites: the same fontkit with our patch reversed disagrees on coeng-ro + below vowel.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFontFiles } from '../../src-main/documents/pdf/fonts.js';
import { DEFAULT_LABELS } from '../../src-main/documents/index.js';
import { COENG_RO_BELOW, KHMER_CORPUS } from './khmer-corpus.js';
import { KHMER_FONTS, fontkit, harfbuzzShaper, shapeFontkit, stockFontkit } from './shapers.js';

describe('Khmer shaping matches HarfBuzz', () => {
  let files: ReadonlyMap<string, Buffer>;
  beforeAll(() => {
    files = loadFontFiles();
  });

  it('every Khmer label the documents print shapes like HarfBuzz, in both faces', () => {
    const labels = Object.values(DEFAULT_LABELS).map((label) => label.km.replace(/\{\w+\}/g, ''));
    for (const file of KHMER_FONTS) {
      const font = fontkit.create(files.get(file)!);
      const reference = harfbuzzShaper(files.get(file)!);
      expect(
        labels.filter((text) => JSON.stringify(shapeFontkit(font, text)) !== JSON.stringify(reference(text))),
        file,
      ).toEqual([]);
    }
  });

  for (const file of KHMER_FONTS) {
    it(`${file}: glyph ids, advances and offsets equal HarfBuzz for every corpus string`, () => {
      const bytes = files.get(file)!;
      const font = fontkit.create(bytes);
      const reference = harfbuzzShaper(bytes);
      const differences = KHMER_CORPUS.filter((text) => JSON.stringify(shapeFontkit(font, text)) !== JSON.stringify(reference(text)));
      expect(differences).toEqual([]);
    });
  }

  it('detects the stock fontkit bug: with our patch reversed, coeng-ro + below vowel differs', () => {
    const stock = stockFontkit();
    for (const file of KHMER_FONTS) {
      const bytes = files.get(file)!;
      const reference = harfbuzzShaper(bytes);
      const font = stock.create(bytes);
      expect(shapeFontkit(font, 'ស្រុក')).not.toEqual(reference('ស្រុក'));
      const wrong = COENG_RO_BELOW.filter((text) => JSON.stringify(shapeFontkit(font, text)) !== JSON.stringify(reference(text)));
      expect(wrong.length).toBeGreaterThan(30);
    }
  });
});
