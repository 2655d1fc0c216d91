import { describe, expect, it } from 'vitest';
import { ageAt, ageBand, isChildAt } from '../../src-shared/people/age.js';
import { birthAfterEvent, birthField } from '../../src-shared/people/birth-rules.js';
import { addDays, addYears, compareDates, completedYears, daysInMonth, formatIsoDate, isLeapYear, parseIsoDate } from '../../src-shared/people/iso-date.js';
import { INDEX_MIN_CHARS, nameQueryPlan, shortQueryHint } from '../../src-shared/people/name-query.js';
import { graphemeCount, tooLong } from '../../src-shared/people/text-limits.js';
import { compareVietnamese, foldForSearch } from '../../src-shared/text/fold.js';

/** The pure rules shared by the form, the import and the engine, tested without a vault (fast enough for mutation testing). */
describe('search folding', () => {
  it('folds Vietnamese diacritics, đ/Đ and case, and collapses and trims spaces', () => {
    expect(foldForSearch('Nguyễn Thị Hương')).toBe('nguyen thi huong');
    expect(foldForSearch('ĐẶNG  Văn\tĐức ')).toBe('dang van duc');
    expect(foldForSearch('  Võ\u00a0\nVăn Em  ')).toBe('vo van em');
    // Decomposed input (e + combining marks) folds like precomposed.
    expect(foldForSearch('Nguye\u0302\u0303n')).toBe('nguyen');
  });

  it('leaves Khmer signs alone and NFC-normalises', () => {
    expect(foldForSearch('សុខ ស្រី')).toBe('សុខ ស្រី');
    expect(foldForSearch('ស្រី')).toHaveLength(4);
    expect(foldForSearch('Ｎ')).toBe('ｎ'); // full width stays full width (NFC, not NFKC)
  });

  it('sorts names in Vietnamese order', () => {
    expect(['Đức', 'Dung', 'An', 'Ánh', 'Bình'].sort(compareVietnamese)).toEqual(['An', 'Ánh', 'Bình', 'Dung', 'Đức']);
    expect(compareVietnamese('an', 'AN')).toBe(0);
  });
});

describe('name query plans', () => {
  it('uses the trigram index from 3 folded characters, a substring scan for 2 Khmer, a word prefix otherwise', () => {
    expect(INDEX_MIN_CHARS).toBe(3);
    expect(nameQueryPlan('Hươ')).toBe('index');
    expect(nameQueryPlan('  hu  ')).toBe('word-prefix');
    expect(nameQueryPlan('កា')).toBe('substring');
    expect(nameQueryPlan('ក')).toBe('word-prefix');
    expect(nameQueryPlan('កាស')).toBe('index');
    expect(nameQueryPlan('')).toBe('word-prefix');
  });

  it('hints only for a short Latin query, quoting what was typed', () => {
    expect(shortQueryHint('Hư ')).toEqual({
      vi: 'Nhập ít nhất 3 ký tự để tìm trong cả tên (hiện chỉ tìm tên có từ bắt đầu bằng "Hư").',
      en: 'Type at least 3 characters to search inside names (now only names with a word starting with "Hư").',
    });
    expect(shortQueryHint('   ')).toBeNull();
    expect(shortQueryHint('huong')).toBeNull();
    expect(shortQueryHint('កា')).toBeNull();
  });
});

describe('text limits', () => {
  it('counts grapheme clusters and refuses only over the limit, naming both numbers', () => {
    expect(graphemeCount('')).toBe(0);
    expect(graphemeCount('ស្រីស្រី')).toBe(2);
    expect(tooLong('abc', 3)).toBeNull();
    expect(tooLong('abcd', 3)).toEqual({
      vi: 'Tối đa 3 ký tự (đang có 4). Hãy rút gọn; không có gì bị cắt bớt.',
      en: 'At most 3 characters (now 4). Please shorten it; nothing was cut.',
    });
  });
});

describe('calendar dates', () => {
  it('knows leap years and month lengths', () => {
    expect([1900, 2000, 2024, 2025].map(isLeapYear)).toEqual([false, true, true, false]);
    expect([1, 2, 3, 4, 12].map((month) => daysInMonth(2025, month))).toEqual([31, 28, 31, 30, 31]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });

  it('parses only real calendar dates, and formats with padding', () => {
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseIsoDate('2025-12-31')).toEqual({ year: 2025, month: 12, day: 31 });
    expect(parseIsoDate('2025-01-01')).toEqual({ year: 2025, month: 1, day: 1 });
    for (const bad of ['2025-02-29', '2025-13-01', '2025-00-10', '2025-01-00', '2025-04-31', '2025-7-1', ' 2025-07-01', '2025-07-01x'])
      expect(() => parseIsoDate(bad), bad).toThrow(new RangeError(`Not a calendar date (YYYY-MM-DD): ${JSON.stringify(bad)}`));
    expect(formatIsoDate({ year: 987, month: 3, day: 5 })).toBe('0987-03-05');
  });

  it('compares by year, then month, then day', () => {
    const d = (text: string) => parseIsoDate(text);
    expect(Math.sign(compareDates(d('2025-01-31'), d('2024-12-31')))).toBe(1);
    expect(Math.sign(compareDates(d('2025-01-31'), d('2025-02-01')))).toBe(-1);
    expect(Math.sign(compareDates(d('2025-02-02'), d('2025-02-01')))).toBe(1);
    expect(compareDates(d('2025-02-01'), d('2025-02-01'))).toBe(0);
  });

  it('counts completed years with the birthday reached on the day, and moves by years and days', () => {
    const d = (text: string) => parseIsoDate(text);
    expect(completedYears(d('2008-03-05'), d('2026-03-05'))).toBe(18);
    expect(completedYears(d('2008-03-05'), d('2026-03-04'))).toBe(17);
    expect(completedYears(d('2008-03-05'), d('2026-02-28'))).toBe(17);
    expect(completedYears(d('2008-03-05'), d('2026-04-01'))).toBe(18);
    expect(completedYears(d('2026-03-05'), d('2025-03-06'))).toBe(-1);
    expect(addYears(d('2024-02-29'), 1)).toEqual({ year: 2025, month: 2, day: 28 });
    expect(addYears(d('2024-02-29'), -4)).toEqual({ year: 2020, month: 2, day: 29 });
    expect(addDays(d('2024-12-31'), 1)).toEqual({ year: 2025, month: 1, day: 1 });
    expect(addDays(d('2024-03-01'), -1)).toEqual({ year: 2024, month: 2, day: 29 });
  });
});

