import { addDays, addYears, compareDates, completedYears, parseIsoDate, type CalendarDate } from './iso-date.js';
/** A calendar date, `YYYY-MM-DD`. */
type IsoDate = string;

/** Age of majority under both Vietnamese and Cambodian law: a child is under 18. */
export const CHILD_AGE_LIMIT = 18;

/**
 * What is known of a birth date, most precise first: an exact date, a year only, or an age estimated on a
 * given date ("about 16" when interviewed on 2026-03-05). When several are given the most precise wins.
 */
export interface BirthInfo {
  exact?: IsoDate;
  year?: number;
  estimatedAge?: { years: number; at: IsoDate };
}

export type AgePrecision = 'exact' | 'year' | 'estimated';

export interface AgeAtEvent {
  /**
   * The age used for reports and for child status: the youngest age the person can have had at the event
   * (equal to `minYears`). Conservative on purpose: an uncertain age never turns a possible child into an adult.
   */
  years: number;
  /** Youngest and oldest completed age compatible with what is known of the birth. Equal when exact. */
  minYears: number;
  maxYears: number;
  precision: AgePrecision;
  /** True only for an exact birth date. */
  exact: boolean;
}

interface BirthWindow {
  earliest: CalendarDate;
  latest: CalendarDate;
  precision: AgePrecision;
}

/**
 * The range of birth dates compatible with `birth`.
 * - exact: that day.
 * - year only: 1 January … 31 December of that year.
 * - estimated age N on date D: born after D − (N+1) years and no later than D − N years.
 */
function birthWindow(birth: BirthInfo): BirthWindow | null {
  if (birth.exact !== undefined) {
    const day = parseIsoDate(birth.exact);
    return { earliest: day, latest: day, precision: 'exact' };
  }
  if (birth.year !== undefined) {
    if (!Number.isInteger(birth.year) || birth.year < 1 || birth.year > 9999) {
      throw new RangeError(`Not a birth year: ${birth.year}`);
    }
    return { earliest: { year: birth.year, month: 1, day: 1 }, latest: { year: birth.year, month: 12, day: 31 }, precision: 'year' };
  }
  if (birth.estimatedAge !== undefined) {
    const { years, at } = birth.estimatedAge;
    if (!Number.isInteger(years) || years < 0 || years > 150) throw new RangeError(`Not an estimated age: ${years}`);
    const atDate = parseIsoDate(at);
    return {
      earliest: addDays(addYears(atDate, -(years + 1)), 1),
      latest: addYears(atDate, -years),
      precision: 'estimated',
    };
  }
  return null;
}

/**
 * Age at `eventDate` in completed years. Null when nothing is known of the birth, or when the event is before
 * the earliest possible birth date. A birthday on the event date counts as reached.
 */
export function ageAt(birth: BirthInfo, eventDate: IsoDate): AgeAtEvent | null {
  const window = birthWindow(birth);
  const event = parseIsoDate(eventDate);
  if (window === null || compareDates(event, window.earliest) < 0) return null;
  const minYears = Math.max(0, completedYears(window.latest, event));
  const maxYears = completedYears(window.earliest, event);
  return { years: minYears, minYears, maxYears, precision: window.precision, exact: window.precision === 'exact' };
}

/**
 * Child status at the event date, computed, never stored.
 *
 * Conservative rule for partial birth dates: a person counts as a child when they *may* have been under 18 at
 * the event, i.e. when the youngest age compatible with the birth information is under 18. Born in 2008 (year
 * only) and seen on 2026-03-01: could be 17 (born after 1 March 2008) → child. Estimated ages carry the same
 * one-year uncertainty about the birthday; the estimate itself may be further off, which this cannot know.
 * Returns null when the birth is unknown (the UI should say "age unknown", not "adult").
 */
export function isChildAt(birth: BirthInfo, eventDate: IsoDate): boolean | null {
  const age = ageAt(birth, eventDate);
  return age === null ? null : age.minYears < CHILD_AGE_LIMIT;
}

export const AGE_BAND_CODES = ['0-8', '9-17', '18-20', '21-23', '24-26', '27-29', '30-38', '39-47', '48+'] as const;
export type AgeBandCode = (typeof AGE_BAND_CODES)[number];

/** Lower bound of each band, in the order of AGE_BAND_CODES (CTDC `ageBroad`). */
const AGE_BAND_FLOORS: readonly number[] = [0, 9, 18, 21, 24, 27, 30, 39, 48];

/** The CTDC-style report band of an age in completed years (use `AgeAtEvent.years`). */
export function ageBand(ageYears: number): AgeBandCode {
  if (!Number.isInteger(ageYears) || ageYears < 0) throw new RangeError(`Not an age in completed years: ${ageYears}`);
  let index = 0;
  while (index + 1 < AGE_BAND_FLOORS.length && ageYears >= AGE_BAND_FLOORS[index + 1]) index++;
  return AGE_BAND_CODES[index];
}

/** Whether a band lies wholly under 18 (reports always split children and adults). */
export function isChildBand(band: AgeBandCode): boolean {
  return band === '0-8' || band === '9-17';
}
