/**
 * Balanced line breaks for centred titles and header lines: a line too long for its column is broken into
 * lines of about equal length, so no word is left alone on the last line ("… TRỞ VỀ", "បរទេស"), and never
 * between its last two words (the place name in "TỈNH AN GIANG", "… HÀ TIÊN" stays whole).
 * Widths are estimated from characters (Khmer: base characters only; marks and subscripts take no width of
 * their own), with a margin, so a balanced line always fits where the unbroken one did not.
 */
import { ZWSP, insertKhmerWordBreaks, isKhmerCombining } from '../text/khmer.js';

/** Words that begin a phrase: breaking before them reads naturally ("… NẠN NHÂN / BỊ MUA BÁN TỪ …"). */
const PHRASE_STARTS = new Set(['BỊ', 'TỪ', 'VỀ', 'CHO', 'TẠI', 'CỦA', 'VÀ', 'VỚI', 'TRONG']);

/** How much a break is preferred (lower cost): after a comma most, before a phrase-starting word next. */
function preference(hinted: string, at: number): number {
  if (hinted[at - 1] === ',') return 0.1;
  const next = hinted.slice(at + 1).split(/[\s\u200B]/, 1)[0];
  return PHRASE_STARTS.has(next.toLocaleUpperCase('vi')) ? 0.5 : 1;
}

/** Average advance of a character in em, bold capitals (Tinos) or Khmer bases, rounded up. */
const EM_PER_CHAR = { latin: 0.72, khmer: 0.95 } as const;

/** Characters of `text` that take width (Khmer combining marks and the subscript after a coeng do not). */
function units(text: string): number {
  let count = 0;
  let afterCoeng = false;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (ch !== ZWSP && !isKhmerCombining(cp) && !afterCoeng) count++;
    afterCoeng = cp === 0x17d2;
  }
  return count;
}

/** How many characters of this script fit in `width` points at `size`. */
export function charsPerLine(width: number, size: number, script: 'latin' | 'khmer'): number {
  return Math.floor(width / (size * EM_PER_CHAR[script]));
}

/** `text` with "\n" at balanced break points when longer than `maxUnits`; unchanged otherwise. */
export function balancedLines(text: string, maxUnits: number): string {
  const total = units(text);
  if (total <= maxUnits) return text;
  const hinted = insertKhmerWordBreaks(text);
  // Break opportunities: spaces and Khmer word boundaries, except the last one (keeps the last two words).
  const breaks: Array<{ at: number; before: number; weight: number }> = [];
  for (let i = 0; i < hinted.length; i++) {
    if (hinted[i] === ' ' || hinted[i] === ZWSP) breaks.push({ at: i, before: units(hinted.slice(0, i)), weight: preference(hinted, i) });
  }
  const usable = breaks.slice(0, -1);
  if (usable.length === 0) return text;
  const count = Math.ceil(total / maxUnits);
  const chosen: Array<{ at: number; before: number }> = [];
  for (let k = 1; k < count; k++) {
    const target = (total * k) / count;
    const previous = chosen.length === 0 ? { at: -1, before: 0 } : chosen[chosen.length - 1];
    // Each line must still fit: this one after the previous break, and the rest in the lines left.
    const fits = (b: (typeof breaks)[number]) => b.before - previous.before <= maxUnits && total - b.before <= maxUnits * (count - k);
    const candidates = usable.filter((b) => b.at > previous.at && fits(b));
    if (candidates.length === 0) break;
    const cost = (b: (typeof breaks)[number]) => Math.abs(b.before - target) * b.weight;
    chosen.push(candidates.reduce((best, b) => (cost(b) < cost(best) ? b : best)));
  }
  let out = '';
  let from = 0;
  for (const { at } of chosen) {
    out += `${hinted.slice(from, at)}\n`;
    from = at + 1;
  }
  return (out + hinted.slice(from)).replaceAll(ZWSP, '');
}
