import type { ExpressionBuilder } from 'kysely';
import type { z } from 'zod';
import type { MeetingTables } from './tables.js';
import type { ActionRow, ActionStatus, MeetingHome, MeetingListRow, MeetingQueueRow, meetingListFilter } from '../../src-shared/contract/index.js';
import { PENDING_ACTION_STATUSES } from '../../src-shared/contract/index.js';
import { openReturn, reviewStatus, type RecordReview, type ReviewState } from '../../src-shared/records/review.js';
import { foldForSearch } from '../../src-shared/text/fold.js';
import { EngineError } from '../kernel/engine-error.js';
import { linkingIds } from '../records/links.js';
import { live } from '../records/live.js';
import { asLocalDateTime } from '../vault/local-day.js';
import { loadReview } from '../records/review.js';
import { accountNames } from '../vault/accounts-store.js';
import type { MeetingDb } from './db.js';
import { meetingDb } from './db.js';
import { readingFor, type MeetingDesk } from './meetings.js';
import { actionOverdue, isPending, type MeetingRow } from './view.js';

type Filter = z.output<typeof meetingListFilter>;

const PENDING = PENDING_ACTION_STATUSES as ActionStatus[];

type ActionsEb = ExpressionBuilder<MeetingTables & { a: MeetingTables['meeting_actions']; m: MeetingTables['meetings'] }, 'a' | 'm'>;

/** Action `a` was carried into a live meeting (other than `except`): it is followed up there. */
const carriedOn = (eb: ActionsEb, except: string | null) =>
  eb.exists(
    eb
      .selectFrom('meeting_actions as later')
      .innerJoin('meetings as lm', 'lm.id', 'later.meeting_id')
      .select('later.id')
      .whereRef('later.carried_from', '=', 'a.id')
      .where('lm.id', '!=', except ?? '')
      .where(live('lm')),
  );

/** Actions still to do, past due, and not carried into a later live meeting: the one definition of "overdue". */
function overdueActions(db: MeetingDb, today: string) {
  return db
    .selectFrom('meeting_actions as a')
    .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
    .where(live('m'))
    .where('a.status', 'in', PENDING)
    .where('a.due', '<', today)
    .where((eb) => eb.not(carriedOn(eb, null)));
}

/** The log's filters, applied to the live meetings. */
function filtered(db: MeetingDb, filter: Filter, today: string) {
  let query = db.selectFrom('meetings').where(live('meetings'));
  if (filter.from) query = query.where('event_date', '>=', filter.from);
  if (filter.to) query = query.where('event_date', '<=', filter.to);
  if (filter.types.length) query = query.where('type', 'in', filter.types);
  if (filter.levels.length) query = query.where('level', 'in', filter.levels);
  if (filter.counterpartCode) query = query.where('counterpart_code', '=', filter.counterpartCode);
  if (filter.topics.length) query = query.where('meetings.id', 'in', db.selectFrom('meeting_exchanges').select('meeting_id').where('topic', 'in', filter.topics));
  if (filter.overdueOnly) query = query.where('meetings.id', 'in', overdueActions(db, today).select('a.meeting_id'));
  const words = foldForSearch(filter.query)
    .replace(/[%_\\]/g, '')
    .split(' ')
    .filter(Boolean);
  for (const word of words) query = query.where('search_text', 'like', `%${word}%`);
  return query;
}

/** Counts per meeting for a page of rows: topics, actions pending and overdue (read by meeting, through its indexes). */
async function rowFacts(db: MeetingDb, ids: string[], today: string) {
  const topics = new Map<string, string[]>();
  const actions = new Map<string, MeetingListRow['actions']>();
  if (!ids.length) return { topics, actions };
  const [exchangeRows, actionRows] = await Promise.all([
    db.selectFrom('meeting_exchanges').select(['meeting_id', 'topic']).where('meeting_id', 'in', ids).execute(),
    db.selectFrom('meeting_actions').select(['id', 'meeting_id', 'status', 'due']).where('meeting_id', 'in', ids).execute(),
  ]);
  const carried = await carriedOnIds(
    db,
    actionRows.filter((a) => actionOverdue(a, today, false)).map((a) => a.id),
  );
  for (const row of exchangeRows) topics.set(row.meeting_id, [...new Set([...(topics.get(row.meeting_id) ?? []), row.topic])].sort());
  for (const action of actionRows) {
    const counts = actions.get(action.meeting_id) ?? { total: 0, pending: 0, overdue: 0 };
    counts.total++;
    if (isPending(action.status)) counts.pending++;
    if (actionOverdue(action, today, carried.has(action.id))) counts.overdue++;
    actions.set(action.meeting_id, counts);
  }
  return { topics, actions };
}

