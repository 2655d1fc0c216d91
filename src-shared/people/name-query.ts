/**
 * How a name query is matched. The trigram index needs 3 characters (code points) of folded text; many Khmer
 * syllables are only 2 ("កា"), so short Khmer queries scan names by substring instead. Shorter Latin queries
 * only find names with a word starting with them, and the screen says that 3 characters search inside names.
 */
import type { Bilingual } from '../contract/result.js';
import { foldForSearch } from '../text/fold.js';

export const INDEX_MIN_CHARS = 3;
const KHMER = /[\u1780-\u17FF\u19E0-\u19FF]/u;

export type NameQueryPlan = 'index' | 'substring' | 'word-prefix';

export function nameQueryPlan(query: string): NameQueryPlan {
  const folded = foldForSearch(query);
  const length = [...folded].length;
  if (length >= INDEX_MIN_CHARS) return 'index';
  return KHMER.test(folded) && length >= 2 ? 'substring' : 'word-prefix';
}

/** What to tell the person when the query is too short to search inside names (null when it is not). */
export function shortQueryHint(query: string): Bilingual | null {
  const folded = foldForSearch(query);
  if (!folded || nameQueryPlan(folded) !== 'word-prefix') return null;
  return {
    vi: `Nhập ít nhất ${INDEX_MIN_CHARS} ký tự để tìm trong cả tên (hiện chỉ tìm tên có từ bắt đầu bằng "${query.trim()}").`,
    en: `Type at least ${INDEX_MIN_CHARS} characters to search inside names (now only names with a word starting with "${query.trim()}").`,
  };
}
