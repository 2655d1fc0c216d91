import type { CaseListRow, HomeCaseRow, RepatriationDirection, RepatriationHome, RepatriationStage, repatriationListFilter } from '../../src-shared/contract/index.js';
import type { Selectable } from 'kysely';
import { reviewStatus, type ReviewState } from '../../src-shared/records/review.js';
import type { RepatriationDb } from './db.js';
import type { RepatriationTables } from './tables.js';
import type { z } from 'zod';
import type { VaultService } from '../vault/vault-service.js';
import { today } from './case-view.js';
import { repatriationDb } from './db.js';
import { matchingPeople } from '../people/store.js';
import { isOverdue } from '../../src-shared/repatriations/workflow.js';
import { live } from '../records/live.js';

type Filter = z.output<typeof repatriationListFilter>;

/** One page of cases, newest request first. Lists carry no names: a name is seen only by opening a case (audited). */
export async function listCases(service: VaultService, filter: Filter): Promise<{ rows: CaseListRow[]; total: number }> {
  const db = repatriationDb(service);
  const day = today(new Date(service.open().timestamp()));
  let query = db.selectFrom('repatriation_cases').where(live('repatriation_cases'));
  if (filter.stages.length) query = query.where('stage', 'in', filter.stages);
  if (filter.direction) query = query.where('direction', '=', filter.direction);
  if (filter.from) query = query.where('event_date', '>=', filter.from);
  if (filter.to) query = query.where('event_date', '<=', filter.to);
  if (filter.gateCode) query = query.where('gate_code', '=', filter.gateCode);
  if (filter.childrenOnly) query = query.where('child_count', '>', 0);
  if (filter.overdueOnly) query = query.where('stage', 'in', ['requested', 'verifying']).where('verification_deadline', '<', day);
  if (filter.query) {
    const people = matchingPeople(db, filter.query);
    const text = filter.query.trim().toUpperCase();
    query = query.where((eb) =>
      eb.or([
        eb('case_number', 'like', `%${text.replace(/[%_]/g, '')}%`),
        eb.exists(
          eb.selectFrom('case_members').select('case_members.case_id').whereRef('case_members.case_id', '=', 'repatriation_cases.id').where('case_members.person_id', 'in', people),
        ),
      ]),
    );
  }
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await query.selectAll().orderBy('requested_on', 'desc').orderBy('id', 'desc').offset(filter.offset).limit(filter.limit).execute();
  return {
    total: Number(total),
    rows: rows.map((row) => listRow(row, day)),
  };
}

type CaseRow = Selectable<RepatriationTables['repatriation_cases']>;

function listRow(row: CaseRow, day: string): CaseListRow {
  return {
    id: row.id,
    caseNumber: row.case_number,
    direction: row.direction as RepatriationDirection,
    stage: row.stage as RepatriationStage,
    requestedOn: row.requested_on,
    agreedDate: row.agreed_date,
    gateCode: row.gate_code,
    persons: row.person_count,
    children: row.child_count,
    verificationDeadline: row.verification_deadline,
    overdue: isOverdue(row.stage as RepatriationStage, row.verification_deadline, day),
    approved: row.approved_at !== null,
    updatedAt: row.updated_at,
  };
}

const HOME_LIMIT = 50;
const OPEN_STAGES: RepatriationStage[] = ['requested', 'verifying', 'agreed', 'handed_over', 'referred'];

/** Live cases joined with their review state (a case without a review row is a draft). */
function casesWithReview(db: RepatriationDb) {
  return db
    .selectFrom('repatriation_cases')
    .leftJoin('record_reviews', (join) => join.onRef('record_reviews.record_id', '=', 'repatriation_cases.id').on('record_reviews.record_kind', '=', 'repatriation'))
    .selectAll('repatriation_cases')
    .select(['record_reviews.state as review_state', 'record_reviews.changed_since_approval'])
    .where(live('repatriation_cases'));
}

/**
 * The home pages' lists: the officer's open cases and overdue deadlines, the commander's queue (waiting, oldest
 * first) and returned cases, the liaison's agreed cases whose minutes are not printed yet.
 */
export async function homeSummary(service: VaultService): Promise<RepatriationHome> {
  const db = repatriationDb(service);
  const me = service.actor().accountId!;
  const day = today(new Date(service.open().timestamp()));
  const commander = service.currentSession()?.roles.includes('commander') ?? false;
  const accounts = new Map((await db.selectFrom('accounts').select(['id', 'display_name']).execute()).map((a) => [a.id, a.display_name]));

  const [mine, overdue, waiting, returned, toPrint] = await Promise.all([
    casesWithReview(db)
      .where('repatriation_cases.created_by', '=', me)
      .where('stage', 'in', OPEN_STAGES)
      .orderBy('repatriation_cases.updated_at', 'desc')
      .limit(HOME_LIMIT)
      .execute(),
    casesWithReview(db).where('stage', 'in', ['requested', 'verifying']).where('verification_deadline', '<', day).orderBy('verification_deadline').limit(HOME_LIMIT).execute(),
    casesWithReview(db).where('record_reviews.state', '=', 'submitted').orderBy('record_reviews.updated_at').limit(HOME_LIMIT).execute(),
    (commander ? casesWithReview(db) : casesWithReview(db).where('repatriation_cases.created_by', '=', me))
      .where('record_reviews.state', '=', 'returned')
      .orderBy('record_reviews.updated_at', 'desc')
      .limit(HOME_LIMIT)
      .execute(),
    casesWithReview(db)
      .where('stage', 'in', ['agreed', 'handed_over'])
      .where((eb) =>
        eb.not(
          eb.exists(
            eb
              .selectFrom('document_register')
              .select('document_register.record_id')
              .whereRef('document_register.record_id', '=', 'repatriation_cases.id')
              .where('document_register.record_type', '=', 'repatriation')
              .where('document_register.template', '=', 'handover_minutes'),
          ),
        ),
      )
      .orderBy('agreed_date')
      .limit(HOME_LIMIT)
      .execute(),
  ]);

  const returnComments = await lastReturns(
    db,
    returned.map((row) => row.id),
  );
  const home = (rows: typeof mine): HomeCaseRow[] =>
    rows.map((row) => {
      const state = (row.review_state ?? 'draft') as ReviewState;
      const back = returnComments.get(row.id);
      return {
        ...listRow(row, day),
        review: reviewStatus({ state, changedSinceApproval: row.changed_since_approval === 1, events: [] }),
        returned: state === 'returned' && back ? { comment: back.text, by: accounts.get(back.by) ?? back.by, at: back.at } : null,
      };
    });
  return { mine: home(mine), overdue: home(overdue), waiting: home(waiting), returned: home(returned), toPrint: home(toPrint) };
}

/** The latest return comment of each case. */
async function lastReturns(db: RepatriationDb, ids: string[]) {
  const found = new Map<string, { text: string; by: string; at: string }>();
  if (!ids.length) return found;
  const events = await db
    .selectFrom('record_events')
    .select(['record_id', 'text', 'by', 'at'])
    .where('record_kind', '=', 'repatriation')
    .where('kind', '=', 'return')
    .where('record_id', 'in', ids)
    .orderBy('id')
    .execute();
  for (const event of events) found.set(event.record_id, { text: event.text, by: event.by, at: event.at });
  return found;
}
