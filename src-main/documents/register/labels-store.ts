import type { ReadableDb, WritableDb } from '../../vault/db-access.js';
import { DEFAULT_LABELS, type LabelKey, type Labels } from '../labels/default-labels.js';
import type { DocumentTables } from './tables.js';

type Db = ReadableDb<DocumentTables>;

/** Copies the label seed into the vault at setup; from then on an administrator corrects them there. */
export async function seedLabels(db: WritableDb<DocumentTables>, at: string) {
  const rows = Object.entries(DEFAULT_LABELS).map(([key, label]) => ({
    key,
    vi: label.vi,
    km: label.km,
    en: label.en,
    needs_review: label.needsReview ? 1 : 0,
    updated_at: at,
    updated_by: null,
    version: 1,
  }));
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('document_labels')
      .values(rows.slice(i, i + 200))
      .execute();
  return rows.length;
}

/** The labels as stored, with any key missing from the vault (added by a newer app) taken from the seed. */
export async function loadLabels(db: Db): Promise<Labels> {
  const rows = await db.selectFrom('document_labels').select(['key', 'vi', 'km', 'en']).execute();
  const labels: Record<string, { vi: string; km: string; en?: string }> = {};
  for (const [key, seed] of Object.entries(DEFAULT_LABELS)) labels[key] = { vi: seed.vi, km: seed.km, en: seed.en };
  for (const row of rows) if (row.key in labels) labels[row.key as LabelKey] = { vi: row.vi, km: row.km, en: row.en };
  return labels as Labels;
}
