import { v7 as uuidv7 } from 'uuid';
import {
  caseFieldsSchema,
  casePersonSchema,
  type Bilingual,
  type CaseMemberInput,
  type CaseView,
  type PersonData,
  type RepatriationStage,
} from '../../src-shared/contract/index.js';
import type { z } from 'zod';
import { EngineError } from '../kernel/engine-error.js';
import { CodeChecker } from '../reference/codes.js';
import type { AuditFn } from '../vault/open-vault.js';
import type { VaultService } from '../vault/vault-service.js';
import { vaultErrors } from '../vault/vault-errors.js';
import { childFacts, loadCaseRow, loadCaseView } from './case-view.js';
import { repatriationDb, withRepatriationTables, type RepatriationTrx } from './db.js';
import { insertPerson, personColumns } from '../people/store.js';
import { APPROVABLE, canMove, dateContradictionsFor, defaultVerificationDeadline, eventDate, missingFor } from '../../src-shared/repatriations/workflow.js';
import { changeRecord, lifecycle, recordRef, type ChangeInput, type ChangeStep, type RecordKind } from '../records/lifecycle.js';
import { startReview } from '../records/review.js';
import { newRecordColumns } from '../records/tables.js';

type Fields = z.output<typeof caseFieldsSchema>;
type Participation = z.output<typeof casePersonSchema>;
type Member = { person: PersonData; participation: Participation } | { personId: string; participation: Participation };

const CASE_KINDS = [
  'vocabulary:sex',
  'vocabulary:nationality',
  'vocabulary:case_person_role',
  'vocabulary:exploitation_type',
  'vocabulary:means_of_control',
  'vocabulary:recruitment_method',
  'vocabulary:health_status',
  'vocabulary:identity_document_type',
  'vocabulary:transport_mode',
  'vocabulary:support_service',
  'border_gate',
];

/** Every code in the case and its members must exist in the reference data. */
async function checkCodes(trx: RepatriationTrx, fields: Fields | null, members: { path: string; person?: PersonData; participation?: Participation }[]) {
  const codes = await CodeChecker.load(trx, CASE_KINDS);
  if (fields) {
    codes.check('border_gate', fields.gateCode, 'fields.gateCode');
    codes.check('vocabulary:transport_mode', fields.transportMode, 'fields.transportMode');
    fields.referrals.forEach((referral, i) => codes.check('vocabulary:support_service', referral.service, `fields.referrals.${i}.service`));
  }
  for (const { path, person, participation } of members) {
    if (person) {
      codes.check('vocabulary:sex', person.sex, `${path}.person.sex`);
      codes.check('vocabulary:nationality', person.nationality, `${path}.person.nationality`);
      person.idDocuments.forEach((doc, i) => codes.check('vocabulary:identity_document_type', doc.type, `${path}.person.idDocuments.${i}.type`));
    }
    if (participation) {
      codes.check('vocabulary:case_person_role', participation.role, `${path}.participation.role`);
      codes.checkAll('vocabulary:exploitation_type', participation.exploitationTypes, `${path}.participation.exploitationTypes`);
      codes.checkAll('vocabulary:means_of_control', participation.meansOfControl, `${path}.participation.meansOfControl`);
      codes.check('vocabulary:recruitment_method', participation.recruitment, `${path}.participation.recruitment`);
      codes.check('vocabulary:health_status', participation.healthStatus, `${path}.participation.healthStatus`);
      codes.check('vocabulary:nationality', participation.exploitationCountry, `${path}.participation.exploitationCountry`);
    }
  }
  if (!codes.ok) throw new EngineError('invalid_input', { vi: 'Có mã danh mục không hợp lệ.', en: 'Some reference codes are not valid.' }, codes.problems);
}

function caseColumns(fields: Fields) {
  return {
    direction: fields.direction,
    request_source: fields.requestSource,
    counterpart_reference: fields.counterpartReference,
    requested_on: fields.requestedOn,
    verification_deadline: fields.verificationDeadline ?? defaultVerificationDeadline(fields.requestedOn),
    agreed_date: fields.agreedDate,
    gate_code: fields.gateCode,
    transport_mode: fields.transportMode,
    handover_at: fields.handoverAt,
    place_note: fields.placeNote,
    dossier_checked: fields.dossierChecked ? 1 : 0,
    identity_check_done: fields.identityCheckDone ? 1 : 0,
    health_summary: fields.healthSummary,
    summary: fields.summary,
    event_date: eventDate(fields),
  };
}

const participationColumns = (p: Participation) => ({
  role: p.role,
  exploitation_types: JSON.stringify(p.exploitationTypes),
  means_of_control: JSON.stringify(p.meansOfControl),
  recruitment: p.recruitment,
  exploitation_place: p.exploitationPlace,
  exploitation_country: p.exploitationCountry,
  health_status: p.healthStatus,
  health_note: p.healthNote,
  needs: p.needs,
  consent_to_share: p.consentToShare ? 1 : 0,
  remarks: p.remarks,
});

