/**
 * Search folding for Vietnamese: lower case, diacritics removed, đ/Đ → d (đ is a letter of its own, not
 * d + a combining mark, so NFD alone leaves it), spaces collapsed. Khmer and other scripts pass through
 * NFC-normalised (Khmer is matched by substring, its signs are meaningful).
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .normalize('NFC')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Vietnamese collation for sorting names (the UI and reports sort the same way). */
export const compareVietnamese = new Intl.Collator('vi', { sensitivity: 'base' }).compare;
