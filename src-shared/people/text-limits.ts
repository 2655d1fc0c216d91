/**
 * Length limits of free text, counted the way a reader counts letters: grapheme clusters (a Khmer consonant
 * with its subscript and vowel signs, or a Vietnamese "ễ" typed as e + two combining marks, is one). A value
 * over its limit is refused with a message beside the field; it is never cut.
 */
import type { Bilingual } from '../contract/result.js';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** User-perceived characters in `text`. */
export function graphemeCount(text: string): number {
  let count = 0;
  for (const _ of graphemes.segment(text)) count++;
  return count;
}

/** The message for a value longer than `max` characters, or null when it fits. */
export function tooLong(text: string, max: number): Bilingual | null {
  const count = graphemeCount(text);
  return count > max
    ? { vi: `Tối đa ${max} ký tự (đang có ${count}). Hãy rút gọn; không có gì bị cắt bớt.`, en: `At most ${max} characters (now ${count}). Please shorten it; nothing was cut.` }
    : null;
}