describe('a birth after the event', () => {
  const EVENT = '2026-03-05';
  it('is refused with the detail that is wrong, in both languages', () => {
    expect(birthAfterEvent({ exact: '2026-03-06' }, EVENT)).toEqual({
      vi: 'Ngày sinh 06/03/2026 sau ngày sự việc 05/03/2026.',
      en: 'Birth date 06/03/2026 is after the event date 05/03/2026.',
    });
    expect(birthAfterEvent({ year: 2027 }, EVENT)).toEqual({ vi: 'Năm sinh 2027 sau ngày sự việc 05/03/2026.', en: 'Birth year 2027 is after the event date 05/03/2026.' });
    expect(birthAfterEvent({ estimatedAge: { years: 0, at: '2027-03-05' } }, EVENT)).toEqual({
      vi: 'Tuổi ước tính tính tại một ngày sau ngày sự việc 05/03/2026.',
      en: 'The estimated age is taken on a day after the event date 05/03/2026.',
    });
  });

  it('is accepted on the event day itself, when unknown, and leaves invalid dates to other rules', () => {
    expect(birthAfterEvent({ exact: EVENT }, EVENT)).toBeNull();
    expect(birthAfterEvent({ year: 2026 }, EVENT)).toBeNull();
    expect(birthAfterEvent({ estimatedAge: { years: 0, at: '2027-03-04' } }, EVENT)).toBeNull();
    expect(birthAfterEvent(null, EVENT)).toBeNull();
    expect(birthAfterEvent({ exact: null, year: null, estimatedAge: null }, EVENT)).toBeNull();
    expect(birthAfterEvent({ exact: '2026-02-30' }, EVENT)).toBeNull();
    expect(birthAfterEvent({ exact: '2027-01-01' }, '2026-02-30')).toBeNull();
  });

  it('names the field to show the message beside', () => {
    expect(birthField({ exact: '2026-03-06', year: 2026 })).toBe('exact');
    expect(birthField({ exact: null, year: 2027 })).toBe('year');
    expect(birthField({ exact: null, year: 0 })).toBe('year');
    expect(birthField({ exact: null, year: null, estimatedAge: { years: 1, at: EVENT } })).toBe('estimatedAge.years');
    expect(birthField({})).toBe('estimatedAge.years');
  });
});

describe('birth information at its bounds', () => {
  it('takes birth years 1…9999 and refuses others, naming the value', () => {
    expect(ageAt({ year: 1 }, '2026-03-05')).toMatchObject({ minYears: 2024, maxYears: 2025, precision: 'year' });
    expect(ageAt({ year: 9999 }, '2026-03-05')).toBeNull(); // a valid year, after the event
    for (const year of [0, -1, 10000, 2008.5]) expect(() => ageAt({ year }, '2026-03-05'), String(year)).toThrow(new RangeError(`Not a birth year: ${year}`));
  });

  it('takes estimated ages 0…150 and refuses others, naming the value', () => {
    expect(ageAt({ estimatedAge: { years: 0, at: '2026-03-05' } }, '2026-03-05')).toMatchObject({ minYears: 0, maxYears: 0, precision: 'estimated', exact: false });
    expect(ageAt({ estimatedAge: { years: 150, at: '2026-03-05' } }, '2026-03-05')).toMatchObject({ minYears: 150, maxYears: 150 });
    for (const years of [-1, 151, 16.5])
      expect(() => ageAt({ estimatedAge: { years, at: '2026-03-05' } }, '2026-03-05'), String(years)).toThrow(new RangeError(`Not an estimated age: ${years}`));
  });

  it('refuses an age band for a negative or fractional age, naming the value; 48 and over is the last band', () => {
    for (const age of [-1, 17.5]) expect(() => ageBand(age)).toThrow(new RangeError(`Not an age in completed years: ${age}`));
    expect([47, 48, 120].map(ageBand)).toEqual(['39-47', '48+', '48+']);
    expect(isChildAt({ year: 2008 }, '2026-12-31')).toBe(false);
    expect(isChildAt({ year: 2008 }, '2026-12-30')).toBe(true);
  });
});
