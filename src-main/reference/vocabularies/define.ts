import type { VocabularyName, VocabularyTerm } from '../types.js';

/** One row as written in a vocabulary module; `kmNeedsReview` defaults to true (only glossary terms are cleared). */
export interface TermRow {
  code: string;
  vi: string;
  km: string;
  en: string;
  htcds?: string;
  kmNeedsReview?: boolean;
  parentCode?: string;
  /** Facts a rule or a mapping reads (screening rules, indicator → HTCDS): stored in the row's `data`, shown to the administrator. */
  data?: Record<string, unknown>;
}

/** Stamps the vocabulary name and a sort order (10, 20, …, leaving room for terms an administrator adds). */
export function defineVocabulary(vocabulary: VocabularyName, rows: readonly TermRow[]): readonly VocabularyTerm[] {
  return rows.map((row, index) => ({
    vocabulary,
    code: row.code,
    ...(row.htcds === undefined ? {} : { htcds: row.htcds }),
    vi: row.vi,
    km: row.km,
    en: row.en,
    kmNeedsReview: row.kmNeedsReview ?? true,
    sort: (index + 1) * 10,
    ...(row.parentCode === undefined ? {} : { parentCode: row.parentCode }),
    ...(row.data === undefined ? {} : { data: row.data }),
  }));
}
