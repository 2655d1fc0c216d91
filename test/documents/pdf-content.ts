/**
 * Reads what a PDF actually draws: per page, the text-showing operators of its content stream with the font
 * and size in force, decoded through each font's ToUnicode map (ActualText spans give Khmer its logical text).
 * Only what pdfkit writes is supported: one operator per line, Identity-H fonts, FlateDecode streams.
 */
import { inflateSync } from 'node:zlib';

export interface TextRun {
  page: number;
  /** Base font name without the subset prefix, e.g. `Tinos-Bold`, `KhmerOSSiemreap`. */
  font: string;
  size: number;
  x: number;
  /** Distance of the baseline from the top of the page, in points. */
  top: number;
  text: string;
}

interface PdfObject {
  dict: string;
  stream?: Buffer;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const source = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s/g;
  for (let match = header.exec(source); match; match = header.exec(source)) {
    const start = match.index + match[0].length;
    const end = source.indexOf('endobj', start);
    const body = source.slice(start, end);
    const streamAt = body.search(/stream\r?\n/);
    if (streamAt < 0 || !/\/Length\s/.test(body.slice(0, streamAt))) {
      objects.set(Number(match[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, streamAt);
    const dataStart = start + streamAt + body.slice(streamAt).indexOf('\n') + 1;
    const length = Number(/\/Length (\d+)/.exec(dict)![1]);
    const raw = pdf.subarray(dataStart, dataStart + length);
    objects.set(Number(match[1]), { dict, stream: dict.includes('/FlateDecode') ? inflateSync(raw) : raw });
    header.lastIndex = dataStart + length;
  }
  return objects;
}

const ref = (dict: string, key: string): number | undefined => {
  const match = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
  return match ? Number(match[1]) : undefined;
};

function pageObjects(objects: Map<number, PdfObject>): PdfObject[] {
  const root = [...objects.values()].find((o) => /\/Type \/Pages\b/.test(o.dict))!;
  const kids = /\/Kids \[([^\]]*)\]/.exec(root.dict)![1];
  return [...kids.matchAll(/(\d+) 0 R/g)].map((m) => objects.get(Number(m[1]))!);
}

const hexToUnicode = (hex: string): string => {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
};

function toUnicodeMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const m of cmap.matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g)) {
    const first = parseInt(m[1], 16);
    [...m[3].matchAll(/<([0-9a-fA-F]*)>/g)].forEach((value, i) => map.set(first + i, hexToUnicode(value[1])));
  }
  for (const m of cmap.matchAll(/^<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>$/gm)) {
    for (let code = parseInt(m[1], 16), value = parseInt(m[3], 16); code <= parseInt(m[2], 16); code++, value++) map.set(code, String.fromCharCode(value));
  }
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(parseInt(m[1], 16), hexToUnicode(m[2]));
  }
  return map;
}

interface PageFont {
  name: string;
  unicode: Map<number, string>;
}

function pageFonts(objects: Map<number, PdfObject>, page: PdfObject): Map<string, PageFont> {
  const resourcesRef = ref(page.dict, 'Resources');
  const resources = resourcesRef === undefined ? page.dict : objects.get(resourcesRef)!.dict;
  const fontDict = /\/Font\s*<<([^>]*)>>/.exec(resources)?.[1] ?? '';
  const fonts = new Map<string, PageFont>();
  for (const m of fontDict.matchAll(/\/(\w+) (\d+) 0 R/g)) {
    const font = objects.get(Number(m[2]))!;
    const cmapRef = ref(font.dict, 'ToUnicode');
    const name = /\/BaseFont \/(?:[A-Z]{6}\+)?([^\s/]+)/.exec(font.dict)![1];
    fonts.set(m[1], { name, unicode: cmapRef === undefined ? new Map() : toUnicodeMap(objects.get(cmapRef)!.stream!.toString('latin1')) });
  }
  return fonts;
}

/** Decompressed content stream of every page, in page order. */
export function pageContents(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  return pageObjects(objects).map((page) => {
    const refs = /\/Contents (?:(\d+) 0 R|\[([^\]]*)\])/.exec(page.dict)!;
    const ids = refs[1] ? [Number(refs[1])] : [...refs[2].matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
    return ids.map((id) => objects.get(id)!.stream!.toString('latin1')).join('\n');
  });
}

/** Every text run each page draws, in content-stream order. */
export function textRuns(pdf: Buffer): TextRun[] {
  const objects = readObjects(pdf);
  const pages = pageObjects(objects);
  const contents = pageContents(pdf);
  const runs: TextRun[] = [];
  pages.forEach((page, index) => {
    const fonts = pageFonts(objects, page);
    const height = Number(/\/MediaBox \[0 0 [\d.]+ ([\d.]+)\]/.exec(page.dict)![1]);
    let font: PageFont | undefined;
    let size = 0;
    let x = 0;
    let y = 0;
    let actual: { text: string; run?: TextRun } | undefined;
    for (const line of contents[index].split('\n')) {
      const tf = /^\/(\w+) ([\d.]+) Tf$/.exec(line);
      const tm = /^1 0 0 1 ([-\d.]+) ([-\d.]+) Tm$/.exec(line);
      const span = /^\/Span <<\/ActualText <FEFF([0-9A-F]*)>>> BDC$/.exec(line);
      if (tf) [font, size] = [fonts.get(tf[1]), Number(tf[2])];
      else if (tm) [x, y] = [Number(tm[1]), Number(tm[2])];
      else if (span) actual = { text: hexToUnicode(span[1]) };
      else if (line === 'EMC') actual = undefined;
      else if (line.endsWith('TJ') && font) {
        const glyphs = [...line.matchAll(/<([0-9a-f]*)>/g)].map((m) => m[1]).join('');
        const base = { page: index + 1, font: font.name, size, x, top: height - y };
        if (actual) {
          // One run per span: the logical text, at the position and size of its first glyphs.
          if (!actual.run) runs.push((actual.run = { ...base, text: actual.text }));
          continue;
        }
        let text = '';
        for (let i = 0; i + 4 <= glyphs.length; i += 4) text += font.unicode.get(parseInt(glyphs.slice(i, i + 4), 16)) ?? '\uFFFD';
        runs.push({ ...base, text });
      }
    }
  });
  return runs;
}

/** The glyph-drawing part of each page: fonts, sizes, positions and glyph ids (no dates, no ids). */
export function glyphStream(pdf: Buffer): string[] {
  return pageContents(pdf).map((content) =>
    content
      .split('\n')
      .filter((line) => /(Tf|Tm|TJ)$/.test(line))
      .join('\n'),
  );
}

const squeezed = (text: string) => text.replace(/[\s\u200B]+/g, '').normalize('NFC');

/**
 * The runs that draw `text`: consecutive runs (content-stream order) whose texts, whitespace removed, add up to
 * exactly `text`. Every occurrence, as arrays of runs.
 */
export function findBlock(runs: readonly TextRun[], text: string): TextRun[][] {
  const target = squeezed(text);
  const found: TextRun[][] = [];
  for (let start = 0; start < runs.length; start++) {
    let sofar = '';
    for (let end = start; end < runs.length; end++) {
      sofar += squeezed(runs[end].text);
      if (!target.startsWith(sofar)) break;
      if (sofar === target) {
        found.push(runs.slice(start, end + 1));
        break;
      }
    }
  }
  return found;
}

export const isKhmerFont = (run: TextRun) => run.font.startsWith('KhmerOS');