const detailColumns = (fields: Fields) => ({
  delegations: JSON.stringify(fields.delegations),
  items: JSON.stringify(fields.items),
  referrals: JSON.stringify(fields.referrals),
  internal_handover: fields.internalHandover ? JSON.stringify(fields.internalHandover) : null,
});

/** Adds members to a case (new people are created; linked people must exist and not be in the case yet). */
export async function addMembers(trx: RepatriationTrx, caseId: string, members: Member[], at: string, by: string, audit: AuditFn) {
  const last = await trx
    .selectFrom('case_members')
    .select((eb) => eb.fn.max('sort').as('sort'))
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  let sort = Number(last?.sort ?? -1) + 1;
  const existing = new Set((await trx.selectFrom('case_members').select('person_id').where('case_id', '=', caseId).execute()).map((m) => m.person_id));
  const problems: Record<string, Bilingual> = {};
  for (const [index, member] of members.entries()) {
    let personId: string;
    if ('personId' in member) {
      const found = await trx.selectFrom('people').select('id').where('id', '=', member.personId).executeTakeFirst();
      if (!found) problems[`members.${index}.personId`] = { vi: 'Không tìm thấy người này.', en: 'Person not found.' };
      personId = member.personId;
    } else {
      personId = await insertPerson(trx, member.person, at, by);
      await audit({ action: 'person.create', recordType: 'person', recordId: personId, detail: { via: 'repatriation', caseId } });
    }
    if (existing.has(personId)) {
      problems[`members.${index}.personId`] = { vi: 'Người này đã có trong hồ sơ.', en: 'This person is already in the case.' };
      continue;
    }
    existing.add(personId);
    if (Object.keys(problems).length) continue;
    await trx
      .insertInto('case_members')
      .values({ case_id: caseId, person_id: personId, sort: sort++, ...participationColumns(member.participation) })
      .execute();
  }
  if (Object.keys(problems).length) throw new EngineError('invalid_input', { vi: 'Có người trong danh sách không thêm được.', en: 'Some people could not be added.' }, problems);
}

/** Recomputes the list columns that depend on members (counts, children at the event date). */
export async function refreshCounts(trx: RepatriationTrx, caseId: string) {
  const row = await trx.selectFrom('repatriation_cases').select('event_date').where('id', '=', caseId).executeTakeFirstOrThrow();
  const people = await trx
    .selectFrom('case_members')
    .innerJoin('people', 'people.id', 'case_members.person_id')
    .select(['people.birth_exact', 'people.birth_year', 'people.birth_est_years', 'people.birth_est_at'])
    .where('case_members.case_id', '=', caseId)
    .execute();
  const children = people.filter(
    (p) =>
      childFacts(
        { exact: p.birth_exact, year: p.birth_year, estimatedAge: p.birth_est_years !== null && p.birth_est_at ? { years: p.birth_est_years, at: p.birth_est_at } : null },
        row.event_date,
      ).child === true,
  ).length;
  await trx.updateTable('repatriation_cases').set({ person_count: people.length, child_count: children }).where('id', '=', caseId).execute();
}

async function nextCaseNumber(trx: RepatriationTrx, year: string) {
  const prefix = `HH-${year}-`;
  const last = await trx.selectFrom('repatriation_cases').select('case_number').where('case_number', 'like', `${prefix}%`).orderBy('case_number', 'desc').executeTakeFirst();
  const seq = last ? Number(last.case_number.slice(prefix.length)) + 1 : 1;
  return `${prefix}${String(seq).padStart(4, '0')}`;
}

const noPersons = () =>
  new EngineError(
    'rule_violation',
    { vi: 'Hồ sơ cần có ít nhất một người trước khi tạo.', en: 'A case needs at least one person before it is created.' },
    { members: { vi: 'Hãy thêm ít nhất một người.', en: 'Add at least one person.' } },
  );

/**
 * Creates a case with its people. The case number is taken inside the same transaction as the insert, so a case
 * that is refused (no persons, a bad code) never uses up a number.
 */
export async function createCase(service: VaultService, fields: Fields, members: Member[]): Promise<CaseView> {
  if (members.length === 0) throw noPersons();
  const vault = service.open();
  const actor = service.actor();
  let id = '';
  await vault.write(actor, async (raw, audit) => {
    id = (await insertCase(withRepatriationTables(raw), fields, members, { at: vault.timestamp(), by: actor.accountId!, audit })).id;
  });
  return getCase(service, id, false);
}

