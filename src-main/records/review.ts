import type { Transaction } from 'kysely';
import type { ReadableDb } from '../vault/db-access.js';
import { canDecide, canSubmit, DRAFT_REVIEW, type RecordReview, type ReviewEventKind, type ReviewState } from '../../src-shared/records/review.js';
import { EngineError } from '../kernel/engine-error.js';
import type { RecordTables } from './tables.js';

/** Which record: its kind ('repatriation', later 'meeting', 'interception') and id. */
export interface RecordRef {
  kind: string;
  id: string;
}

type ReadDb = ReadableDb<RecordTables>;
type WriteTrx = Transaction<RecordTables>;

/** Where a record stands in review, with its timeline; names resolved by `name` (account id → display name). */
export async function loadReview(db: ReadDb, ref: RecordRef, name: (accountId: string) => string): Promise<RecordReview> {
  const [row, events] = await Promise.all([
    db.selectFrom('record_reviews').selectAll().where('record_kind', '=', ref.kind).where('record_id', '=', ref.id).executeTakeFirst(),
    db.selectFrom('record_events').selectAll().where('record_kind', '=', ref.kind).where('record_id', '=', ref.id).orderBy('id').execute(),
  ]);
  if (!row) return DRAFT_REVIEW;
  return {
    state: row.state as ReviewState,
    changedSinceApproval: row.changed_since_approval === 1,
    events: events.map((event) => ({
      kind: event.kind as ReviewEventKind,
      at: event.at,
      by: name(event.by),
      text: event.text,
      changed: JSON.parse(event.changed) as string[],
    })),
  };
}

/** A new record starts in draft, authored by its creator. */
export async function startReview(trx: WriteTrx, ref: RecordRef, author: string, at: string) {
  await trx
    .insertInto('record_reviews')
    .values({ record_kind: ref.kind, record_id: ref.id, state: 'draft', changed_since_approval: 0, author, updated_at: at })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

async function appendEvent(trx: WriteTrx, ref: RecordRef, kind: ReviewEventKind, by: string, at: string, text = '', changed: string[] = []) {
  await trx
    .insertInto('record_events')
    .values({ record_kind: ref.kind, record_id: ref.id, kind, at, by, text, changed: JSON.stringify(changed) })
    .execute();
}

async function setState(trx: WriteTrx, ref: RecordRef, state: ReviewState, at: string, changedSinceApproval: boolean, author: string) {
  await trx
    .insertInto('record_reviews')
    .values({ record_kind: ref.kind, record_id: ref.id, state, changed_since_approval: changedSinceApproval ? 1 : 0, author, updated_at: at })
    .onConflict((oc) => oc.columns(['record_kind', 'record_id']).doUpdateSet({ state, changed_since_approval: changedSinceApproval ? 1 : 0, updated_at: at }))
    .execute();
}

const refused = (vi: string, en: string) => new EngineError('rule_violation', { vi, en });

const needComment = () =>
  new EngineError(
    'invalid_input',
    { vi: 'Hãy ghi nhận xét.', en: 'Write a comment.' },
    { comment: { vi: 'Hãy ghi nhận xét: người lập cần biết phải sửa gì.', en: 'Write a comment: the author needs to know what to fix.' } },
  );

/**
 * The review acts. Each checks the current state with the shared rules, moves the state and appends the act to
 * the record's timeline, inside the caller's transaction (which also bumps the record's version and audits).
 */
export const review = {
  async submit(trx: WriteTrx, ref: RecordRef, current: RecordReview, by: string, at: string, author: string) {
    if (!canSubmit(current))
      throw refused(
        current.state === 'submitted' ? 'Hồ sơ đã được gửi và đang chờ phê duyệt.' : 'Hồ sơ đã được phê duyệt.',
        current.state === 'submitted' ? 'The record is already waiting for approval.' : 'The record is already approved.',
      );
    await setState(trx, ref, 'submitted', at, current.changedSinceApproval, author);
    await appendEvent(trx, ref, 'submit', by, at);
  },

  async approve(trx: WriteTrx, ref: RecordRef, current: RecordReview, by: string, at: string, author: string) {
    if (!canDecide(current)) throw refused('Hồ sơ đã được phê duyệt.', 'The record is already approved.');
    await setState(trx, ref, 'approved', at, false, author);
    await appendEvent(trx, ref, 'approve', by, at);
  },

  async return(trx: WriteTrx, ref: RecordRef, current: RecordReview, by: string, at: string, author: string, comment: string) {
    if (!comment.trim()) throw needComment();
    if (!canDecide(current)) throw refused('Hồ sơ đã được phê duyệt; không trả lại được.', 'The record is approved; it cannot be returned.');
    await setState(trx, ref, 'returned', at, current.changedSinceApproval, author);
    await appendEvent(trx, ref, 'return', by, at, comment.trim());
  },

  async comment(trx: WriteTrx, ref: RecordRef, by: string, at: string, comment: string) {
    if (!comment.trim()) throw needComment();
    await appendEvent(trx, ref, 'comment', by, at, comment.trim());
  },

  /** A change after approval: the reason and the changed fields go on the timeline; the record reads "changed since approval". */
  async amend(trx: WriteTrx, ref: RecordRef, current: RecordReview, by: string, at: string, author: string, reason: string, changed: string[]) {
    await setState(trx, ref, current.state, at, true, author);
    await appendEvent(trx, ref, 'amend', by, at, reason, changed);
  },
};

/** Records of one kind in the given review states, with their author (for home pages and queues). */
export async function recordsInReview(db: ReadDb, kind: string, states: ReviewState[]) {
  if (!states.length) return [];
  return db.selectFrom('record_reviews').select(['record_id', 'state', 'author', 'updated_at']).where('record_kind', '=', kind).where('state', 'in', states).execute();
}
