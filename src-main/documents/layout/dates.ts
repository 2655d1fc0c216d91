/** Place-date lines (Decree 30/2020 for Vietnamese; Khmer digits and month names for Khmer) and small date helpers. */

import { parseIsoDate } from '../../../src-shared/people/iso-date.js';

/** A calendar date `YYYY-MM-DD` (no time zone: documents print the date the officer means). */
export type IsoDate = string;

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * "Hà Tiên, ngày 05 tháng 02 năm 2026". Decree 30/2020 (Annex I): days below 10 and months 1 and 2 take a
 * leading zero; other months do not ("ngày 05 tháng 3 năm 2026"), so "tháng 03" is not written.
 */
export function vietnameseDateLine(place: string, date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `${place}, ngày ${pad2(day)} tháng ${month <= 2 ? pad2(month) : String(month)} năm ${year}`;
}

export const KHMER_MONTHS = ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'] as const;

export function toKhmerDigits(value: number | string): string {
  return String(value).replace(/[0-9]/g, (d) => String.fromCodePoint(0x17e0 + Number(d)));
}

/** "ថ្ងៃទី០៩ ខែវិច្ឆិកា ឆ្នាំ២០១៩", optionally preceded by the place ("ធ្វើនៅ…"-style prefixes come from labels). */
export function khmerDate(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `ថ្ងៃទី${toKhmerDigits(pad2(day))} ខែ${KHMER_MONTHS[month - 1]} ឆ្នាំ${toKhmerDigits(year)}`;
}

export function khmerDateLine(place: string, date: IsoDate): string {
  return place ? `${place}, ${khmerDate(date)}` : khmerDate(date);
}

/** dd/mm/yyyy, the app's date format. */
export function numericDate(date: IsoDate): string {
  const { year, month, day } = parseIsoDate(date);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}
