import { afterEach, describe, expect, it, vi } from 'vitest';
import { AGE_BAND_CODES, ageAt, ageBand, isChildAt, isChildBand } from '../../src-shared/people/age.js';
import { vocabulary } from '../../src-main/reference/vocabularies/index.js';

describe('ageAt / isChildAt with an exact birth date', () => {
  it('turns 18 on the birthday itself', () => {
    const birth = { exact: '2008-03-05' };
    expect(ageAt(birth, '2026-03-04')).toMatchObject({ years: 17, minYears: 17, maxYears: 17, precision: 'exact', exact: true });
    expect(isChildAt(birth, '2026-03-04')).toBe(true);
    expect(ageAt(birth, '2026-03-05')?.years).toBe(18);
    expect(isChildAt(birth, '2026-03-05')).toBe(false);
  });

  it('is 0 on the day of birth and unknown before it', () => {
    expect(ageAt({ exact: '2020-01-01' }, '2020-01-01')?.years).toBe(0);
    expect(ageAt({ exact: '2020-01-01' }, '2019-12-31')).toBeNull();
    expect(isChildAt({ exact: '2020-01-01' }, '2019-12-31')).toBeNull();
  });

  it('a 29 February birthday is reached on 1 March in common years', () => {
    const birth = { exact: '2008-02-29' };
    expect(isChildAt(birth, '2026-02-28')).toBe(true);
    expect(isChildAt(birth, '2026-03-01')).toBe(false);
    expect(isChildAt({ exact: '2004-02-29' }, '2022-02-28')).toBe(true);
  });

  it('prefers the exact date over a year or an estimate', () => {
    expect(ageAt({ exact: '2000-06-01', year: 2010, estimatedAge: { years: 5, at: '2020-01-01' } }, '2020-06-01')).toMatchObject({
      years: 20,
      precision: 'exact',
    });
  });
});

describe('ageAt / isChildAt with a year only (conservative rule)', () => {
  it('gives the range and uses the youngest age', () => {
    expect(ageAt({ year: 2008 }, '2026-03-01')).toMatchObject({ years: 17, minYears: 17, maxYears: 18, precision: 'year', exact: false });
  });

  it('counts a person who may still be 17 as a child', () => {
    expect(isChildAt({ year: 2008 }, '2026-03-01')).toBe(true);
    expect(isChildAt({ year: 2008 }, '2026-12-30')).toBe(true);
  });

  it('counts as adult only once 18 is certain (from 31 December of the 18th year)', () => {
    expect(isChildAt({ year: 2008 }, '2026-12-31')).toBe(false);
    expect(isChildAt({ year: 2008 }, '2027-01-01')).toBe(false);
    expect(isChildAt({ year: 2007 }, '2025-12-30')).toBe(true);
  });

  it('is null before the birth year, and rejects nonsense years', () => {
    expect(ageAt({ year: 2010 }, '2009-12-31')).toBeNull();
    expect(ageAt({ year: 2010 }, '2010-06-01')).toMatchObject({ minYears: 0, maxYears: 0 });
    expect(() => ageAt({ year: 20.5 }, '2020-01-01')).toThrow(RangeError);
  });
});

describe('ageAt / isChildAt with an estimated age', () => {
  it('is the estimate on the day it was made', () => {
    expect(ageAt({ estimatedAge: { years: 16, at: '2026-03-05' } }, '2026-03-05')).toMatchObject({
      years: 16,
      minYears: 16,
      maxYears: 16,
      precision: 'estimated',
      exact: false,
    });
  });

  it('ages with time, keeping the unknown birthday conservative', () => {
    const birth = { estimatedAge: { years: 17, at: '2025-06-01' } };
    expect(ageAt(birth, '2026-01-01')).toMatchObject({ minYears: 17, maxYears: 18 });
    expect(isChildAt(birth, '2026-01-01')).toBe(true);
    expect(isChildAt(birth, '2026-06-01')).toBe(false);
  });

  it('works for an estimate made after the event', () => {
    expect(ageAt({ estimatedAge: { years: 18, at: '2026-06-01' } }, '2026-01-01')).toMatchObject({ minYears: 17, maxYears: 18 });
    expect(isChildAt({ estimatedAge: { years: 18, at: '2026-06-01' } }, '2026-01-01')).toBe(true);
  });

  it('unknown birth gives null, not "adult"', () => {
    expect(ageAt({}, '2026-01-01')).toBeNull();
    expect(isChildAt({}, '2026-01-01')).toBeNull();
  });

  it('rejects malformed dates', () => {
    expect(() => ageAt({ exact: '2008-02-30' }, '2026-01-01')).toThrow(RangeError);
    expect(() => ageAt({ exact: '2008-01-01' }, '1/1/2026')).toThrow(RangeError);
  });
});

describe('ageBand', () => {
  it('maps the CTDC boundaries', () => {
    const cases: Array<[number, string]> = [
      [0, '0-8'],
      [8, '0-8'],
      [9, '9-17'],
      [17, '9-17'],
      [18, '18-20'],
      [20, '18-20'],
      [21, '21-23'],
      [23, '21-23'],
      [24, '24-26'],
      [26, '24-26'],
      [27, '27-29'],
      [29, '27-29'],
      [30, '30-38'],
      [38, '30-38'],
      [39, '39-47'],
      [47, '39-47'],
      [48, '48+'],
      [99, '48+'],
    ];
    for (const [age, band] of cases) expect(ageBand(age), String(age)).toBe(band);
  });

  it('rejects negative and fractional ages', () => {
    expect(() => ageBand(-1)).toThrow(RangeError);
    expect(() => ageBand(17.5)).toThrow(RangeError);
  });

  it('splits children from adults at 18, and matches the age_band vocabulary', () => {
    expect(AGE_BAND_CODES.filter(isChildBand)).toEqual(['0-8', '9-17']);
    expect(vocabulary('age_band').map((t) => t.code)).toEqual([...AGE_BAND_CODES]);
  });

  it('a year-only 17/18 falls in the child band (uses the conservative age)', () => {
    const age = ageAt({ year: 2008 }, '2026-03-01');
    expect(age && ageBand(age.years)).toBe('9-17');
  });
});

describe('the age rules never read the clock', () => {
  afterEach(() => vi.useRealTimers());

  it('gives the same answers whether today is early or late in the year', () => {
    const cases = [{ exact: '2007-12-20' }, { year: 2007 }, { estimatedAge: { years: 17, at: '2025-06-01' } }].map((birth) => () => [
      ageAt(birth, '2025-12-10'),
      isChildAt(birth, '2025-12-10'),
    ]);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-01-20T02:00:00Z'));
    const early = cases.map((answer) => answer());
    vi.setSystemTime(new Date('2026-12-28T02:00:00Z'));
    expect(cases.map((answer) => answer())).toEqual(early);
    expect(early.map(([, child]) => child)).toEqual([true, true, true]);
  });
});
