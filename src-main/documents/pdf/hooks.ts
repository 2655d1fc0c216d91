/**
 * Three small hooks into pdfmake/pdfkit, installed once:
 *  1. shared fonts — every document reuses one parsed fontkit font per file and one layout cache
 *     (re-parsing GSUB/GPOS per document cost ≈45 ms);
 *  2. ActualText — pdfkit writes Khmer glyphs in visual order, so each text object holding Khmer (or only spaces) gets a
 *     `/Span <</ActualText …>> BDC … EMC` inside BT…ET carrying the logical string for copy, search and extraction;
 *     the break hints (U+200B) that end each Khmer word are left out of the drawn text (see `drawnText`);
 *  3. cluster-safe hard wraps — a word wider than its line is cut at a cluster boundary, never between a
 *     consonant and its coeng, subscript or vowel (pdfmake cuts at any UTF-16 unit).
 */
import { clusterSafeCut, hasKhmer, stripBreakHints, ZWSP } from '../text/khmer.js';
import {
  type EmbeddedFont,
  type FontkitFont,
  type LayoutBuilderInternals,
  type PdfInline,
  layoutBuilderClass,
  lineClass,
  pdfDocumentClass,
  textInlinesClass,
} from './pdfmake-runtime.js';

interface SharedFont {
  font: FontkitFont;
  layoutCache: Record<string, unknown>;
}

/** Layout runs cached across documents; dropped wholesale past this many strings per font. */
const LAYOUT_CACHE_LIMIT = 50_000;
const sharedFonts = new Map<string, SharedFont>();
let installed = false;

export function installHooks(): void {
  if (installed) return;
  installed = true;
  shareFonts();
  markKhmerActualText();
  wrapWithinClusters();
}

function shareFonts(): void {
  const proto = pdfDocumentClass().prototype;
  const original = proto.provideFont;
  proto.provideFont = function (family, bold, italics) {
    const type = this.getFontType(bold, italics);
    const isNew = !this.fontCache[family]?.[type];
    const embedded = original.call(this, family, bold, italics);
    const file = this.fonts[family]?.[type];
    if (isNew && file) adopt(embedded, file);
    return embedded;
  };
}

function adopt(embedded: EmbeddedFont, file: string): void {
  let shared = sharedFonts.get(file);
  if (!shared) {
    shared = { font: embedded.font, layoutCache: embedded.layoutCache ?? Object.create(null) };
    sharedFonts.set(file, shared);
  } else if (Object.keys(shared.layoutCache).length > LAYOUT_CACHE_LIMIT) {
    shared.layoutCache = Object.create(null);
  }
  if (embedded.font !== shared.font) {
    embedded.font = shared.font;
    // The subset must read glyphs from the font that shapes them.
    embedded.subset = shared.font.createSubset();
  }
  // Cached runs are scaled once and never mutated afterwards, so documents can share them.
  if (embedded.layoutCache) embedded.layoutCache = shared.layoutCache;
}

/**
 * What is drawn of a fragment: without its trailing break hints. A hint only tells the line breaker where a Khmer
 * word ends. Shaped, it is the font's space glyph with no advance, but the PDF's width table gives that glyph the
 * space's full width (600/2048 em in Khmer OS Siemreap, 3.4 pt at 11.5 pt), so a reader measuring the text by the
 * table (pdftotext, text selection) saw a line ending in a hint run ≈1.4 pt past the right margin. pdfmake measures
 * the hint as zero, so leaving it out moves nothing. A hint inside a fragment (text that may not wrap) stays:
 * taking it out could change how the neighbouring words shape.
 */
export function drawnText(text: string): string {
  return text.replace(TRAILING_HINTS, '');
}
const TRAILING_HINTS = new RegExp(`${ZWSP}+$`, 'u');

function markKhmerActualText(): void {
  const proto = pdfDocumentClass().prototype;
  const original = proto._fragment;
  proto._fragment = function (fragment, x, y, options) {
    const text = drawnText(fragment);
    if (text === '') return;
    // A lone space after a Khmer word is drawn with the Khmer font's empty glyph, which the ToUnicode map may
    // give to a sign that shapes to the same glyph (ំ after ា): its own span keeps the text a space.
    if (!hasKhmer(text) && !/^\s+$/.test(text)) return original.call(this, text, x, y, options);
    const span = `/Span <</ActualText ${pdfTextString(stripBreakHints(text))}>> BDC`;
    const addContent = this.addContent;
    this.addContent = (data: string) => {
      if (data === 'ET') addContent.call(this, 'EMC');
      const result = addContent.call(this, data);
      if (data === 'BT') addContent.call(this, span);
      return result;
    };
    try {
      original.call(this, text, x, y, options);
    } finally {
      delete (this as { addContent?: unknown }).addContent;
    }
  };
}

/** A PDF text string in UTF-16BE with BOM, hex-encoded (no escaping pitfalls). */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/** pdfmake's buildNextLine (0.3.11), with the over-wide-word cut moved to a cluster boundary. */
function wrapWithinClusters(): void {
  const proto = layoutBuilderClass().prototype;
  const Line = lineClass();
  const measurer = new (textInlinesClass())(null);
  proto.buildNextLine = function (this: LayoutBuilderInternals, textNode) {
    const inlines = textNode._inlines;
    if (!inlines || inlines.length === 0) return null;
    const line = new Line(this.writer.context().availableWidth);
    let forceContinue = false;
    while (inlines.length > 0 && (line.hasEnoughSpaceForInline(inlines[0], inlines.slice(1)) || forceContinue)) {
      let hardWrap = false;
      const inline = inlines.shift()!;
      if (!inline.noWrap && inline.text.length > 1 && inline.width > line.getAvailableWidth()) {
        const cut = fittingCut(inline, line.getAvailableWidth(), (text) => measurer.widthOfText(text, inline));
        if (cut < inline.text.length) {
          const rest: PdfInline = { ...inline, text: inline.text.slice(cut) };
          rest.width = measurer.widthOfText(rest.text, rest);
          inline.text = inline.text.slice(0, cut);
          inline.width = measurer.widthOfText(inline.text, inline);
          inlines.unshift(rest);
          hardWrap = true;
        }
      }
      line.addInline(inline);
      forceContinue = Boolean(inline.noNewLine) && !hardWrap;
    }
    line.lastLineInParagraph = inlines.length === 0;
    return line;
  };
}

/** Longest prefix ending on a cluster boundary that fits; at least one cluster. */
function fittingCut(inline: PdfInline, maxWidth: number, width: (text: string) => number): number {
  let low = 1;
  let high = inline.text.length;
  let best = 1;
  while (low <= high) {
    const mid = Math.floor((low + high) / 2);
    if (width(inline.text.slice(0, mid)) <= maxWidth) {
      best = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return clusterSafeCut(inline.text, best);
}