/**
 * A new case with its people, inside the caller's write transaction (a case opened from an interception commits
 * with it). The number is taken in the same transaction, so a refused case never uses one up.
 */
export async function insertCase(trx: RepatriationTrx, fields: Fields, members: Member[], stamp: { at: string; by: string; audit: AuditFn }) {
  const { at, by, audit } = stamp;
  const id = uuidv7();
  await checkCodes(
    trx,
    fields,
    members.map((m, i) => ({ path: `members.${i}`, person: 'person' in m ? m.person : undefined, participation: m.participation })),
  );
  const caseNumber = await nextCaseNumber(trx, fields.requestedOn.slice(0, 4));
  await trx
    .insertInto('repatriation_cases')
    .values({
      id,
      case_number: caseNumber,
      stage: 'requested',
      ...caseColumns(fields),
      person_count: 0,
      child_count: 0,
      ...newRecordColumns(at, by),
    })
    .execute();
  await trx
    .insertInto('case_details')
    .values({ case_id: id, ...detailColumns(fields) })
    .execute();
  await trx.insertInto('case_stage_history').values({ case_id: id, from_stage: null, to_stage: 'requested', at, by, note: '' }).execute();
  await addMembers(trx, id, members, at, by, audit);
  await refreshCounts(trx, id);
  await startReview(trx, recordRef(REPATRIATION, id), by, at);
  await audit({ action: 'repatriation.create', recordType: 'repatriation', recordId: id, detail: { persons: members.length, direction: fields.direction } });
  return { id, caseNumber };
}

/** Opens a case. Opening the full record (names of victims) is audited unless it is the echo of a save. */
export async function getCase(service: VaultService, id: string, auditView = true): Promise<CaseView> {
  const db = repatriationDb(service);
  const row = await loadCaseRow(db, id);
  if (!row) throw vaultErrors.notFound();
  if (auditView) await service.audit({ action: 'repatriation.view', recordType: 'repatriation', recordId: id });
  return loadCaseView(db, row, new Date(service.open().timestamp()));
}

/** Repatriation cases, as the one record lifecycle sees them. */
export const REPATRIATION: RecordKind<RepatriationTrx, CaseView> = {
  kind: 'repatriation',
  table: 'repatriation_cases',
  tables: withRepatriationTables,
  load: async (trx, id, now) => {
    const row = await loadCaseRow(trx, id);
    return row && { row, view: await loadCaseView(trx, row, now) };
  },
  afterChange: refreshCounts,
};

/** Applies a change through the record lifecycle and returns the case as saved. */
async function changeCase(service: VaultService, input: ChangeInput, action: string, step: ChangeStep<RepatriationTrx, CaseView>): Promise<CaseView> {
  await changeRecord(REPATRIATION, service, input, action, step);
  return getCase(service, input.id, false);
}

const FIELD_NAMES = Object.keys(caseFieldsSchema.shape) as (keyof Fields)[];

export function updateCase(service: VaultService, input: { id: string; version: number; fields: Fields; amendmentReason: string }) {
  return changeCase(service, input, 'repatriation.update', async ({ trx, current }) => {
    const fields = { ...input.fields, verificationDeadline: input.fields.verificationDeadline ?? defaultVerificationDeadline(input.fields.requestedOn) };
    await checkCodes(trx, fields, []);
    const changed = FIELD_NAMES.filter((name) => JSON.stringify(current[name]) !== JSON.stringify(fields[name]));
    await trx.updateTable('repatriation_cases').set(caseColumns(fields)).where('id', '=', input.id).execute();
    await trx.updateTable('case_details').set(detailColumns(fields)).where('case_id', '=', input.id).execute();
    return { changed };
  });
}

export function addCaseMembers(service: VaultService, input: { id: string; version: number; members: Member[]; amendmentReason: string }) {
  return changeCase(service, input, 'repatriation.add_members', async ({ trx, audit, at, by }) => {
    await checkCodes(
      trx,
      null,
      input.members.map((m, i) => ({ path: `members.${i}`, person: 'person' in m ? m.person : undefined, participation: m.participation })),
    );
    await addMembers(trx, input.id, input.members, at, by, audit);
    return { added: input.members.length };
  });
}

