/**
 * The shipped seeds of all administrative units (converted by scripts/convert-admin-units.ts from the official
 * lists; sources and licences in seeds/README.md). One row per unit, as a tuple to keep the files small.
 */
import { foldForSearch } from '../../src-shared/text/fold.js';
import type { IsoDate } from './types.js';

export type UnitLevel = 'province' | 'district' | 'commune' | 'village';
export type LinkKind = 'full' | 'partial';

/**
 * Search keys, computed by the conversion with `adminUnitKeys` (a test checks every seed row against it):
 * all names folded, and the name without its unit type folded.
 */
type Keys = [searchKey: string, nameKey: string];
/** id, level, official code, parent id, Vietnamese name, Khmer name, English name, valid from, valid to, keys. */
export type SeedUnit = [string, UnitLevel, string, string | null, string, string, string, IsoDate | null, IsoDate | null, ...Keys];
/** id, level, official code, parent id, Khmer name, Latin name, Khmer unit type (ស្រុក, ឃុំ, ភូមិ…), keys. */
export type KhSeedUnit = [string, UnitLevel, string, string | null, string, string, string, ...Keys];
/** Old unit → the new unit (all of it, or part of it) it went into on 1 Jul 2025. */
export type SeedLink = [string, string, LinkKind];

export interface VnSeed {
  source: string;
  units: SeedUnit[];
  links: SeedLink[];
}
export interface KhSeed {
  source: string;
  units: KhSeedUnit[];
}

/** District until 30 Jun 2025, by its statistics-office code: `vn-h-001`. */
export const vnDistrictId = (code: string) => `vn-h-${code}`;
/** Commune, ward or special zone. Codes were reused on 1 Jul 2025 (00004 was Trúc Bạch, then Ba Đình): the era is in the id. */
export const vnCommuneId = (code: string, from2025: boolean) => `vn-x-${code}${from2025 ? '-2025' : ''}`;
/** Cambodian district, commune or village by its NCDD code (PPDD, PPDDCC, PPDDCCVV). */
export const khUnitId = (code: string) => `kh-${code}`;

const VN_TYPE = /^(Thành phố|Tỉnh|Quận|Huyện|Thị xã|Thị trấn|Phường|Xã|Đặc khu) /u;

/** Search keys of a unit: every name folded (Vietnamese without diacritics, Khmer as is), and the bare name. */
export function adminUnitKeys(names: readonly string[], bareName: string): Keys {
  return [foldForSearch(names.filter(Boolean).join(' | ')), foldForSearch(bareName.replace(VN_TYPE, ''))];
}
