import type { Selectable } from 'kysely';
import type { CaseMemberView, CaseView, RepatriationStage } from '../../src-shared/contract/index.js';
import { ageAt, isChildAt } from '../../src-shared/people/age.js';
import type { RepatriationDb, RepatriationTrx } from './db.js';
import { personView } from '../people/store.js';
import type { RepatriationTables } from './tables.js';
import { live } from '../records/live.js';
import { loadReview } from '../records/review.js';
import { listAttachments } from '../records/attachments.js';
import { issuedFor } from '../documents/register/register.js';
import { accountNames } from '../vault/accounts-store.js';
import { isOverdue } from '../../src-shared/repatriations/workflow.js';

type CaseRow = Selectable<RepatriationTables['repatriation_cases']>;

/** Child status and age at the event date, computed — never typed by hand. */
export function childFacts(birth: CaseMemberView['person']['birth'], eventDate: string) {
  const info = { exact: birth.exact ?? undefined, year: birth.year ?? undefined, estimatedAge: birth.estimatedAge ?? undefined };
  const age = ageAt(info, eventDate);
  return { child: isChildAt(info, eventDate), ageYears: age?.years ?? null, ageExact: age?.exact ?? false };
}

export const today = (now: Date) => now.toISOString().slice(0, 10);

export async function loadCaseRow(db: RepatriationDb | RepatriationTrx, id: string) {
  return db.selectFrom('repatriation_cases').selectAll().where('id', '=', id).where(live('repatriation_cases')).executeTakeFirst();
}

/** The whole case as the detail screen and the documents need it. */
export async function loadCaseView(db: RepatriationDb | RepatriationTrx, row: CaseRow, now: Date): Promise<CaseView> {
  const [members, details, history, name] = await Promise.all([
    db
      .selectFrom('case_members')
      .innerJoin('people', 'people.id', 'case_members.person_id')
      .selectAll('people')
      .select([
        'case_members.role',
        'case_members.exploitation_types',
        'case_members.means_of_control',
        'case_members.recruitment',
        'case_members.exploitation_place',
        'case_members.exploitation_country',
        'case_members.health_status',
        'case_members.health_note',
        'case_members.needs',
        'case_members.consent_to_share',
        'case_members.remarks',
      ])
      .where('case_members.case_id', '=', row.id)
      .orderBy('case_members.sort')
      .execute(),
    db.selectFrom('case_details').selectAll().where('case_id', '=', row.id).executeTakeFirstOrThrow(),
    db.selectFrom('case_stage_history').selectAll().where('case_id', '=', row.id).orderBy('id').execute(),
    accountNames(db),
  ]);
  const ref = { kind: 'repatriation', id: row.id };
  const review = await loadReview(db, ref, name);

  return {
    id: row.id,
    caseNumber: row.case_number,
    direction: row.direction as CaseView['direction'],
    stage: row.stage as RepatriationStage,
    requestSource: row.request_source as CaseView['requestSource'],
    counterpartReference: row.counterpart_reference,
    requestedOn: row.requested_on,
    verificationDeadline: row.verification_deadline,
    agreedDate: row.agreed_date,
    gateCode: row.gate_code,
    transportMode: row.transport_mode,
    handoverAt: row.handover_at,
    placeNote: row.place_note,
    dossierChecked: row.dossier_checked === 1,
    identityCheckDone: row.identity_check_done === 1,
    healthSummary: row.health_summary,
    summary: row.summary,
    delegations: JSON.parse(details.delegations),
    items: JSON.parse(details.items),
    referrals: JSON.parse(details.referrals),
    internalHandover: details.internal_handover ? JSON.parse(details.internal_handover) : null,
    eventDate: row.event_date,
    members: members.map((member) => {
      const person = personView(member);
      return {
        person,
        participation: {
          role: member.role,
          exploitationTypes: JSON.parse(member.exploitation_types),
          meansOfControl: JSON.parse(member.means_of_control),
          recruitment: member.recruitment,
          exploitationPlace: member.exploitation_place,
          exploitationCountry: member.exploitation_country,
          healthStatus: member.health_status,
          healthNote: member.health_note,
          needs: member.needs,
          consentToShare: member.consent_to_share === 1,
          remarks: member.remarks,
        },
        ...childFacts(person.birth, row.event_date),
      };
    }),
    history: history.map((change) => ({
      from: change.from_stage as RepatriationStage | null,
      to: change.to_stage as RepatriationStage,
      at: change.at,
      by: name(change.by),
      note: change.note,
    })),
    approved: row.approved_at ? { at: row.approved_at, by: name(row.approved_by) } : null,
    review,
    overdue: isOverdue(row.stage as RepatriationStage, row.verification_deadline, today(now)),
    attachments: await listAttachments(db, ref, name),
    documents: await issuedFor(db, ref, name),
    version: row.version,
    createdAt: row.created_at,
    createdBy: name(row.created_by),
    updatedAt: row.updated_at,
    updatedBy: name(row.updated_by),
  };
}
