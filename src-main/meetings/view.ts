import type { Selectable } from 'kysely';
import type { ActionStatus, AgreedActionView, ExchangeView, MeetingDelegate, MeetingView } from '../../src-shared/contract/index.js';
import { PENDING_ACTION_STATUSES } from '../../src-shared/contract/index.js';
import { issuedFor } from '../documents/register/register.js';
import { accountNames } from '../vault/accounts-store.js';
import { loadLinks, type LinkTarget } from '../records/links.js';
import { live } from '../records/live.js';
import { recordStamps } from '../records/view-stamps.js';
import type { MeetingDb, MeetingTrx } from './db.js';
import type { MeetingTables } from './tables.js';

export type MeetingRow = Selectable<MeetingTables['meetings']>;
export type ActionTableRow = Selectable<MeetingTables['meeting_actions']>;

/** How a meeting is read: the office's today (for overdue actions), whether the reader may see confidential text, what links resolve to. */
export interface ReadingOf {
  today: string;
  confidential: boolean;
  linkTargets: readonly LinkTarget[];
}

export const isPending = (status: string) => (PENDING_ACTION_STATUSES as readonly string[]).includes(status);
/** Past its due date and still to do. An action carried into a later meeting is followed up there, not here. */
export const actionOverdue = (action: { status: string; due: string | null }, today: string, carriedOn: boolean) =>
  !carriedOn && isPending(action.status) && action.due !== null && action.due < today;

export async function loadMeetingRow(db: MeetingDb | MeetingTrx, id: string) {
  return db.selectFrom('meetings').selectAll().where('id', '=', id).where(live('meetings')).executeTakeFirst();
}

/** Where each action was carried from and into (live meetings only), keyed by action id. */
async function carryLinks(db: MeetingDb | MeetingTrx, actions: ActionTableRow[]) {
  const ids = actions.map((a) => a.id);
  const fromIds = actions.flatMap((a) => (a.carried_from ? [a.carried_from] : []));
  const meetingOf = (rows: { action: string; id: string; number: string; date: string }[]) =>
    new Map(rows.map((row) => [row.action, { id: row.id, number: row.number, date: row.date }]));
  const source = fromIds.length
    ? await db
        .selectFrom('meeting_actions')
        .innerJoin('meetings', 'meetings.id', 'meeting_actions.meeting_id')
        .select(['meeting_actions.id as action', 'meetings.id as id', 'meetings.meeting_number as number', 'meetings.event_date as date'])
        .where('meeting_actions.id', 'in', fromIds)
        .where(live('meetings'))
        .execute()
    : [];
  const later = ids.length
    ? await db
        .selectFrom('meeting_actions')
        .innerJoin('meetings', 'meetings.id', 'meeting_actions.meeting_id')
        .select(['meeting_actions.carried_from as action', 'meetings.id as id', 'meetings.meeting_number as number', 'meetings.event_date as date'])
        .where('meeting_actions.carried_from', 'in', ids)
        .where(live('meetings'))
        .execute()
    : [];
  return { from: meetingOf(source), into: meetingOf(later.map((row) => ({ ...row, action: row.action ?? '' }))) };
}

export async function actionViews(db: MeetingDb | MeetingTrx, actions: ActionTableRow[], today: string): Promise<AgreedActionView[]> {
  const carry = await carryLinks(db, actions);
  return actions.map((action) => {
    const carriedInto = carry.into.get(action.id) ?? null;
    return {
      id: action.id,
      text: action.text,
      textKm: action.text_km,
      ownerSide: action.owner_side as AgreedActionView['ownerSide'],
      owner: action.owner,
      ownerKm: action.owner_km,
      due: action.due,
      status: action.status as ActionStatus,
      followUps: JSON.parse(action.follow_ups),
      carriedFrom: action.carried_from,
      overdue: actionOverdue(action, today, carriedInto !== null),
      carriedFromMeeting: action.carried_from ? (carry.from.get(action.carried_from) ?? null) : null,
      carriedInto,
    };
  });
}

/** The whole meeting as the detail screen and the documents need it; confidential text withheld unless `reading.confidential`. */
export async function loadMeetingView(db: MeetingDb | MeetingTrx, row: MeetingRow, reading: ReadingOf): Promise<MeetingView> {
  const ref = { kind: 'meeting', id: row.id };
  const name = await accountNames(db);
  const [exchanges, actions, documents, links] = await Promise.all([
    db.selectFrom('meeting_exchanges').selectAll().where('meeting_id', '=', row.id).orderBy('sort').execute(),
    db.selectFrom('meeting_actions').selectAll().where('meeting_id', '=', row.id).orderBy('sort').execute(),
    issuedFor(db, ref, name),
    loadLinks(db, ref, reading.linkTargets),
  ]);
  return {
    id: row.id,
    meetingNumber: row.meeting_number,
    type: row.type as MeetingView['type'],
    level: row.level as MeetingView['level'],
    counterpartCode: row.counterpart_code,
    startAt: row.start_at,
    endAt: row.end_at,
    eventDate: row.event_date,
    host: row.host as MeetingView['host'],
    place: row.place,
    placeKm: row.place_km,
    delegates: JSON.parse(row.delegates) as MeetingDelegate[],
    agenda: JSON.parse(row.agenda),
    exchanges: exchanges.map((item): ExchangeView => {
      const withheld = item.sensitivity === 'confidential' && !reading.confidential;
      return {
        topic: item.topic as ExchangeView['topic'],
        direction: item.direction as ExchangeView['direction'],
        summary: withheld ? '' : item.summary,
        summaryKm: withheld ? '' : item.summary_km,
        sensitivity: item.sensitivity as ExchangeView['sensitivity'],
        withheld,
      };
    }),
    actions: await actionViews(db, actions, reading.today),
    links: links as MeetingView['links'],
    proposals: row.proposals,
    notes: row.notes,
    documents,
    ...(await recordStamps(db, ref, row, name)),
  };
}
