/**
 * A birth cannot come after the event it is recorded for (the case's event date): a birth date, a birth year,
 * or an estimated age taken on a later day. The person form, the import preview and the engine apply this one rule.
 */
import type { Bilingual } from '../contract/result.js';
import { ageAt, type BirthInfo } from './age.js';
import { parseIsoDate } from './iso-date.js';

type Birth = { exact?: string | null; year?: number | null; estimatedAge?: { years: number; at: string } | null };

const dmy = (iso: string) => iso.split('-').reverse().join('/');

/** The message when what is known of the birth lies wholly after `eventDate`; null when it can be true (or is unknown/invalid: other rules say so). */
export function birthAfterEvent(birth: Birth | null | undefined, eventDate: string): Bilingual | null {
  if (!birth) return null;
  const info: BirthInfo = { exact: birth.exact ?? undefined, year: birth.year ?? undefined, estimatedAge: birth.estimatedAge ?? undefined };
  if (info.exact === undefined && info.year === undefined && info.estimatedAge === undefined) return null;
  try {
    parseIsoDate(eventDate);
    if (ageAt(info, eventDate) !== null) return null;
  } catch {
    return null;
  }
  const date = dmy(eventDate);
  if (info.exact !== undefined) return { vi: `Ngày sinh ${dmy(info.exact)} sau ngày sự việc ${date}.`, en: `Birth date ${dmy(info.exact)} is after the event date ${date}.` };
  if (info.year !== undefined) return { vi: `Năm sinh ${info.year} sau ngày sự việc ${date}.`, en: `Birth year ${info.year} is after the event date ${date}.` };
  return { vi: `Tuổi ước tính tính tại một ngày sau ngày sự việc ${date}.`, en: `The estimated age is taken on a day after the event date ${date}.` };
}

/** The contract path of the birth detail that is wrong ("exact", "year", "estimatedAge.years"), to show the message beside it. */
export function birthField(birth: Birth): 'exact' | 'year' | 'estimatedAge.years' {
  return birth.exact ? 'exact' : birth.year !== null && birth.year !== undefined ? 'year' : 'estimatedAge.years';
}
