import type { CaseListRow, RepatriationDirection, RepatriationStage, repatriationListFilter } from '../../src-shared/contract/index.js';
import type { z } from 'zod';
import type { VaultService } from '../vault/vault-service.js';
import { today } from './case-view.js';
import { repatriationDb } from './db.js';
import { matchingPeople } from './people-store.js';
import { isOverdue } from '../../src-shared/repatriations/workflow.js';

type Filter = z.output<typeof repatriationListFilter>;

/** One page of cases, newest request first. Lists carry no names: a name is seen only by opening a case (audited). */
export async function listCases(service: VaultService, filter: Filter): Promise<{ rows: CaseListRow[]; total: number }> {
  const db = repatriationDb(service);
  const day = today(new Date(service.open().timestamp()));
  let query = db.selectFrom('repatriation_cases').where('deleted_at', 'is', null);
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
        eb.exists(eb.selectFrom('case_members').select('case_members.case_id').whereRef('case_members.case_id', '=', 'repatriation_cases.id').where('case_members.person_id', 'in', people)),
      ]),
    );
  }
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll()
    .orderBy('requested_on', 'desc')
    .orderBy('id', 'desc')
    .offset(filter.offset)
    .limit(filter.limit)
    .execute();
  return {
    total: Number(total),
    rows: rows.map((row) => ({
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
    })),
  };
}
