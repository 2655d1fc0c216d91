import type { MeetingDb, MeetingTrx } from './db.js';

/** Counterpart offices by code, as their Vietnamese and Khmer names. */
export async function counterpartLabels(db: MeetingDb | MeetingTrx) {
  const rows = await db.selectFrom('reference_items').select(['code', 'label_vi', 'label_km']).where('kind', '=', 'agency').execute();
  return new Map(rows.map((row) => [row.code, { vi: row.label_vi, km: row.label_km }]));
}

export async function counterpartNames(db: MeetingDb | MeetingTrx) {
  return new Map([...(await counterpartLabels(db))].map(([code, label]) => [code, label.vi]));
}
