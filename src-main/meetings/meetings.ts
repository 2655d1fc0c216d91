import { v7 as uuidv7 } from 'uuid';
import type { Bilingual, MeetingFieldsData, MeetingView, Role } from '../../src-shared/contract/index.js';
import { ACTION_STATUSES, CONFIDENTIAL_READERS, meetingFieldsSchema } from '../../src-shared/contract/index.js';
import { dateProblems, dayOf, delegationProblems, missingForSubmit } from '../../src-shared/meetings/rules.js';
import { foldForSearch } from '../../src-shared/text/fold.js';
import { EngineError } from '../kernel/engine-error.js';
import { changeRecord, lifecycle, recordRef, type ChangeInput, type RecordKind } from '../records/lifecycle.js';
import { saveLinks, type LinkTarget } from '../records/links.js';
import { live } from '../records/live.js';
import { startReview } from '../records/review.js';
import { newRecordColumns } from '../records/tables.js';
import { asLocalDateTime, localWallClock } from '../vault/local-day.js';
import type { VaultService } from '../vault/vault-service.js';
import { vaultErrors } from '../vault/vault-errors.js';
import { meetingDb, withMeetingTables, type MeetingTrx } from './db.js';
import { loadMeetingRow, loadMeetingView, type ReadingOf } from './view.js';

type Fields = MeetingFieldsData;
type ActionStatus = (typeof ACTION_STATUSES)[number];

/** Who is working on meetings, and how the office reads its clock: what every meeting operation needs. */
export interface MeetingDesk {
  service: VaultService;
  roles: readonly Role[];
  timeZone?: string;
  linkTargets: readonly LinkTarget[];
}

/** The office's wall clock now ("2026-12-02T10:15:00"). */
export const officeNow = (desk: MeetingDesk, instant = desk.service.open().timestamp()) => localWallClock(instant, desk.timeZone);

export const readingFor = (desk: MeetingDesk, instant?: string): ReadingOf => ({
  today: dayOf(officeNow(desk, instant)),
  confidential: desk.roles.some((role) => CONFIDENTIAL_READERS.includes(role)),
  linkTargets: desk.linkTargets,
});

/** Meetings, as the one record lifecycle sees them; read as `desk` may read them. */
export const meetingKind = (desk: MeetingDesk): RecordKind<MeetingTrx, MeetingView> => ({
  kind: 'meeting',
  table: 'meetings',
  tables: withMeetingTables,
  load: async (trx, id, now) => {
    const row = await loadMeetingRow(trx, id);
    return row && { row, view: await loadMeetingView(trx, row, readingFor(desk, now.toISOString())) };
  },
});

const invalid = (problems: Record<string, Bilingual>, vi = 'Có thông tin chưa hợp lệ. Hãy xem các ô được đánh dấu.', en = 'Some fields are not valid: see the marked fields.') => {
  if (Object.keys(problems).length) throw new EngineError('invalid_input', { vi, en }, problems);
};

/**
 * Everything the engine checks beyond the schema: the counterpart is a Cambodian office in the reference data,
 * dates agree with each other and with today, one head per delegation, and each carried-over action is a pending
 * action of an earlier meeting with the same counterpart, not carried anywhere else.
 */
