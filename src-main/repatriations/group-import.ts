/**
 * Group lists (the Cambodian side often sends 20–50 names at once as a spreadsheet): recognise the columns,
 * turn each row into a person, and say per cell what is wrong. Pure; nothing is saved here.
 */
import { caseMemberInput, casePersonSchema, fieldErrors, type Bilingual, type CaseMemberInput } from '../../src-shared/contract/index.js';
import { birthAfterEvent } from '../../src-shared/people/birth-rules.js';
import { foldForSearch } from '../../src-shared/text/fold.js';
import type { z } from 'zod';
import { parseIdDocuments } from './id-cell.js';
import type { Sheet } from './spreadsheet.js';

export type ColumnRole = 'fullNameVi' | 'nameKm' | 'nameLatin' | 'aliases' | 'sex' | 'birth' | 'nationality' | 'address' | 'idNumber' | 'remarks';

/** Header words (folded, any of vi/en/km) that name each column. Longest match wins. */
const HEADER_WORDS: Record<ColumnRole, string[]> = {
  fullNameVi: ['ho va ten', 'ho ten', 'ten', 'full name', 'name', 'ឈ្មោះ', 'គោត្តនាម និងនាម'],
  nameKm: ['ten khmer', 'ten tieng khmer', 'khmer name', 'ឈ្មោះខ្មែរ'],
  nameLatin: ['phien am', 'ten latin', 'latin name', 'transliteration'],
  aliases: ['ten khac', 'ten goi khac', 'bi danh', 'other name', 'alias', 'aliases', 'ឈ្មោះហៅក្រៅ'],
  sex: ['gioi tinh', 'gioi', 'sex', 'gender', 'ភេទ'],
  birth: ['ngay sinh', 'nam sinh', 'ngay thang nam sinh', 'tuoi', 'date of birth', 'dob', 'birth', 'age', 'ថ្ងៃខែឆ្នាំកំណើត', 'អាយុ'],
  nationality: ['quoc tich', 'nationality', 'សញ្ជាតិ'],
  address: ['que quan', 'dia chi', 'noi o', 'address', 'home address', 'hometown', 'អាសយដ្ឋាន', 'ទីលំនៅ'],
  idNumber: ['so giay to', 'giay to', 'cccd', 'cmnd', 'ho chieu', 'passport', 'id number', 'id', 'document', 'អត្តសញ្ញាណប័ណ្ណ'],
  remarks: ['ghi chu', 'remarks', 'note', 'notes', 'ផ្សេងៗ', 'កំណត់សម្គាល់'],
};

export function recogniseColumns(columns: string[]): Partial<Record<ColumnRole, string>> {
  const found: Partial<Record<ColumnRole, string>> = {};
  const score: Partial<Record<ColumnRole, number>> = {};
  for (const column of columns) {
    // Khmer vowel signs and the coeng are marks (\p{M}): keep them, or no Khmer header word could match.
    const folded = foldForSearch(column)
      .replace(/[^\p{L}\p{M}\p{N} ]/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    for (const [role, words] of Object.entries(HEADER_WORDS) as [ColumnRole, string[]][]) {
      for (const word of words) {
        const hit = folded === word ? 1000 : folded.includes(word) ? word.length : 0;
        if (hit > (score[role] ?? 0)) {
          score[role] = hit;
          found[role] = column;
        }
      }
    }
  }
  // A column claimed by a more specific role (e.g. "Tên khác") is not also the full name.
  if (found.fullNameVi && Object.entries(found).some(([role, column]) => role !== 'fullNameVi' && column === found.fullNameVi)) {
    const plain = columns.find((c) => ['ho va ten', 'ho ten', 'full name', 'name', 'ឈ្មោះ'].includes(foldForSearch(c)));
    if (plain) found.fullNameVi = plain;
    else delete found.fullNameVi;
  }
  return found;
}

const KHMER_DIGITS = '០១២៣៤៥៦៧៨៩';
const asciiDigits = (text: string) => text.replace(/[០-៩]/g, (d) => String(KHMER_DIGITS.indexOf(d)));

const realDate = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d && y >= 1900;
};
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** "05/03/2008", "2008-03-05", "2008", "khoảng 16", "~16", "16 tuổi", "about 16" → a birth record; null when unreadable. */
export function parseBirth(cell: string, estimateAt: string): { exact: string | null; year: number | null; estimatedAge: { years: number; at: string } | null } | null {
  const text = foldForSearch(asciiDigits(cell));
  let match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (match) {
    const [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return realDate(y, m, d) ? { exact: iso(y, m, d), year: null, estimatedAge: null } : null;
  }
  match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (match) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    return realDate(y, m, d) ? { exact: iso(y, m, d), year: null, estimatedAge: null } : null;
  }
  match = /^(\d{4})$/.exec(text);
  if (match) {
    const year = Number(match[1]);
    // A year after the event reads fine and is then refused by the birth rule, with its own message.
    return year >= 1900 ? { exact: null, year, estimatedAge: null } : null;
  }
  match = /^(?:khoang|about|approx\.?|~|ca\.?)?\s*(\d{1,3})\s*(?:tuoi|t|years?|yrs?|y|ឆ្នាំ)?$/.exec(text);
  if (match && Number(match[1]) <= 120) return { exact: null, year: null, estimatedAge: { years: Number(match[1]), at: estimateAt } };
  return null;
}

