/**
 * Khmer shaping through the fontkit pdfkit actually loads, with the font files the app ships, against HarfBuzz.
 * Also proves the comparison bites: the same fontkit with our patch reversed disagrees on coeng-ro + below vowel.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as hb from 'harfbuzzjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFontFiles } from '../../src-main/documents/pdf/fonts.js';
import { COENG_RO_BELOW, KHMER_CORPUS, OFFICE_WORDS, PLACE_NAMES } from './khmer-corpus.js';

interface FontkitGlyph { id: number }
interface FontkitPosition { xAdvance: number; xOffset: number; yOffset: number }
interface FontkitFont { layout(text: string): { glyphs: FontkitGlyph[]; positions: FontkitPosition[] } }
interface Fontkit { create(buffer: Uint8Array): FontkitFont }

type Shaped = Array<[id: number, xAdvance: number, xOffset: number, yOffset: number]>;

const requireFromTest = createRequire(import.meta.url);
// The very module pdfkit resolves with `require('fontkit')`.
const pdfkitRequire = createRequire(requireFromTest.resolve('pdfkit'));
const fontkitPath = pdfkitRequire.resolve('fontkit');
const fontkit = pdfkitRequire('fontkit') as Fontkit;

/** Evaluate fontkit's CommonJS bundle from source text, resolving its dependencies from the real location. */
function loadFontkitFromSource(source: string): Fontkit {
  const module = { exports: {} as Fontkit };
  const requireDeps = createRequire(fontkitPath);
  new Function('exports', 'require', 'module', '__filename', '__dirname', source)(module.exports, requireDeps, module, fontkitPath, dirname(fontkitPath));
  return module.exports;
}

/** Undo our patch-package hunks for dist/main.cjs: each hunk's new text is swapped back for its old text. */
function unpatchedSource(patched: string, patch: string): string {
  const fileDiff = patch.split(/^diff --git /m).find((part) => part.startsWith('a/node_modules/fontkit/dist/main.cjs'));
  if (!fileDiff) throw new Error('patch has no hunk for dist/main.cjs');
  let source = patched;
  for (const hunk of fileDiff.split(/^@@.*@@.*$/m).slice(1)) {
    const lines = hunk.replace(/\n$/, '').split('\n').filter((line) => !line.startsWith('\\'));
    const before = lines.filter((l) => !l.startsWith('+')).map((l) => l.slice(1)).join('\n');
    const after = lines.filter((l) => !l.startsWith('-')).map((l) => l.slice(1)).join('\n');
    expect(source.includes(after), 'installed fontkit carries every hunk of the patch').toBe(true);
    source = source.replace(after, before);
  }
  return source;
}

function shapeFontkit(font: FontkitFont, text: string): Shaped {
  const run = font.layout(text);
  return run.glyphs.map((g, i) => [g.id, run.positions[i].xAdvance, run.positions[i].xOffset, run.positions[i].yOffset]);
}

function harfbuzzShaper(bytes: Buffer) {
  const face = new hb.Face(new hb.Blob(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer));
  const font = new hb.Font(face);
  return (text: string): Shaped => {
    const buffer = new hb.Buffer();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    hb.shape(font, buffer);
    const positions = buffer.getGlyphPositions();
    return buffer.getGlyphInfos().map((g, i) => [g.codepoint, positions[i].xAdvance, positions[i].xOffset, positions[i].yOffset]);
  };
}

const KHMER_FONTS = ['KhmerOS-Siemreap.ttf', 'KhmerOS-MuolLight.ttf'];

describe('Khmer shaping matches HarfBuzz', () => {
  let files: ReadonlyMap<string, Buffer>;
  beforeAll(() => {
    files = loadFontFiles();
  });

  it('the corpus is big and covers what the issue lists', () => {
    expect(KHMER_CORPUS.length).toBeGreaterThanOrEqual(200);
    expect(COENG_RO_BELOW).toHaveLength(35 * 3);
    for (const word of ['ស្រុក', 'ក្រុង', 'ប្រុស', 'ត្រូវ', 'គ្រូ', 'ខេត្ត']) expect(OFFICE_WORDS).toContain(word);
    expect(PLACE_NAMES).toEqual(expect.arrayContaining(['ខេត្តកំពត', 'ខេត្តតាកែវ']));
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
    const patch = readFileSync(join(process.cwd(), 'patches', 'fontkit+2.0.4.patch'), 'utf8');
    const stock = loadFontkitFromSource(unpatchedSource(readFileSync(fontkitPath, 'utf8'), patch));
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
