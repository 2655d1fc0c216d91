/**
 * Shaping must not depend on what was shaped before in the same process. fontkit cached one glyph object per id
 * with the code points of its first request; after a split vowel (ើ = េ+ី) had been shaped, a later ី came out
 * as េ+ី on paper while the text layer still read right. Our fontkit patch keys that cache by code points too.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderPdf } from '../../src-main/documents/index.js';
import { loadFontFiles } from '../../src-main/documents/pdf/fonts.js';
import { KHMER_CORPUS } from './khmer-corpus.js';
import { glyphStream } from './pdf-content.js';
import { TEMPLATES, type TemplateName, sampleDocument } from './sample-documents.js';
import { type Fontkit, KHMER_FONTS, fontkit, harfbuzzShaper, shapeFontkit, stockFontkit } from './shapers.js';

/** Deterministic Fisher–Yates shuffle (LCG), so a failing order can be replayed from its seed. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let state = seed >>> 0;
  for (let i = out.length - 1; i > 0; i--) {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const SEEDS = [1, 2, 3, 4, 5];

/**
 * Strings whose shape differs from HarfBuzz when the corpus is shaped in random orders, each order by a new font
 * object (as a fresh engine would) — the first request for a glyph decides what a stale cache would keep.
 */
function mismatchesInRandomOrders(kit: Fontkit, bytes: Buffer): string[] {
  const reference = harfbuzzShaper(bytes);
  const expected = new Map(KHMER_CORPUS.map((text) => [text, JSON.stringify(reference(text))]));
  const wrong = new Set<string>();
  for (const seed of SEEDS) {
    const font = kit.create(bytes);
    for (const text of shuffled(KHMER_CORPUS, seed)) if (JSON.stringify(shapeFontkit(font, text)) !== expected.get(text)) wrong.add(text);
  }
  return [...wrong];
}

const POISON = 'ការស៊ើបអង្កេត ស៊ើ ឿ ៀ ោ ៅ ើ';

describe('shaping never depends on what was shaped before', () => {
  let files: ReadonlyMap<string, Buffer>;
  beforeAll(() => {
    files = loadFontFiles();
  });

  it('the reported case: ស្រី shaped after ការស៊ើបអង្កេត equals HarfBuzz', () => {
    for (const file of KHMER_FONTS) {
      const font = fontkit.create(files.get(file)!);
      const reference = harfbuzzShaper(files.get(file)!);
      shapeFontkit(font, 'ការស៊ើបអង្កេត');
      for (const word of ['ស្រី', 'ស្ត្រី', 'ភាគី']) expect(shapeFontkit(font, word), `${file} ${word}`).toEqual(reference(word));
    }
  });

  for (const file of KHMER_FONTS) {
    it(`${file}: the whole corpus in ${SEEDS.length} random orders through one font equals HarfBuzz glyph for glyph`, () => {
      expect(mismatchesInRandomOrders(fontkit, files.get(file)!)).toEqual([]);
    });
  }

  it('the check bites: with only the glyph-cache hunk of our patch undone, random orders go wrong', () => {
    const stockCache = stockFontkit('BLO Desk patch: a glyph object carries the code points');
    const wrong = mismatchesInRandomOrders(stockCache, files.get('KhmerOS-Siemreap.ttf')!);
    expect(wrong.length).toBeGreaterThan(10);
    const font = stockCache.create(files.get('KhmerOS-Siemreap.ttf')!);
    shapeFontkit(font, 'ការស៊ើបអង្កេត');
    expect(shapeFontkit(font, 'ស្រី')).not.toEqual(harfbuzzShaper(files.get('KhmerOS-Siemreap.ttf')!)('ស្រី'));
  });
});

/** The same document rendered by a process that has rendered nothing else. */
function renderedFresh(template: TemplateName, persons: number): Buffer {
  const script = fileURLToPath(new URL('./render-fresh.ts', import.meta.url));
  const base64 = execFileSync(process.execPath, ['--import', 'tsx', script, template, String(persons)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return Buffer.from(base64, 'base64');
}

describe('a document draws the same glyphs whatever was printed before it', () => {
  it('every template, rendered after a split-vowel document and the others in three orders, equals its fresh-process rendering', { timeout: 240_000 }, async () => {
    const fresh = new Map(TEMPLATES.map((t) => [t, glyphStream(renderedFresh(t, 10))]));
    // The reported sequence first: a document with split vowels printed before anything else in this process.
    await renderPdf({ content: [POISON, { text: POISON, bold: true }] });
    for (const seed of [11, 12, 13]) {
      const order = shuffled([...TEMPLATES, 'poison' as const], seed);
      for (const item of order) {
        if (item === 'poison') {
          await renderPdf({ content: [POISON, { text: POISON, bold: true }] });
          continue;
        }
        const stream = glyphStream(await renderPdf(sampleDocument(item, 10)));
        expect(stream, `${item} in order ${order.join(' → ')}`).toEqual(fresh.get(item));
      }
    }
  });
});
