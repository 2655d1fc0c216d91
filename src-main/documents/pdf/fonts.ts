/**
 * The document fonts: which TTF files the engine embeds, where they live, and one in-memory copy of each.
 * Files are read once per process; pdfkit then gets the same Buffer for every document.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** pdfmake family names used by the layout kit. `bold` Khmer is Muol Light: the Cambodian heading face. */
export const FONT_FAMILIES = {
  Tinos: { normal: 'Tinos-Regular.ttf', bold: 'Tinos-Bold.ttf', italics: 'Tinos-Italic.ttf', bolditalics: 'Tinos-BoldItalic.ttf' },
  Khmer: { normal: 'KhmerOS-Siemreap.ttf', bold: 'KhmerOS-MuolLight.ttf', italics: 'KhmerOS-Siemreap.ttf', bolditalics: 'KhmerOS-MuolLight.ttf' },
  KhmerHeading: { normal: 'KhmerOS-MuolLight.ttf', bold: 'KhmerOS-MuolLight.ttf', italics: 'KhmerOS-MuolLight.ttf', bolditalics: 'KhmerOS-MuolLight.ttf' },
} as const;

export type FontFamily = keyof typeof FONT_FAMILIES;
export type FontStyle = keyof (typeof FONT_FAMILIES)['Tinos'];
export const LATIN_FAMILY: FontFamily = 'Tinos';
export const KHMER_FAMILY: FontFamily = 'Khmer';

export const FONT_FILES: readonly string[] = [...new Set(Object.values(FONT_FAMILIES).flatMap((styles) => Object.values(styles)))];

let fontDirectory: string | undefined;
let loaded: Map<string, Buffer> | undefined;

/** The packaged app may keep assets elsewhere (e.g. resources/): the engine sets the folder before the first render. */
export function setFontDirectory(dir: string): void {
  fontDirectory = resolve(dir);
  loaded = undefined;
}

/** Default: the nearest `assets/fonts` above this module (works from src-main/ under tsx and from build/main/ bundles). */
export function getFontDirectory(): string {
  if (fontDirectory) return fontDirectory;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'assets', 'fonts');
    if (existsSync(join(candidate, FONT_FILES[0]))) return (fontDirectory = candidate);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('assets/fonts not found: call setFontDirectory() with the folder that holds the document fonts');
    dir = parent;
  }
}

/** File name → bytes, read once. */
export function loadFontFiles(): ReadonlyMap<string, Buffer> {
  if (!loaded) {
    const dir = getFontDirectory();
    loaded = new Map(FONT_FILES.map((file) => [file, readFileSync(join(dir, file))]));
  }
  return loaded;
}

export function fontPath(file: string): string {
  return join(getFontDirectory(), file);
}