async function checkFields(trx: MeetingTrx, fields: Fields, now: string, meetingId: string | null) {
  const problems: Record<string, Bilingual> = { ...dateProblems(fields, now), ...delegationProblems(fields) };
  const counterpart = await trx.selectFrom('reference_items').select(['data', 'active']).where('kind', '=', 'agency').where('code', '=', fields.counterpartCode).executeTakeFirst();
  if (!counterpart || counterpart.active !== 1 || (JSON.parse(counterpart.data) as { side?: string }).side !== 'KH')
    problems.counterpartCode = { vi: 'Hãy chọn một cơ quan phía Campuchia trong danh mục.', en: 'Choose a Cambodian office from the reference list.' };
  for (const [i, action] of fields.actions.entries()) {
    if (!action.carriedFrom) continue;
    const source = await trx
      .selectFrom('meeting_actions')
      .innerJoin('meetings', 'meetings.id', 'meeting_actions.meeting_id')
      .select(['meetings.id as meetingId', 'meetings.counterpart_code', 'meetings.start_at', 'meeting_actions.status'])
      .where('meeting_actions.id', '=', action.carriedFrom)
      .where(live('meetings'))
      .executeTakeFirst();
    const elsewhere = await trx
      .selectFrom('meeting_actions')
      .innerJoin('meetings', 'meetings.id', 'meeting_actions.meeting_id')
      .select('meetings.meeting_number')
      .where('meeting_actions.carried_from', '=', action.carriedFrom)
      .where('meetings.id', '!=', meetingId ?? '')
      .where(live('meetings'))
      .executeTakeFirst();
    if (!source || source.meetingId === meetingId || source.counterpart_code !== fields.counterpartCode || source.start_at > fields.startAt)
      problems[`actions.${i}.carriedFrom`] = {
        vi: 'Chỉ chuyển tiếp việc của một cuộc hội đàm trước với cùng cơ quan phía bạn.',
        en: 'Only an action of an earlier meeting with the same counterpart can be carried over.',
      };
    else if (elsewhere)
      problems[`actions.${i}.carriedFrom`] = {
        vi: `Việc này đã được chuyển sang cuộc ${elsewhere.meeting_number}.`,
        en: `This action was already carried over to ${elsewhere.meeting_number}.`,
      };
  }
  invalid(problems);
}

const meetingColumns = (fields: Fields, number: string) => {
  const searchable = [
    number,
    fields.place,
    fields.placeKm,
    ...fields.agenda.flatMap((item) => [item.text, item.textKm]),
    // Confidential text is never searchable: a hit would tell a reader who may not see it what it says.
    ...fields.exchanges.filter((item) => item.sensitivity === 'normal').flatMap((item) => [item.summary, item.summaryKm]),
    ...fields.actions.flatMap((action) => [action.text, action.owner]),
  ];
  return {
    type: fields.type,
    level: fields.level,
    counterpart_code: fields.counterpartCode,
    start_at: fields.startAt,
    end_at: fields.endAt,
    event_date: dayOf(fields.startAt),
    host: fields.host,
    place: fields.place,
    place_km: fields.placeKm,
    delegates: JSON.stringify(fields.delegates),
    agenda: JSON.stringify(fields.agenda),
    proposals: fields.proposals,
    notes: fields.notes,
    vn_delegates: fields.delegates.filter((d) => d.side === 'VN').length,
    kh_delegates: fields.delegates.filter((d) => d.side === 'KH').length,
    search_text: foldForSearch(searchable.filter(Boolean).join(' \u2063 ')),
  };
};

/** Writes the information items and actions of a meeting; actions keep their ids so carry-over links hold. */
async function writeItems(trx: MeetingTrx, meetingId: string, fields: Fields) {
  await trx.deleteFrom('meeting_exchanges').where('meeting_id', '=', meetingId).execute();
  if (fields.exchanges.length)
    await trx
      .insertInto('meeting_exchanges')
      .values(
        fields.exchanges.map((item, sort) => ({
          meeting_id: meetingId,
          sort,
          topic: item.topic,
          direction: item.direction,
          summary: item.summary,
          summary_km: item.summaryKm,
          sensitivity: item.sensitivity,
        })),
      )
      .execute();
  const existing = new Set((await trx.selectFrom('meeting_actions').select('id').where('meeting_id', '=', meetingId).execute()).map((row) => row.id));
  const problems: Record<string, Bilingual> = {};
  fields.actions.forEach((action, i) => {
    if (action.id && !existing.has(action.id)) problems[`actions.${i}.id`] = { vi: 'Việc này không thuộc cuộc hội đàm.', en: 'This action is not part of the meeting.' };
  });
  invalid(problems);
  const kept = new Set(fields.actions.flatMap((action) => (action.id ? [action.id] : [])));
  const removed = [...existing].filter((id) => !kept.has(id));
  if (removed.length) {
    const carried = await trx
      .selectFrom('meeting_actions')
      .innerJoin('meetings', 'meetings.id', 'meeting_actions.meeting_id')
      .select(['meetings.meeting_number'])
      .where('meeting_actions.carried_from', 'in', removed)
      .where(live('meetings'))
      .executeTakeFirst();
    if (carried)
      throw new EngineError('rule_violation', {
        vi: `Không xoá được việc đã được chuyển sang cuộc ${carried.meeting_number}.`,
        en: `An action carried over to ${carried.meeting_number} cannot be removed.`,
      });
    await trx.deleteFrom('meeting_actions').where('id', 'in', removed).execute();
  }
  for (const [sort, action] of fields.actions.entries()) {
    const columns = {
      sort,
      text: action.text,
      text_km: action.textKm,
      owner_side: action.ownerSide,
      owner: action.owner,
      owner_km: action.ownerKm,
      due: action.due,
      status: action.status,
      follow_ups: JSON.stringify(action.followUps),
      carried_from: action.carriedFrom,
    };
    if (action.id) await trx.updateTable('meeting_actions').set(columns).where('id', '=', action.id).execute();
    else
      await trx
        .insertInto('meeting_actions')
        .values({ id: uuidv7(), meeting_id: meetingId, ...columns })
        .execute();
  }
}

