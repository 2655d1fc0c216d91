/**
 * The office's local calendar day as a UTC range. Timestamps are stored in UTC; an officer filtering by
 * "02/12" means the local day (UTC+7 in Vietnam and Cambodia), not 07:00–07:00 local.
 */

/** Offset of `timeZone` from UTC at `instant`, in milliseconds (Intl, so DST-aware wherever that applies). */
function offsetAt(instant: number, timeZone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  );
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second) - Math.floor(instant / 1000) * 1000;
}

/**
 * The UTC instant (ISO) at which local day `isoDate` + `addDays` begins in `timeZone` (default: this machine's
 * zone, which is the office's).
 */
export function localDayStart(isoDate: string, timeZone?: string, addDays = 0): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (!timeZone) return new Date(year, month - 1, day + addDays).toISOString();
  const wallClock = Date.UTC(year, month - 1, day + addDays);
  const guess = wallClock - offsetAt(wallClock, timeZone);
  return new Date(wallClock - offsetAt(guess, timeZone)).toISOString();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as the office's wall clock for a file name, e.g. 20261202-093000 (in `timeZone`, default this machine's). */
export function localFileStamp(iso: string, timeZone?: string): string {
  const instant = new Date(iso).getTime();
  const d = new Date(timeZone ? instant + offsetAt(instant, timeZone) : instant);
  const [year, month, day, hour, minute, second] = timeZone
    ? [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()]
    : [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()];
  return `${year}${pad(month)}${pad(day)}-${pad(hour)}${pad(minute)}${pad(second)}`;
}

/** The office's wall clock at an instant, "2026-12-02T10:15:00" (in `timeZone`, default this machine's). */
export function localWallClock(iso: string, timeZone?: string): string {
  const stamp = localFileStamp(iso, timeZone);
  return `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}`;
}

/** A date-time as the office's wall clock: kept as written when it has no offset, converted when it has one. */
export function asLocalDateTime(value: string, timeZone?: string): string {
  return /(?:Z|[+-]\d\d:?\d\d)$/i.test(value) ? localWallClock(new Date(value).toISOString(), timeZone) : value;
}
