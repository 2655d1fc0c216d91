/** Khmer wraps only between words or clusters: checked on a real narrow column and as a property of the cut. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterSafeCut, insertKhmerWordBreaks, isKhmerCombining, splitScriptRuns, stripBreakHints, ZWSP } from '../../src-main/documents/text/khmer.js';
import { laidLines } from './layout-nodes.js';
import { KHMER_CORPUS, OFFICE_WORDS, PERSONAL_NAMES, PLACE_NAMES } from './khmer-corpus.js';
import { pdfText } from './pdf-text.js';

const startsBadly = (line: string) => line.length > 0 && (isKhmerCombining(line.codePointAt(0)!) || line.codePointAt(0) === 0x200d);

describe('Khmer line breaking', () => {
  it('a narrow column never starts a line with a dependent vowel, sign or coeng', async () => {
    const paragraph = [...OFFICE_WORDS, ...PLACE_NAMES, ...PERSONAL_NAMES].join('');
    const words = [...new Intl.Segmenter('km', { granularity: 'word' }).segment(paragraph)].length;
    const kingdom = 'ព្រះរាជាណាចក្រកម្ពុជា';
    const { pdf, lines: laid } = await laidLines({
      content: [
        { table: { widths: [34], body: [[{ text: paragraph, fontSize: 10 }]] } },
        // One long dictionary word in a very narrow cell: only a hard cut can wrap it.
        { table: { widths: [18], body: [[{ text: kingdom, fontSize: 10 }]] } },
      ],
    });
    const lines = pdfText(pdf, { raw: true })
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !/^\f$/.test(line));
    expect(lines.filter(startsBadly)).toEqual([]);
    // Each drawn line reads back as the line pdfmake laid out (the break hints ending its words are not drawn; where
    // pdftotext sees a space between two words is its own guess, so spaces are left out of the comparison).
    const squeezed = (text: string) => text.replace(/\s/g, '');
    expect(lines.map(squeezed)).toEqual(laid.map((line) => squeezed(stripBreakHints(line.text))));
    // Nothing lost or reordered, and the narrow cells really forced cuts inside words: several words share a line of
    // the wider cell, and the kingdom's name is cut over several lines of the narrow one.
    expect(lines.join('').replace(/\s/g, '')).toBe(`${paragraph}${kingdom}`.replace(/\s/g, ''));
    expect(lines.length).toBeLessThan(words);
    const kingdomFrom = lines.findLastIndex((_, i) => lines.slice(i).join('') === kingdom);
    expect(kingdomFrom).toBeGreaterThanOrEqual(0);
    expect(lines.length - kingdomFrom).toBeGreaterThan(1);
  });

  it('clusterSafeCut never cuts before a combining mark or after a coeng', () => {
    const cluster = fc.constantFrom(...KHMER_CORPUS);
    fc.assert(
      fc.property(fc.array(cluster, { minLength: 1, maxLength: 6 }), fc.nat(), (parts, at) => {
        const text = parts.join('');
        const cut = clusterSafeCut(text, at % (text.length + 1));
        expect(cut).toBeGreaterThan(0);
        expect(cut).toBeLessThanOrEqual(text.length);
        if (cut < text.length) {
          expect(isKhmerCombining(text.codePointAt(cut)!)).toBe(false);
          expect(text.codePointAt(cut - 1)).not.toBe(0x17d2);
        }
      }),
    );
  });

  it('word-break hints fall between words, never inside a cluster or before ។ ៗ', () => {
    expect(insertKhmerWordBreaks('កំណត់ហេតុប្រគល់និងទទួលជនរងគ្រោះ').split(ZWSP)).toEqual(['កំណត់ហេតុ', 'ប្រគល់', 'និង', 'ទទួល', 'ជនរងគ្រោះ']);
    expect(insertKhmerWordBreaks('ភាគីនីមួយៗរក្សាទុក។')).not.toMatch(/\u200B[។ៗ]/u);
    for (const text of KHMER_CORPUS) {
      const hinted = insertKhmerWordBreaks(text);
      expect(hinted.replaceAll(ZWSP, '')).toBe(text);
      for (const piece of hinted.split(ZWSP).slice(1)) expect(startsBadly(piece)).toBe(false);
    }
  });

  it('script runs: Khmer phrases with spaces stay one run; Latin punctuation around them does not', () => {
    expect(splitScriptRuns('Họ tên / ឈ្មោះ: សុខ ស្រីនាង (ភាគីកម្ពុជា)')).toEqual([
      { text: 'Họ tên / ', khmer: false },
      { text: 'ឈ្មោះ', khmer: true },
      { text: ': ', khmer: false },
      { text: 'សុខ ស្រីនាង', khmer: true },
      { text: ' (', khmer: false },
      { text: 'ភាគីកម្ពុជា', khmer: true },
      { text: ')', khmer: false },
    ]);
  });
});