/** Which of these actions were carried into a live meeting. */
export async function carriedOnIds(db: MeetingDb, actionIds: string[]) {
  if (!actionIds.length) return new Set<string>();
  const rows = await db
    .selectFrom('meeting_actions')
    .innerJoin('meetings', 'meetings.id', 'meeting_actions.meeting_id')
    .select('meeting_actions.carried_from')
    .where('meeting_actions.carried_from', 'in', actionIds)
    .where(live('meetings'))
    .execute();
  return new Set(rows.map((row) => row.carried_from));
}

async function toRows(db: MeetingDb, rows: (MeetingRow & { review_state?: string | null; changed?: number | null })[], today: string): Promise<MeetingListRow[]> {
  const facts = await rowFacts(
    db,
    rows.map((row) => row.id),
    today,
  );
  return rows.map((row) => ({
    id: row.id,
    meetingNumber: row.meeting_number,
    startAt: row.start_at,
    eventDate: row.event_date,
    type: row.type as MeetingListRow['type'],
    level: row.level as MeetingListRow['level'],
    counterpartCode: row.counterpart_code,
    host: row.host as MeetingListRow['host'],
    place: row.place,
    topics: (facts.topics.get(row.id) ?? []) as MeetingListRow['topics'],
    delegates: { VN: row.vn_delegates, KH: row.kh_delegates },
    actions: facts.actions.get(row.id) ?? { total: 0, pending: 0, overdue: 0 },
    review: reviewStatus({ state: (row.review_state ?? 'draft') as ReviewState, changedSinceApproval: row.changed === 1, events: [] }),
    updatedAt: row.updated_at,
  }));
}

/** Live meetings with their review state (no review row: a draft). */
const withReview = (query: ReturnType<typeof filtered>) =>
  query
    .leftJoin('record_reviews', (join) => join.onRef('record_reviews.record_id', '=', 'meetings.id').on('record_reviews.record_kind', '=', 'meeting'))
    .selectAll('meetings')
    .select(['record_reviews.state as review_state', 'record_reviews.changed_since_approval as changed']);

/** One page of the log, newest first. Rows carry facts and counts, never the text of an information item. */
export async function listMeetings(desk: MeetingDesk, filter: Filter): Promise<{ rows: MeetingListRow[]; total: number }> {
  const db = meetingDb(desk.service);
  const { today } = readingFor(desk);
  const query = filtered(db, filter, today);
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await withReview(query).orderBy('event_date', 'desc').orderBy('start_at', 'desc').orderBy('meetings.id', 'desc').offset(filter.offset).limit(filter.limit).execute();
  return { total: Number(total), rows: await toRows(db, rows, today) };
}

const actionRow = (row: {
  id: string;
  meeting_id: string;
  meeting_number: string;
  event_date: string;
  counterpart_code: string;
  text: string;
  text_km: string;
  owner_side: string;
  owner: string;
  due: string | null;
  status: string;
  overdue: boolean;
}): ActionRow => ({
  id: row.id,
  meetingId: row.meeting_id,
  meetingNumber: row.meeting_number,
  meetingDate: row.event_date,
  counterpartCode: row.counterpart_code,
  text: row.text,
  textKm: row.text_km,
  ownerSide: row.owner_side as ActionRow['ownerSide'],
  owner: row.owner,
  due: row.due,
  status: row.status as ActionStatus,
  overdue: row.overdue,
});

const ACTION_COLUMNS = [
  'a.id',
  'a.meeting_id',
  'm.meeting_number',
  'm.event_date',
  'm.counterpart_code',
  'a.text',
  'a.text_km',
  'a.owner_side',
  'a.owner',
  'a.due',
  'a.status',
] as const;

const HOME_LIMIT = 50;

