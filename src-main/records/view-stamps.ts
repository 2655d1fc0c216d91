import type { ReadableDb } from '../vault/db-access.js';
import { listAttachments } from './attachments.js';
import { loadReview, type RecordRef } from './review.js';
import type { RecordLifecycleColumns, RecordTables } from './tables.js';

/** What every record's view shows of its lifecycle: approval, review, attachments, version and who saved it when (names resolved). */
export async function recordStamps(db: ReadableDb<RecordTables>, ref: RecordRef, row: RecordLifecycleColumns, name: (accountId: string | null) => string) {
  return {
    approved: row.approved_at ? { at: row.approved_at, by: name(row.approved_by) } : null,
    review: await loadReview(db, ref, name),
    attachments: await listAttachments(db, ref, name),
    version: row.version,
    createdAt: row.created_at,
    createdBy: name(row.created_by),
    updatedAt: row.updated_at,
    updatedBy: name(row.updated_by),
  };
}