async function nextMeetingNumber(trx: MeetingTrx, year: string) {
  const prefix = `HD-${year}-`;
  const last = await trx.selectFrom('meetings').select('meeting_number').where('meeting_number', 'like', `${prefix}%`).orderBy('meeting_number', 'desc').executeTakeFirst();
  return `${prefix}${String(last ? Number(last.meeting_number.slice(prefix.length)) + 1 : 1).padStart(4, '0')}`;
}

/** Counts for the audit log: never names or text. */
const auditCounts = (fields: Fields) => ({
  delegates: fields.delegates.length,
  exchanges: fields.exchanges.length,
  confidential: fields.exchanges.filter((item) => item.sensitivity === 'confidential').length,
  actions: fields.actions.length,
  links: fields.links.length,
});

/** A date-time from any client as the office's wall clock, so the record and its day read the same everywhere. */
const normalised = (desk: MeetingDesk, fields: Fields): Fields => ({
  ...fields,
  startAt: asLocalDateTime(fields.startAt, desk.timeZone),
  endAt: fields.endAt && asLocalDateTime(fields.endAt, desk.timeZone),
});

export async function createMeeting(desk: MeetingDesk, input: Fields): Promise<MeetingView> {
  const fields = normalised(desk, input);
  const vault = desk.service.open();
  const actor = desk.service.actor();
  const by = actor.accountId!;
  const id = uuidv7();
  await vault.write(actor, async (raw, audit) => {
    const trx = withMeetingTables(raw);
    const at = vault.timestamp();
    await checkFields(trx, fields, officeNow(desk, at), null);
    const number = await nextMeetingNumber(trx, dayOf(fields.startAt).slice(0, 4));
    await trx
      .insertInto('meetings')
      .values({
        id,
        meeting_number: number,
        ...meetingColumns(fields, number),
        ...newRecordColumns(at, by),
      })
      .execute();
    await writeItems(trx, id, fields);
    await saveLinks(trx, { kind: 'meeting', id }, fields.links, desk.linkTargets);
    await startReview(trx, recordRef({ kind: 'meeting' }, id), by, at);
    await audit({ action: 'meeting.create', recordType: 'meeting', recordId: id, detail: auditCounts(fields) });
  });
  return getMeeting(desk, id, false);
}

/** Opens a meeting. Opening the full record is audited unless it is the echo of a save. */
export async function getMeeting(desk: MeetingDesk, id: string, auditView = true): Promise<MeetingView> {
  const db = meetingDb(desk.service);
  const row = await loadMeetingRow(db, id);
  if (!row) throw vaultErrors.notFound();
  if (auditView) await desk.service.audit({ action: 'meeting.view', recordType: 'meeting', recordId: id });
  return loadMeetingView(db, row, readingFor(desk));
}

const FIELD_NAMES = Object.keys(meetingFieldsSchema.shape) as (keyof Fields)[];

/** A field in the shape it is stored in (no derived parts, fixed key order), to tell what an update changed. */
function stored(name: keyof Fields, value: unknown): string {
  if (name === 'actions')
    return JSON.stringify(
      (value as Fields['actions']).map(({ id, text, textKm, ownerSide, owner, ownerKm, due, status, followUps, carriedFrom }) => ({
        id: id ?? null,
        text,
        textKm,
        ownerSide,
        owner,
        ownerKm,
        due,
        status,
        followUps,
        carriedFrom,
      })),
    );
  if (name === 'exchanges')
    return JSON.stringify((value as Fields['exchanges']).map(({ topic, direction, summary, summaryKm, sensitivity }) => ({ topic, direction, summary, summaryKm, sensitivity })));
  if (name === 'links') return JSON.stringify((value as Fields['links']).map(({ kind, id }) => ({ kind, id })));
  return JSON.stringify(value);
}

