import { compareDates, parseIsoDate } from '../../src-shared/people/iso-date.js';
import type { AdminUnitSeed, AgencySeed, IsoDate, Validity } from './types.js';

/** True when `isoDate` lies within [validFrom, validTo]; missing bounds are open. */
export function isValidAt(item: Validity, isoDate: IsoDate): boolean {
  const date = parseIsoDate(isoDate);
  if (item.validFrom !== undefined && compareDates(date, parseIsoDate(item.validFrom)) < 0) return false;
  if (item.validTo !== undefined && compareDates(date, parseIsoDate(item.validTo)) > 0) return false;
  return true;
}

export function adminUnitsValidAt(units: readonly AdminUnitSeed[], isoDate: IsoDate): AdminUnitSeed[] {
  return units.filter((unit) => isValidAt(unit, isoDate));
}

export function agenciesValidAt(agencies: readonly AgencySeed[], isoDate: IsoDate): AgencySeed[] {
  return agencies.filter((agency) => isValidAt(agency, isoDate));
}

interface Succeeding extends Validity {
  code: string;
  successorCode?: string;
}

/**
 * The item standing for `code` at `isoDate`: the item itself if valid then, otherwise the first successor in
 * its chain that is. Returns null when the code is unknown, when `isoDate` is before the item existed, or when
 * the chain ends without a valid item (e.g. a district abolished in 2025 has no district successor).
 * A record keeps the unit valid at the record's own date; pass today's date to show the present name.
 */
export function resolveAt<T extends Succeeding>(items: readonly T[], code: string, isoDate: IsoDate): T | null {
  const byCode = new Map(items.map((item) => [item.code, item]));
  const date = parseIsoDate(isoDate);
  const seen = new Set<string>();
  let current = byCode.get(code);
  while (current !== undefined && !seen.has(current.code)) {
    if (isValidAt(current, isoDate)) return current;
    if (current.validFrom !== undefined && compareDates(date, parseIsoDate(current.validFrom)) < 0) return null;
    seen.add(current.code);
    current = current.successorCode === undefined ? undefined : byCode.get(current.successorCode);
  }
  return null;
}

/** `resolveAt` for administrative units: Kiên Giang on 2025-07-01 → An Giang; on 2025-03-01 → Kiên Giang. */
export function currentSuccessor(units: readonly AdminUnitSeed[], code: string, isoDate: IsoDate): AdminUnitSeed | null {
  return resolveAt(units, code, isoDate);
}

/** `resolveAt` for agencies: the body that held this agency's role at `isoDate`. */
export function currentAgency(agencies: readonly AgencySeed[], code: string, isoDate: IsoDate): AgencySeed | null {
  return resolveAt(agencies, code, isoDate);
}
