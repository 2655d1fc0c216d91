/**
 * Khmer text for print: script runs, word-break hints and cluster-safe break points.
 * Khmer has no spaces between words, so line breaking needs explicit opportunities (U+200B) at word
 * boundaries; a break must never fall inside a cluster (consonant + coeng + subscript + vowels + signs).
 */

export const ZWSP = '\u200B';

/** Khmer (U+1780–U+17FF) and Khmer Symbols (U+19E0–U+19FF). */
export function isKhmerCodePoint(cp: number): boolean {
  return (cp >= 0x1780 && cp <= 0x17ff) || (cp >= 0x19e0 && cp <= 0x19ff);
}

const KHMER = /[\u1780-\u17FF\u19E0-\u19FF]/u;
export function hasKhmer(text: string): boolean {
  return KHMER.test(text);
}

/** Dependent vowels, signs and coeng: a line (or a cluster) can never start with one (U+17B6–U+17D3, U+17DD). */
export function isKhmerCombining(cp: number): boolean {
  return (cp >= 0x17b6 && cp <= 0x17d3) || cp === 0x17dd;
}

const COENG = 0x17d2;
const CLOSING_PUNCTUATION = new Set([0x17d4, 0x17d5, 0x17d6, 0x17d7, 0x17da]);
const ZWJ = 0x200d;
const ZWNJ = 0x200c;

export interface ScriptRun {
  text: string;
  khmer: boolean;
}

/**
 * Splits text into Khmer and non-Khmer runs (each gets its own font). Spaces and joiners between two
 * Khmer characters stay inside the Khmer run, so a Khmer phrase with spaces is one run.
 */
export function splitScriptRuns(text: string): ScriptRun[] {
  const chars = Array.from(text);
  const kind = chars.map((ch) => {
    const cp = ch.codePointAt(0)!;
    if (isKhmerCodePoint(cp)) return 'k';
    if (cp === 0x200b || cp === ZWJ || cp === ZWNJ || ch === ' ' || ch === '\u00A0') return 'n';
    return 'l';
  });
  // A neutral stretch takes the script of its neighbours when both sides agree on Khmer; otherwise it is Latin.
  for (let i = 0; i < kind.length; i++) {
    if (kind[i] !== 'n') continue;
    let j = i;
    while (j < kind.length && kind[j] === 'n') j++;
    const khmer = i > 0 && kind[i - 1] === 'k' && j < kind.length && kind[j] === 'k';
    // A trailing neutral after Khmer (e.g. ZWSP at the end) also stays with the Khmer run.
    const trailing = i > 0 && kind[i - 1] === 'k' && j === kind.length && chars.slice(i, j).every((c) => c !== ' ' && c !== '\u00A0');
    for (let k = i; k < j; k++) kind[k] = khmer || trailing ? 'k' : 'l';
    i = j - 1;
  }
  const runs: ScriptRun[] = [];
  chars.forEach((ch, i) => {
    const khmer = kind[i] === 'k';
    const last = runs[runs.length - 1];
    if (last && last.khmer === khmer) last.text += ch;
    else runs.push({ text: ch, khmer });
  });
  return runs;
}

const graphemes = new Intl.Segmenter('km', { granularity: 'grapheme' });
const words = new Intl.Segmenter('km', { granularity: 'word' });

/**
 * Offsets (UTF-16) where text may be cut without splitting a cluster. ICU grapheme clusters are refined for
 * Khmer: never after a coeng or a joiner, never before a combining mark, whatever the ICU build decides.
 */
export function clusterBoundaries(text: string): number[] {
  const result: number[] = [];
  for (const { index } of graphemes.segment(text)) {
    if (index === 0 || isSafeCut(text, index)) result.push(index);
  }
  result.push(text.length);
  return [...new Set(result)];
}

function isSafeCut(text: string, index: number): boolean {
  const before = text.codePointAt(index - 1)!;
  const after = text.codePointAt(index)!;
  if (before === COENG || before === ZWJ) return false;
  if (isKhmerCombining(after) || after === ZWJ) return false;
  // Low surrogate: inside a code point.
  return !(after >= 0xdc00 && after <= 0xdfff);
}

/** The largest cluster boundary ≤ n; if none above 0, the end of the first cluster (a cut must make progress). */
export function clusterSafeCut(text: string, n: number): number {
  const cuts = clusterBoundaries(text);
  let best = 0;
  for (const cut of cuts) {
    if (cut <= n) best = cut;
    else break;
  }
  return best > 0 ? best : (cuts.find((c) => c > 0) ?? text.length);
}

/**
 * Inserts U+200B at Khmer word boundaries (ICU's dictionary segmentation) so the line breaker can wrap
 * between words. Boundaries that would split a cluster are skipped; existing spaces are left alone.
 * Without a dictionary (an ICU build lacking it) the text comes back unchanged: wrapping then falls back
 * to cluster-safe cuts of over-long words.
 */
export function insertKhmerWordBreaks(text: string): string {
  let hinted = hintCache.get(text);
  if (hinted === undefined) {
    if (hintCache.size >= HINT_CACHE_LIMIT) hintCache.clear();
    hinted = segmentWords(text);
    hintCache.set(text, hinted);
  }
  return hinted;
}

// Documents repeat the same Khmer labels on every row (sex, nationality, ages): segment each string once.
const HINT_CACHE_LIMIT = 20_000;
const hintCache = new Map<string, string>();

function segmentWords(text: string): string {
  let out = '';
  let previous: string | undefined;
  for (const { segment, index } of words.segment(text)) {
    if (previous !== undefined && needsHint(previous, segment, text, index)) out += ZWSP;
    out += segment;
    previous = segment;
  }
  return out;
}

function needsHint(previous: string, next: string, text: string, index: number): boolean {
  const endCp = previous.codePointAt(previous.length - 1)!;
  const startCp = next.codePointAt(0)!;
  if (!isKhmerCodePoint(endCp) || !isKhmerCodePoint(startCp)) return false;
  // ។ ៕ ៖ ៗ ៚ close the preceding word: never let a line start with one.
  if (CLOSING_PUNCTUATION.has(startCp)) return false;
  return isSafeCut(text, index);
}

export function stripBreakHints(text: string): string {
  return text.replaceAll(ZWSP, '');
}
