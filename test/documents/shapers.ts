/** The fontkit pdfkit actually loads, and HarfBuzz as the reference, shaping to comparable glyph lists. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import * as hb from 'harfbuzzjs';

interface FontkitGlyph {
  id: number;
}
interface FontkitPosition {
  xAdvance: number;
  xOffset: number;
  yOffset: number;
}
export interface FontkitFont {
  layout(text: string): { glyphs: FontkitGlyph[]; positions: FontkitPosition[] };
}
export interface Fontkit {
  create(buffer: Uint8Array): FontkitFont;
}

export type Shaped = Array<[id: number, xAdvance: number, xOffset: number, yOffset: number]>;

const requireFromTest = createRequire(import.meta.url);
// The very module pdfkit resolves with `require('fontkit')`.
const pdfkitRequire = createRequire(requireFromTest.resolve('pdfkit'));
export const fontkitPath = pdfkitRequire.resolve('fontkit');
export const fontkit = pdfkitRequire('fontkit') as Fontkit;

export function shapeFontkit(font: FontkitFont, text: string): Shaped {
  const run = font.layout(text);
  return run.glyphs.map((g, i) => [g.id, run.positions[i].xAdvance, run.positions[i].xOffset, run.positions[i].yOffset]);
}

export function harfbuzzShaper(bytes: Buffer) {
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

export const KHMER_FONTS = ['KhmerOS-Siemreap.ttf', 'KhmerOS-MuolLight.ttf'];

/** Evaluate fontkit's CommonJS bundle from source text, resolving its dependencies from the real location. */
function loadFontkitFromSource(source: string): Fontkit {
  const module = { exports: {} as Fontkit };
  const requireDeps = createRequire(fontkitPath);
  new Function('exports', 'require', 'module', '__filename', '__dirname', source)(module.exports, requireDeps, module, fontkitPath, dirname(fontkitPath));
  return module.exports;
}

/**
 * Installed fontkit with our patch-package hunks for dist/main.cjs undone (each hunk's new text swapped back for
 * its old text) — all of them, or only those whose new text contains `onlyHunksWith`.
 */
export function stockFontkit(onlyHunksWith?: string): Fontkit {
  const patch = readFileSync(join(process.cwd(), 'patches', 'fontkit+2.0.4.patch'), 'utf8');
  const fileDiff = patch.split(/^diff --git /m).find((part) => part.startsWith('a/node_modules/fontkit/dist/main.cjs'));
  if (!fileDiff) throw new Error('patch has no hunk for dist/main.cjs');
  let source = readFileSync(fontkitPath, 'utf8');
  let undone = 0;
  for (const hunk of fileDiff.split(/^@@.*@@.*$/m).slice(1)) {
    const lines = hunk
      .replace(/\n$/, '')
      .split('\n')
      .filter((line) => !line.startsWith('\\'));
    const before = lines
      .filter((l) => !l.startsWith('+'))
      .map((l) => l.slice(1))
      .join('\n');
    const after = lines
      .filter((l) => !l.startsWith('-'))
      .map((l) => l.slice(1))
      .join('\n');
    if (!source.includes(after)) throw new Error('installed fontkit lacks a hunk of patches/fontkit+2.0.4.patch: run patch-package');
    if (onlyHunksWith && !after.includes(onlyHunksWith)) continue;
    source = source.replace(after, before);
    undone++;
  }
  if (undone === 0) throw new Error(`no hunk of the fontkit patch contains ${onlyHunksWith}`);
  return loadFontkitFromSource(source);
}