export async function updateMeeting(desk: MeetingDesk, input: ChangeInput & { fields: Fields; amendmentReason: string }): Promise<MeetingView> {
  const fields = normalised(desk, input.fields);
  await changeRecord(meetingKind(desk), desk.service, input, 'meeting.update', async ({ trx, current, at }) => {
    await checkFields(trx, fields, officeNow(desk, at), input.id);
    const changed = FIELD_NAMES.filter((name) => stored(name, current[name as keyof MeetingView]) !== stored(name, fields[name]));
    const number = current.meetingNumber;
    await trx.updateTable('meetings').set(meetingColumns(fields, number)).where('id', '=', input.id).execute();
    await writeItems(trx, input.id, fields);
    await saveLinks(trx, { kind: 'meeting', id: input.id }, fields.links, desk.linkTargets);
    return { changed, ...auditCounts(fields) };
  });
  return getMeeting(desk, input.id, false);
}

/**
 * Progress on an agreed action: its status and a dated note. It tracks what happens after the meeting rather than
 * changing what was agreed, so an approved meeting stays approved (the act is still versioned and audited).
 */
export async function followUpAction(desk: MeetingDesk, input: ChangeInput & { actionId: string; status: ActionStatus; note: string; on: string }): Promise<MeetingView> {
  await changeRecord(
    meetingKind(desk),
    desk.service,
    input,
    'meeting.follow_up',
    async ({ trx, current, at }) => {
      const action = current.actions.find((a) => a.id === input.actionId);
      if (!action) throw vaultErrors.notFound();
      const today = dayOf(officeNow(desk, at));
      if (input.on < current.eventDate || input.on > today)
        throw new EngineError(
          'invalid_input',
          { vi: 'Ngày theo dõi phải từ ngày hội đàm đến hôm nay.', en: 'The follow-up date must be between the meeting and today.' },
          { on: { vi: 'Ngày theo dõi phải từ ngày hội đàm đến hôm nay.', en: 'Between the meeting and today.' } },
        );
      if (!input.note.trim() && input.status === action.status)
        throw new EngineError(
          'invalid_input',
          { vi: 'Hãy ghi nội dung theo dõi hoặc đổi trạng thái.', en: 'Write a note or change the status.' },
          { note: { vi: 'Hãy ghi nội dung theo dõi.', en: 'Write a note.' } },
        );
      const followUps = input.note.trim() ? [...action.followUps, { on: input.on, note: input.note.trim() }] : action.followUps;
      await trx
        .updateTable('meeting_actions')
        .set({ status: input.status, follow_ups: JSON.stringify(followUps) })
        .where('id', '=', input.actionId)
        .execute();
      return { actionId: input.actionId, from: action.status, to: input.status };
    },
    { isAmendment: false },
  );
  return getMeeting(desk, input.id, false);
}

export async function submitMeeting(desk: MeetingDesk, input: ChangeInput) {
  await lifecycle.submit(meetingKind(desk), desk.service, input, (current) =>
    invalid(missingForSubmit(current), 'Biên bản chưa đủ thành phần để trình duyệt.', 'The meeting lacks delegates to be submitted.'),
  );
  return getMeeting(desk, input.id, false);
}

export async function approveMeeting(desk: MeetingDesk, input: ChangeInput) {
  await lifecycle.approve(meetingKind(desk), desk.service, input);
  return getMeeting(desk, input.id, false);
}

export async function returnMeeting(desk: MeetingDesk, input: ChangeInput & { comment: string }) {
  await lifecycle.return(meetingKind(desk), desk.service, input);
  return getMeeting(desk, input.id, false);
}

export async function commentOnMeeting(desk: MeetingDesk, input: { id: string; comment: string }) {
  await lifecycle.comment(meetingKind(desk), desk.service, input);
  return getMeeting(desk, input.id, false);
}

export async function deleteMeeting(desk: MeetingDesk, input: ChangeInput & { reason: string }) {
  await lifecycle.delete(meetingKind(desk), desk.service, input);
  return { deleted: true as const };
}