const SEX_WORDS: Record<string, string> = {
  'khong ro': 'unknown',
  'chua ro': 'unknown',
  unknown: 'unknown',
  nam: 'male',
  male: 'male',
  m: 'male',
  ប្រុស: 'male',
  trai: 'male',
  nu: 'female',
  female: 'female',
  f: 'female',
  ស្រី: 'female',
  gai: 'female',
};
const NATIONALITY_WORDS: Record<string, string> = {
  'viet nam': 'VN',
  vietnam: 'VN',
  vn: 'VN',
  vietnamese: 'VN',
  វៀតណាម: 'VN',
  'nguoi viet': 'VN',
  viet: 'VN',
  campuchia: 'KH',
  cambodia: 'KH',
  kh: 'KH',
  cambodian: 'KH',
  khmer: 'KH',
  កម្ពុជា: 'KH',
  cpc: 'KH',
  cambodge: 'KH',
  kampuchea: 'KH',
  ខ្មែរ: 'KH',
  lao: 'LA',
  laos: 'LA',
  'thai lan': 'TH',
  thailand: 'TH',
  'trung quoc': 'CN',
  china: 'CN',
};

/** A two-letter country code as written ("LA"), checked against the reference data when the person is added. */
const isoCountry = (text: string) => (/^[A-Z]{2}$/.test(text.trim()) ? text.trim() : undefined);

export interface PreviewRow {
  line: number;
  member: CaseMemberInput | null;
  raw: Record<string, string>;
  errors: Record<string, Bilingual>;
}

export interface PreviewOptions {
  /** How every person of the batch figures in the case (role, …). */
  participation: Partial<z.output<typeof casePersonSchema>>;
  /** The batch's nationality where the list has no nationality column or leaves the cell empty. */
  nationality?: string;
  /** The case's event date: "about 16" means 16 on this day, and no one is born after it. */
  eventDate: string;
}

/** Turns each row into a case member, collecting errors under the column they came from. */
export function previewRows(sheet: Sheet, { participation: defaults, nationality: defaultNationality, eventDate: estimateAt }: PreviewOptions): PreviewRow[] {
  const roles = recogniseColumns(sheet.columns);
  return sheet.rows.map(({ line, cells }) => {
    const cell = (role: ColumnRole) => (roles[role] ? (cells[roles[role]!] ?? '') : '');
    const errors: Record<string, Bilingual> = {};
    const fail = (role: ColumnRole, vi: string, en: string) => (errors[roles[role] ?? role] = { vi, en });

    const name = cell('fullNameVi');
    if (!name) fail('fullNameVi', 'Thiếu họ tên.', 'Name missing.');
    const sexText = foldForSearch(cell('sex'));
    const sex = sexText ? SEX_WORDS[sexText] : 'unknown';
    if (!sex) fail('sex', `Không hiểu giới tính "${cell('sex')}" (Nam/Nữ).`, `Unknown sex "${cell('sex')}" (male/female).`);
    const birthText = cell('birth');
    const birth = birthText ? parseBirth(birthText, estimateAt) : { exact: null, year: null, estimatedAge: null };
    if (!birth) fail('birth', `Không đọc được ngày sinh "${birthText}" (dd/mm/yyyy, năm, hoặc tuổi).`, `Cannot read birth "${birthText}" (dd/mm/yyyy, year, or age).`);
    const late = birthAfterEvent(birth, estimateAt);
    if (late) fail('birth', late.vi, late.en);
    const nationalityText = foldForSearch(cell('nationality'));
    const nationality = nationalityText ? (NATIONALITY_WORDS[nationalityText] ?? isoCountry(cell('nationality'))) : (defaultNationality ?? 'UNKNOWN');
    if (!nationality) fail('nationality', `Không hiểu quốc tịch "${cell('nationality')}".`, `Unknown nationality "${cell('nationality')}".`);
    const idNumber = cell('idNumber');
    const idHeader = foldForSearch(roles.idNumber ?? '');
    const idType = /cccd|cmnd|can cuoc/.test(idHeader) ? 'vn_citizen_id' : /ho chieu|passport/.test(idHeader) ? 'passport' : 'other_document';

    if (Object.keys(errors).length) return { line, member: null, raw: cells, errors };
    const candidate = {
      person: {
        fullNameVi: name,
        nameKm: cell('nameKm'),
        nameLatin: cell('nameLatin'),
        aliases: cell('aliases')
          .split(/[,;]/)
          .map((a) => a.trim())
          .filter(Boolean),
        sex,
        birth: birth!,
        nationality,
        idDocuments: parseIdDocuments(idNumber, idType),
        address: { country: nationality === 'KH' ? 'KH' : 'VN', provinceCode: null, districtCode: null, communeCode: null, villageCode: null, line: cell('address') },
      },
      participation: { ...defaults, remarks: cell('remarks') },
    };
    const parsed = caseMemberInput.safeParse(candidate);
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error, candidate);
      for (const [path, message] of Object.entries(fields)) errors[columnOf(path, roles) ?? path] = message;
      return { line, member: null, raw: cells, errors };
    }
    return { line, member: candidate as CaseMemberInput, raw: cells, errors };
  });
}

const PATH_TO_ROLE: [RegExp, ColumnRole][] = [
  [/^person\.fullNameVi/, 'fullNameVi'],
  [/^person\.nameKm/, 'nameKm'],
  [/^person\.nameLatin/, 'nameLatin'],
  [/^person\.aliases/, 'aliases'],
  [/^person\.address/, 'address'],
  [/^person\.idDocuments/, 'idNumber'],
  [/^participation\.remarks/, 'remarks'],
];
const columnOf = (path: string, roles: Partial<Record<ColumnRole, string>>) => {
  const role = PATH_TO_ROLE.find(([pattern]) => pattern.test(path))?.[1];
  return role ? roles[role] : undefined;
};
