/**
 * The text boundary before pdfmake: every string NFC (decomposed Vietnamese renders with misplaced marks),
 * Khmer runs on the Khmer font with U+200B between words, non-Khmer runs on the Latin font, and no
 * justified Khmer (justification opens gaps between Khmer words). Returns a new definition; the input is untouched.
 */
import { insertKhmerWordBreaks, splitScriptRuns } from '../text/khmer.js';
import type { DocumentDefinition, DynamicContent, InlineNode } from './definition.js';
import { FONT_FAMILIES, KHMER_FAMILY, LATIN_FAMILY } from './fonts.js';

type Plain = Record<string, unknown>;

const KHMER_FAMILIES = new Set<string>(Object.keys(FONT_FAMILIES).filter((name) => name.startsWith('Khmer')));

export function prepareDefinition(definition: DocumentDefinition): DocumentDefinition {
  // Content, header and footer are prepared below: walking them here as plain values too cost a third of the
  // preparation of a 300-person list.
  const { content: _content, header: _header, footer: _footer, ...rest } = definition;
  const out = prepareValue(rest, undefined) as Plain;
  out.content = prepareContent(definition.content, definition.defaultStyle?.font);
  for (const key of ['header', 'footer'] as const) {
    const dynamic = definition[key];
    if (dynamic) out[key] = wrapDynamic(dynamic, definition.defaultStyle?.font);
  }
  return out as unknown as DocumentDefinition;
}

/** Content positions: a bare string there is a paragraph and needs script runs like any `text`. */
function prepareContent(content: unknown, font: string | undefined): unknown {
  if (typeof content === 'string') {
    const text = prepareText(content, font);
    return typeof text === 'string' ? text : { text };
  }
  if (Array.isArray(content)) return content.map((item) => prepareContent(item, font));
  if (!isPlainObject(content)) return content;
  const nodeFont = typeof content.font === 'string' ? content.font : font;
  const out: Plain = {};
  for (const [key, value] of Object.entries(content)) {
    if (key === 'text') out.text = prepareText(value, nodeFont);
    else if (key === 'stack' || key === 'columns' || key === 'ul' || key === 'ol') out[key] = prepareContent(value, nodeFont);
    else if (key === 'table' && isPlainObject(value)) out.table = { ...(prepareValue(value, nodeFont) as Plain), body: prepareContent(value.body, nodeFont) };
    else out[key] = prepareValue(value, nodeFont);
  }
  if (out.alignment === 'justify' && containsKhmerRun(out.text)) out.alignment = 'left';
  return out;
}

/** Everything that is not content (styles, widths, QR payloads, metadata): NFC only. */
function prepareValue(value: unknown, font: string | undefined): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map((item) => prepareValue(item, font));
  if (!isPlainObject(value)) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, prepareValue(item, font)]));
}

function wrapDynamic(fn: DynamicContent, font: string | undefined): DynamicContent {
  return (currentPage, pageCount) => prepareContent(fn(currentPage, pageCount), font) as ReturnType<DynamicContent>;
}

/** A node's `text`: a string or an array of strings/inlines, flattened to script-run inlines. */
function prepareText(text: unknown, font: string | undefined): unknown {
  if (typeof text === 'string') {
    const inlines = runsToInlines(text, {}, font);
    return inlines.length === 1 && Object.keys(inlines[0]).length === 1 ? inlines[0].text : inlines;
  }
  if (Array.isArray(text)) return text.flatMap((item) => prepareInline(item, {}, font));
  if (isPlainObject(text)) return prepareInline(text, {}, font);
  return prepareValue(text, font);
}

/** pdfmake drops the style of an inline whose text is an array; we carry it down to the pieces instead. */
function prepareInline(item: unknown, inherited: Plain, font: string | undefined): InlineNode[] {
  if (typeof item === 'string') return runsToInlines(item, inherited, font);
  if (Array.isArray(item)) return item.flatMap((child) => prepareInline(child, inherited, font));
  if (!isPlainObject(item)) return [];
  const { text, ...style } = item;
  const merged = { ...inherited, ...(prepareValue(style, font) as Plain) };
  const itemFont = typeof merged.font === 'string' ? merged.font : font;
  if (typeof text === 'string') return runsToInlines(text, merged, itemFont);
  return prepareInline(text, merged, itemFont);
}

function runsToInlines(text: string, style: Plain, font: string | undefined): InlineNode[] {
  const khmerFont = font && KHMER_FAMILIES.has(font) ? font : KHMER_FAMILY;
  const latinFont = font && !KHMER_FAMILIES.has(font) ? font : LATIN_FAMILY;
  return splitScriptRuns(text.normalize('NFC')).map((run) => {
    if (run.khmer) return { ...style, text: insertKhmerWordBreaks(run.text), font: khmerFont };
    // Inherit the node's Latin font when it has one; force Tinos only inside a Khmer-font node.
    return font === undefined || latinFont === font ? { ...style, text: run.text } : { ...style, text: run.text, font: latinFont };
  });
}

function containsKhmerRun(text: unknown): boolean {
  return Array.isArray(text) && text.some((inline) => isPlainObject(inline) && typeof inline.font === 'string' && KHMER_FAMILIES.has(inline.font));
}

function isPlainObject(value: unknown): value is Plain {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
