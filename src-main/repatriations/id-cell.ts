/**
 * A person's identity documents in one spreadsheet cell, written by the export and read back by the import:
 * "CCCD: 079201001234 (Cục CS QLHC về TTXH); Hộ chiếu: C1234567". Each document is "type: number", with the
 * issuing body in brackets when known; a bare number (a list from the other side) takes the type the column
 * header names.
 */
import { foldForSearch } from '../../src-shared/text/fold.js';

export interface IdDocument {
  type: string;
  number: string;
  issuedBy: string;
}

/** The word written for each document type; the import also reads the code itself and the English word. */
const TYPE_WORDS: readonly { code: string; written: string; read: string[] }[] = [
  { code: 'vn_citizen_id', written: 'CCCD', read: ['cccd', 'cmnd', 'can cuoc', 'citizen id'] },
  { code: 'passport', written: 'Hộ chiếu', read: ['ho chieu', 'passport'] },
  { code: 'kh_national_id', written: 'CMT Campuchia', read: ['cmt campuchia', 'khmer id', 'cambodian id'] },
  { code: 'birth_certificate', written: 'Giấy khai sinh', read: ['giay khai sinh', 'khai sinh', 'birth certificate'] },
  { code: 'laissez_passer', written: 'Giấy thông hành', read: ['giay thong hanh', 'laissez passer'] },
  { code: 'border_pass', written: 'Giấy thông hành biên giới', read: ['giay thong hanh bien gioi', 'border pass'] },
  { code: 'other_document', written: 'Giấy tờ khác', read: ['giay to khac', 'other document', 'other'] },
];

const typeOf = (word: string) => {
  const folded = foldForSearch(word).trim();
  return TYPE_WORDS.find((type) => type.code === word.trim() || type.read.includes(folded))?.code;
};

/** Every document, each as "type: number (issued by)", separated by "; ". */
export function formatIdDocuments(documents: readonly IdDocument[]): string {
  return documents
    .map(({ type, number, issuedBy }) => {
      const written = TYPE_WORDS.find((word) => word.code === type)?.written ?? type;
      return `${written}: ${number}${issuedBy ? ` (${issuedBy})` : ''}`;
    })
    .join('; ');
}

/** Reads what `formatIdDocuments` writes; a part without a known type word is a number of `fallbackType`. */
export function parseIdDocuments(text: string, fallbackType: string): IdDocument[] {
  return text
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const typed = /^([^:]+):\s*(.+)$/u.exec(part);
      const type = typed ? typeOf(typed[1]) : undefined;
      const rest = type ? typed![2] : part;
      const issued = /^(.*?)\s*\(([^()]*)\)$/u.exec(rest);
      return { type: type ?? fallbackType, number: (issued ? issued[1] : rest).trim(), issuedBy: issued ? issued[2].trim() : '' };
    });
}