export function updateCaseMember(
  service: VaultService,
  input: { id: string; version: number; personId: string; personVersion: number; person: PersonData; participation: Participation; amendmentReason: string },
) {
  return changeCase(service, input, 'repatriation.update_member', async ({ trx, current, audit, at, by }) => {
    const member = current.members.find((m) => m.person.id === input.personId);
    if (!member) throw vaultErrors.notFound();
    if (member.person.version !== input.personVersion) throw vaultErrors.conflict({ current, updatedBy: current.updatedBy, updatedAt: current.updatedAt });
    await checkCodes(trx, null, [{ path: 'member', person: input.person, participation: input.participation }]);
    // Which fields changed, never their values: names and birth dates of victims stay out of the audit log.
    const personChanged = (Object.keys(input.person) as (keyof PersonData)[]).filter((key) => JSON.stringify(member.person[key]) !== JSON.stringify(input.person[key]));
    const participationChanged = (Object.keys(input.participation) as (keyof Participation)[]).filter(
      (key) => JSON.stringify(member.participation[key]) !== JSON.stringify(input.participation[key]),
    );
    if (personChanged.length) {
      await trx
        .updateTable('people')
        .set({ ...personColumns(input.person), version: input.personVersion + 1, updated_at: at, updated_by: by })
        .where('id', '=', input.personId)
        .execute();
      await audit({ action: 'person.update', recordType: 'person', recordId: input.personId, detail: { changed: personChanged } });
    }
    await trx.updateTable('case_members').set(participationColumns(input.participation)).where('case_id', '=', input.id).where('person_id', '=', input.personId).execute();
    return { personId: input.personId, changed: [...personChanged, ...participationChanged] };
  });
}

export function removeCaseMember(service: VaultService, input: { id: string; version: number; personId: string; amendmentReason: string }) {
  return changeCase(service, input, 'repatriation.remove_member', async ({ trx }) => {
    const result = await trx.deleteFrom('case_members').where('case_id', '=', input.id).where('person_id', '=', input.personId).executeTakeFirst();
    if (!result.numDeletedRows) throw vaultErrors.notFound();
    return { personId: input.personId };
  });
}

export function moveCase(service: VaultService, input: { id: string; version: number; to: RepatriationStage; note: string }) {
  return changeCase(service, input, 'repatriation.move', async ({ trx, current, at, by }) => {
    if (!canMove(current.stage, input.to))
      throw new EngineError('rule_violation', {
        vi: `Không thể chuyển hồ sơ từ bước "${current.stage}" sang "${input.to}".`,
        en: `A case cannot move from "${current.stage}" to "${input.to}".`,
      });
    const contradictions = dateContradictionsFor(input.to, current, new Date(at));
    if (Object.keys(contradictions).length)
      throw new EngineError(
        'rule_violation',
        { vi: 'Ngày trong hồ sơ mâu thuẫn với bước này: hãy sửa ngày trước.', en: 'A date in the case contradicts this step: correct the date first.' },
        contradictions,
      );
    const missing = missingFor(input.to, {
      agreedDate: current.agreedDate,
      gateCode: current.gateCode,
      transportMode: current.transportMode,
      handoverAt: current.handoverAt,
      identityCheckDone: current.identityCheckDone,
      members: current.members.length,
      delegationHeads: {
        VN: current.delegations.some((d) => d.side === 'VN' && d.isHead),
        KH: current.delegations.some((d) => d.side === 'KH' && d.isHead),
      },
      referrals: current.referrals.length,
    });
    if (Object.keys(missing).length)
      throw new EngineError('rule_violation', { vi: 'Hồ sơ chưa đủ thông tin để chuyển bước.', en: 'The case lacks information for this step.' }, missing);
    await trx.updateTable('repatriation_cases').set({ stage: input.to }).where('id', '=', input.id).execute();
    await trx.insertInto('case_stage_history').values({ case_id: input.id, from_stage: current.stage, to_stage: input.to, at, by, note: input.note }).execute();
    return { from: current.stage, to: input.to };
  });
}

/** The commander approves the handover record; from then on every change is an amendment with a reason. */
export async function approveCase(service: VaultService, input: ChangeInput) {
  await lifecycle.approve(REPATRIATION, service, input, (current) => {
    if (!APPROVABLE.includes(current.stage)) throw new EngineError('rule_violation', { vi: 'Chỉ phê duyệt hồ sơ đã bàn giao.', en: 'Only a handed-over record can be approved.' });
  });
  return getCase(service, input.id, false);
}

/** The author sends the case to the commander for approval. */
export async function submitCase(service: VaultService, input: ChangeInput) {
  await lifecycle.submit(REPATRIATION, service, input);
  return getCase(service, input.id, false);
}

/** The commander returns the case to its author with a comment saying what to fix. */
export async function returnCase(service: VaultService, input: ChangeInput & { comment: string }) {
  await lifecycle.return(REPATRIATION, service, input);
  return getCase(service, input.id, false);
}

export async function commentOnCase(service: VaultService, input: { id: string; comment: string }) {
  await lifecycle.comment(REPATRIATION, service, input);
  return getCase(service, input.id, false);
}

export async function deleteCase(service: VaultService, input: ChangeInput & { reason: string }) {
  await lifecycle.delete(REPATRIATION, service, input);
  return { deleted: true as const };
}

export type { Member, CaseMemberInput };