/** The review queue and what needs doing: overdue actions, meetings waiting for a commander, returned ones, own drafts. */
export async function meetingHome(desk: MeetingDesk): Promise<MeetingHome> {
  const db = meetingDb(desk.service);
  const { today } = readingFor(desk);
  const me = desk.service.actor().accountId;
  const commander = desk.roles.includes('commander');
  const overdue = await overdueActions(db, today).select(ACTION_COLUMNS).orderBy('a.due').orderBy('m.event_date').limit(HOME_LIMIT).execute();
  const inState = async (states: ReviewState[], mineOnly: boolean) => {
    let query = withReview(db.selectFrom('meetings').where(live('meetings')));
    query = states.includes('draft')
      ? query.where((eb) => eb.or([eb('record_reviews.state', 'in', states), eb('record_reviews.state', 'is', null)]))
      : query.where('record_reviews.state', 'in', states);
    if (mineOnly) query = query.where('meetings.created_by', '=', me ?? '');
    const rows = await query.select('record_reviews.updated_at as review_at').orderBy('record_reviews.updated_at').limit(HOME_LIMIT).execute();
    const listed = await toRows(db, rows, today);
    const name = await accountNames(db);
    return Promise.all(
      listed.map(async (row, i): Promise<MeetingQueueRow> => {
        const review: RecordReview = await loadReview(db, { kind: 'meeting', id: row.id }, name);
        const returned = openReturn(review);
        const submitted = [...review.events].reverse().find((event) => event.kind === 'submit');
        return {
          ...row,
          returned: returned && { comment: returned.text, by: returned.by, at: returned.at },
          submittedAt: submitted?.at ?? (rows[i].review_at as string | null) ?? null,
        };
      }),
    );
  };
  return {
    overdueActions: overdue.map((row) => actionRow({ ...row, overdue: true })),
    waiting: await inState(['submitted'], false),
    returned: await inState(['returned'], !commander),
    drafts: await inState(['draft'], true),
  };
}

/** Every meeting with one counterpart, newest first, each with its agreed actions. */
export async function counterpartTimeline(desk: MeetingDesk, counterpartCode: string) {
  const db = meetingDb(desk.service);
  const { today } = readingFor(desk);
  const rows = await withReview(db.selectFrom('meetings').where(live('meetings')).where('counterpart_code', '=', counterpartCode))
    .orderBy('event_date', 'desc')
    .orderBy('start_at', 'desc')
    .limit(500)
    .execute();
  const meetings = await toRows(db, rows, today);
  const overdueIds = new Set((await overdueActions(db, today).select('a.id').where('m.counterpart_code', '=', counterpartCode).execute()).map((row) => row.id));
  const actions = meetings.length
    ? await db
        .selectFrom('meeting_actions as a')
        .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
        .select(ACTION_COLUMNS)
        .where(
          'a.meeting_id',
          'in',
          meetings.map((m) => m.id),
        )
        .orderBy('a.sort')
        .execute()
    : [];
  return meetings.map((meeting) => ({
    meeting,
    actions: actions.filter((a) => a.meeting_id === meeting.id).map((a) => actionRow({ ...a, overdue: overdueIds.has(a.id) })),
  }));
}

/**
 * Pending actions agreed with `counterpartCode` at meetings up to `before`, not yet carried into another live
 * meeting: what a new meeting with that counterpart is offered to carry over (the meeting being edited excluded).
 */
export async function carryOverCandidates(desk: MeetingDesk, input: { counterpartCode: string; before: string | null; meetingId: string | null }): Promise<ActionRow[]> {
  const db = meetingDb(desk.service);
  const { today } = readingFor(desk);
  let query = db
    .selectFrom('meeting_actions as a')
    .innerJoin('meetings as m', 'm.id', 'a.meeting_id')
    .select(ACTION_COLUMNS)
    .where(live('m'))
    .where('m.counterpart_code', '=', input.counterpartCode)
    .where('a.status', 'in', PENDING)
    .where('m.id', '!=', input.meetingId ?? '')
    .where((eb) => eb.not(carriedOn(eb, input.meetingId)));
  if (input.before) query = query.where('m.start_at', '<=', asLocalDateTime(input.before, desk.timeZone));
  const rows = await query.orderBy('m.event_date', 'desc').orderBy('a.sort').limit(200).execute();
  return rows.map((row) => actionRow({ ...row, overdue: row.due !== null && row.due < today }));
}

/**
 * The live meetings that name a record of a linkable kind (the meetings that discussed a repatriation case), newest
 * first, as log rows (facts and counts, never the text of an information item). The kinds are the engine's link
 * targets, so the record's kind needs no import of meetings, nor meetings of it.
 */
export async function meetingsLinkedTo(desk: MeetingDesk, target: { kind: string; id: string }): Promise<MeetingListRow[]> {
  if (!desk.linkTargets.some((linkable) => linkable.kind === target.kind))
    throw new EngineError(
      'invalid_input',
      { vi: 'Loại hồ sơ này không liên kết được với hội đàm.', en: 'Records of this kind are not linked to meetings.' },
      {
        kind: { vi: 'Loại hồ sơ không hợp lệ.', en: 'Not a kind of record.' },
      },
    );
  const db = meetingDb(desk.service);
  const ids = await linkingIds(db, target, 'meeting');
  if (!ids.length) return [];
  const rows = await withReview(db.selectFrom('meetings').where(live('meetings')).where('meetings.id', 'in', ids))
    .orderBy('event_date', 'desc')
    .orderBy('start_at', 'desc')
    .execute();
  return toRows(db, rows, readingFor(desk).today);
}
