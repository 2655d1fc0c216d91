/** Shared checks on seed labels. */

/** Khmer (U+1780–U+17FF) and Khmer Symbols (U+19E0–U+19FF). */
const KHMER_LETTER = /[\u1780-\u17FF\u19E0-\u19FF]/u;
/** What else a Khmer label may hold: spaces, ASCII digits and punctuation, dashes. */
const KHMER_LABEL = /^[\u1780-\u17FF\u19E0-\u19FF\s0-9()/+,.;:'\-–—]+$/u;

export function isNfc(text: string): boolean {
  return text === text.normalize('NFC');
}

export function isKhmerLabel(text: string): boolean {
  return KHMER_LABEL.test(text) && KHMER_LETTER.test(text);
}

/** No Khmer letters in a Vietnamese or English label (catches swapped fields). */
export function hasNoKhmer(text: string): boolean {
  return !KHMER_LETTER.test(text);
}

export function duplicates(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => (seen.has(value) ? true : (seen.add(value), false)));
}
