import type { Transaction } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { Bilingual, InterceptionFieldsData, InterceptionView, PersonData, Role } from '../../src-shared/contract/index.js';
import { interceptionFieldsSchema, REPATRIATION_DIRECTIONS } from '../../src-shared/contract/index.js';
import { dayOf, missingForSubmit, peopleProblems, whenProblems, whereProblems, type BorderBox } from '../../src-shared/interceptions/rules.js';
import { screen, screeningRulesFrom, type ScreeningRule } from '../../src-shared/interceptions/screening.js';
import { foldForSearch } from '../../src-shared/text/fold.js';
import { EngineError } from '../kernel/engine-error.js';
import type { PersonRecordSource } from '../people/history.js';
import { personView, savePersonEntry } from '../people/store.js';
import { CodeChecker } from '../reference/codes.js';
import { changeRecord, recordRef, reviewActs, type ChangeInput, type RecordKind } from '../records/lifecycle.js';
import { startReview } from '../records/review.js';
import { newRecordColumns } from '../records/tables.js';
import type { OpenVictimCase } from '../records/victim-cases.js';
import { asLocalDateTime, localWallClock } from '../vault/local-day.js';
import type { AuditFn } from '../vault/open-vault.js';
import type { VaultTables } from '../vault/tables.js';
import type { VaultService } from '../vault/vault-service.js';
import { vaultErrors } from '../vault/vault-errors.js';
import { interceptionDb, withInterceptionTables, type InterceptionTrx } from './db.js';
import { ageFacts, loadInterceptionRow, loadInterceptionView } from './view.js';

type Fields = InterceptionFieldsData;

/** Who is working on interceptions, how the office reads its clock, and what the composition root wired in. */
export interface InterceptionDesk {
  service: VaultService;
  roles: readonly Role[];
  timeZone?: string;
  /** Where people figure in records (a person's other records on the view). */
  personRecords: readonly PersonRecordSource[];
  /** Opens or extends a victim case (the repatriation kind answers; never imported here). */
  victimCases: OpenVictimCase | null;
}

export const officeNow = (desk: InterceptionDesk, instant = desk.service.open().timestamp()) => localWallClock(instant, desk.timeZone);

/** Interceptions, as the one record lifecycle sees them. */
export const interceptionKind = (desk: InterceptionDesk): RecordKind<InterceptionTrx, InterceptionView> => ({
  kind: 'interception',
  table: 'interceptions',
  tables: withInterceptionTables,
  load: async (trx, id) => {
    const row = await loadInterceptionRow(trx, id);
    return row && { row, view: await loadInterceptionView(trx, row, desk.personRecords) };
  },
});

const invalid = (problems: Record<string, Bilingual>, vi = 'Có thông tin chưa hợp lệ. Hãy xem các ô được đánh dấu.', en = 'Some fields are not valid: see the marked fields.') => {
  if (Object.keys(problems).length) throw new EngineError('invalid_input', { vi, en }, problems);
};

const CODE_KINDS = [
  'vocabulary:crossing_method',
  'vocabulary:identity_document_type',
  'vocabulary:nationality',
  'vocabulary:travel_purpose',
  'vocabulary:trafficking_indicator',
  'vocabulary:perpetrator_role',
  'vocabulary:transport_mode',
  'vocabulary:sex',
];

/** Every code in the record is in the reference data. */
async function codeProblems(trx: InterceptionTrx, fields: Fields) {
  const codes = await CodeChecker.load(trx, CODE_KINDS);
  const personCodes = (person: PersonData | null, path: string) => {
    if (!person) return;
    codes.check('vocabulary:sex', person.sex, `${path}.person.sex`);
    codes.check('vocabulary:nationality', person.nationality, `${path}.person.nationality`);
    person.idDocuments.forEach((doc, i) => codes.check('vocabulary:identity_document_type', doc.type, `${path}.person.idDocuments.${i}.type`));
  };
  codes.check('vocabulary:crossing_method', fields.crossingMethod, 'crossingMethod');
  fields.persons.forEach((p, i) => {
    personCodes(p.person, `persons.${i}`);
    p.documentsCarried.forEach((doc, j) => codes.check('vocabulary:identity_document_type', doc.type, `persons.${i}.documentsCarried.${j}.type`));
    codes.check('vocabulary:nationality', p.destinationCountry, `persons.${i}.destinationCountry`);
    codes.check('vocabulary:travel_purpose', p.purpose, `persons.${i}.purpose`);
    p.screening.forEach((a, j) => codes.check('vocabulary:trafficking_indicator', a.indicator, `persons.${i}.screening.${j}.indicator`));
  });
  fields.facilitators.forEach((f, i) => {
    personCodes(f.person, `facilitators.${i}`);
    codes.check('vocabulary:perpetrator_role', f.role, `facilitators.${i}.role`);
  });
  fields.vehicles.forEach((v, i) => codes.check('vocabulary:transport_mode', v.type, `vehicles.${i}.type`));
  return codes.problems;
}

/** The border area of the office's province (reference data), when it has one. */
async function officeBorderBox(trx: InterceptionTrx): Promise<BorderBox | null> {
  const row = await trx
    .selectFrom('office_profile')
    .innerJoin('reference_items', (join) => join.onRef('reference_items.code', '=', 'office_profile.province_code').on('reference_items.kind', '=', 'admin_unit'))
    .select('reference_items.data')
    .executeTakeFirst();
  const box = row ? (JSON.parse(row.data) as { borderBox?: BorderBox }).borderBox : undefined;
  return box ?? null;
}

/** The screening rules in force: the reference rows of the `screening_rule` vocabulary. */
export async function loadScreeningRules(trx: InterceptionTrx): Promise<ScreeningRule[]> {
  const rows = await trx.selectFrom('reference_items').selectAll().where('kind', '=', 'vocabulary:screening_rule').execute();
  return screeningRulesFrom(
    rows.map((row) => ({
      code: row.code,
      labelVi: row.label_vi,
      labelKm: row.label_km,
      labelEn: row.label_en,
      active: row.active === 1,
      sort: row.sort,
      data: JSON.parse(row.data),
    })),
  );
}

/** Everything the engine checks beyond the schema, all problems at once. */
async function checkFields(trx: InterceptionTrx, fields: Fields, now: string) {
  invalid({ ...whenProblems(fields, now), ...whereProblems(fields, await officeBorderBox(trx)), ...peopleProblems(fields), ...(await codeProblems(trx, fields)) });
}

const interceptionColumns = (fields: Fields) => ({
  at: fields.at,
  event_date: dayOf(fields.at),
  marker: fields.marker,
  marker_key: foldForSearch(fields.marker),
  coordinates: fields.coordinates && JSON.stringify(fields.coordinates),
  place_description: fields.placeDescription,
  unit: fields.unit,
  unit_key: foldForSearch(fields.unit),
  direction: fields.direction,
  crossing_method: fields.crossingMethod,
  vehicles: JSON.stringify(fields.vehicles),
  items: JSON.stringify(fields.items),
  notes: fields.notes,
});

const NO_PERSONS = { child: 0, returned: 0, sanction: 0, investigation: 0, victim: 0, noOutcome: 0, none: 0, some: 0, strong: 0 };

/** The per-person counts the list filters and its statistics read. */
const countColumns = (persons: number, c: typeof NO_PERSONS) => ({
  person_count: persons,
  child_count: c.child,
  returned_count: c.returned,
  sanction_count: c.sanction,
  investigation_count: c.investigation,
  victim_count: c.victim,
  no_outcome_count: c.noOutcome,
  none_count: c.none,
  some_count: c.some,
  strong_count: c.strong,
});

/** An intercepted person's entry without who they are: what is stored beside the person. */
const detailsOf = ({ personId: _id, personVersion: _v, person: _p, ...details }: Fields['persons'][number]) => details;

/**
 * Writes the persons and facilitators (new people created, corrections saved), screens each person under the
 * rules in force, and recomputes the counts the list reads. A person's victim case stays with them across saves.
 */
async function writePersons(trx: InterceptionTrx, id: string, fields: Fields, stamp: { at: string; by: string; audit: AuditFn }) {
  const kept = new Map(
    (await trx.selectFrom('interception_persons').select(['person_id', 'victim_case_id']).where('interception_id', '=', id).where('part', '=', 'intercepted').execute()).map(
      (r) => [r.person_id, r.victim_case_id],
    ),
  );
  await trx.deleteFrom('interception_persons').where('interception_id', '=', id).execute();
  const problems: Record<string, Bilingual> = {};
  const via = { via: 'interception', interceptionId: id };
  const personIds = [];
  for (const [i, p] of fields.persons.entries()) personIds.push(await savePersonEntry(trx, p, `persons.${i}`, { ...stamp, via }, problems));
  const facilitatorIds = [];
  for (const [i, f] of fields.facilitators.entries()) facilitatorIds.push(await savePersonEntry(trx, f, `facilitators.${i}`, { ...stamp, via }, problems));
  const ids = [...personIds, ...facilitatorIds].filter((x): x is string => x !== null);
  if (new Set(ids).size !== ids.length) problems.persons = { vi: 'Một người được ghi hai lần trong hồ sơ.', en: 'A person is listed twice in the record.' };
  invalid(problems, 'Có người trong danh sách không lưu được.', 'Some people could not be saved.');

  const rules = await loadScreeningRules(trx);
  const births = new Map(
    (
      await trx
        .selectFrom('people')
        .selectAll()
        .where('id', 'in', ids.length ? ids : [''])
        .execute()
    ).map((row) => [row.id, personView(row).birth]),
  );
  const eventDate = dayOf(fields.at);
  const counts = { ...NO_PERSONS };
  for (const [sort, p] of fields.persons.entries()) {
    const personId = personIds[sort]!;
    const { child } = ageFacts(births.get(personId)!, eventDate);
    const result = screen(p.screening, { child, guardianPresent: p.guardianPresent }, rules);
    counts[result.level]++;
    if (child) counts.child++;
    if (p.outcomes.includes('returned_across_line')) counts.returned++;
    if (p.outcomes.includes('administrative_sanction')) counts.sanction++;
    if (p.outcomes.includes('referred_for_investigation')) counts.investigation++;
    if (p.outcomes.includes('possible_victim')) counts.victim++;
    if (!p.outcomes.length) counts.noOutcome++;
    await trx
      .insertInto('interception_persons')
      .values({
        interception_id: id,
        person_id: personId,
        part: 'intercepted',
        sort,
        role: '',
        child: child === null ? null : child ? 1 : 0,
        screening_level: result.level,
        details: JSON.stringify(detailsOf(p)),
        screening_result: JSON.stringify(result),
        victim_case_id: kept.get(personId) ?? null,
      })
      .execute();
  }
  for (const [sort, f] of fields.facilitators.entries())
    await trx
      .insertInto('interception_persons')
      .values({
        interception_id: id,
        person_id: facilitatorIds[sort]!,
        part: 'facilitator',
        sort,
        role: f.role,
        child: null,
        screening_level: null,
        details: JSON.stringify({ note: f.note }),
        screening_result: null,
        victim_case_id: null,
      })
      .execute();
  await trx.updateTable('interceptions').set(countColumns(fields.persons.length, counts)).where('id', '=', id).execute();
}

async function nextNumber(trx: InterceptionTrx, year: string) {
  const prefix = `NC-${year}-`;
  const last = await trx
    .selectFrom('interceptions')
    .select('interception_number')
    .where('interception_number', 'like', `${prefix}%`)
    .orderBy('interception_number', 'desc')
    .executeTakeFirst();
  return `${prefix}${String(last ? Number(last.interception_number.slice(prefix.length)) + 1 : 1).padStart(4, '0')}`;
}

/** Counts for the audit log: never names or text. */
const auditCounts = (fields: Fields) => ({
  persons: fields.persons.length,
  facilitators: fields.facilitators.length,
  vehicles: fields.vehicles.length,
  items: fields.items.length,
  direction: fields.direction,
});

const normalised = (desk: InterceptionDesk, fields: Fields): Fields => ({ ...fields, at: asLocalDateTime(fields.at, desk.timeZone) });

export async function createInterception(desk: InterceptionDesk, input: Fields): Promise<InterceptionView> {
  const fields = normalised(desk, input);
  const vault = desk.service.open();
  const actor = desk.service.actor();
  const by = actor.accountId!;
  const id = uuidv7();
  await vault.write(actor, async (raw, audit) => {
    const trx = withInterceptionTables(raw);
    const at = vault.timestamp();
    await checkFields(trx, fields, officeNow(desk, at));
    await trx
      .insertInto('interceptions')
      .values({
        id,
        interception_number: await nextNumber(trx, dayOf(fields.at).slice(0, 4)),
        ...interceptionColumns(fields),
        ...countColumns(0, NO_PERSONS),
        ...newRecordColumns(at, by),
      })
      .execute();
    await writePersons(trx, id, fields, { at, by, audit });
    await startReview(trx, recordRef({ kind: 'interception' }, id), by, at);
    await audit({ action: 'interception.create', recordType: 'interception', recordId: id, detail: auditCounts(fields) });
  });
  return getInterception(desk, id, false);
}

/** Opens an interception. Opening the full record (names, screening) is audited unless it is the echo of a save. */
export async function getInterception(desk: InterceptionDesk, id: string, auditView = true): Promise<InterceptionView> {
  const db = interceptionDb(desk.service);
  const row = await loadInterceptionRow(db, id);
  if (!row) throw vaultErrors.notFound();
  if (auditView) await desk.service.audit({ action: 'interception.view', recordType: 'interception', recordId: id });
  return loadInterceptionView(db, row, desk.personRecords);
}

const FIELD_NAMES = Object.keys(interceptionFieldsSchema.shape) as (keyof Fields)[];

/** A field as stored (people by id, without derived parts), to tell what an update changed. */
function stored(name: keyof Fields, value: unknown): string {
  if (name === 'persons') return JSON.stringify((value as Fields['persons']).map((p) => ({ id: p.personId, ...detailsOf(p) })));
  if (name === 'facilitators')
    return JSON.stringify(
      (value as { personId?: string | null; person: { id?: string } | null; role: string; note: string }[]).map((f) => [f.personId ?? f.person?.id ?? null, f.role, f.note]),
    );
  return JSON.stringify(value);
}

/** Only the fields of the view that the form sends back. */
const viewDetails = (view: InterceptionView, name: keyof Fields) => {
  if (name !== 'persons') return view[name];
  return view.persons.map(({ person, child: _c, ageYears: _a, screeningResult: _s, victimCase: _v, otherRecords: _o, ...details }) => ({
    personId: person.id,
    personVersion: null,
    person: null,
    ...details,
  }));
};

export async function updateInterception(desk: InterceptionDesk, input: ChangeInput & { fields: Fields; amendmentReason: string }): Promise<InterceptionView> {
  const fields = normalised(desk, input.fields);
  await changeRecord(interceptionKind(desk), desk.service, input, 'interception.update', async ({ trx, current, at, by, audit }) => {
    await checkFields(trx, fields, officeNow(desk, at));
    const changed = FIELD_NAMES.filter(
      (name) => stored(name, viewDetails(current, name)) !== stored(name, fields[name]) || (name === 'persons' && fields.persons.some((p) => p.person)),
    );
    await trx.updateTable('interceptions').set(interceptionColumns(fields)).where('id', '=', input.id).execute();
    await writePersons(trx, input.id, fields, { at, by, audit });
    return { changed, ...auditCounts(fields) };
  });
  return getInterception(desk, input.id, false);
}

/** Submit (with what the commander needs), approve, return, comment and delete: the one lifecycle's acts. */
export const interceptionActs = (desk: InterceptionDesk) =>
  reviewActs(interceptionKind(desk), desk.service, (id) => getInterception(desk, id, false), {
    submittable: (current) => invalid(missingForSubmit(current), 'Hồ sơ chưa đủ thông tin để trình duyệt.', 'The interception lacks information to be submitted.'),
  });

/** What a "yes" to an indicator means in a victim case: the HTCDS codes the indicator's reference row maps it to. */
async function indicatorMappings(trx: InterceptionTrx) {
  const rows = await trx.selectFrom('reference_items').select(['code', 'data']).where('kind', '=', 'vocabulary:trafficking_indicator').execute();
  return new Map(rows.map((row) => [row.code, JSON.parse(row.data) as { meansOfControl?: string; recruitment?: string }]));
}

const refuse = (vi: string, en: string, field = 'personIds') => new EngineError('rule_violation', { vi, en }, { [field]: { vi, en } });

/**
 * Persons marked "possible victim" go into a victim case — a new one, or an open one — with their screening answers
 * carried over as HTCDS means of control and recruitment, and the case linked to this interception. Nothing is
 * retyped. The interception's version moves (each person now names their case); it is an act, not an amendment.
 */
export async function openVictimCase(
  desk: InterceptionDesk,
  input: ChangeInput & { personIds: string[]; caseId: string | null; direction: (typeof REPATRIATION_DIRECTIONS)[number] | null },
) {
  let opened = { caseId: '', caseNumber: '', created: false };
  await changeRecord(
    interceptionKind(desk),
    desk.service,
    input,
    'interception.open_victim_case',
    async ({ trx, current, at, by, audit }) => {
      if (!desk.victimCases) throw refuse('Chưa thể mở hồ sơ nạn nhân trên máy này.', 'Victim cases cannot be opened here.');
      const marked = current.persons.filter((p) => p.outcomes.includes('possible_victim'));
      const problems: Record<string, Bilingual> = {};
      input.personIds.forEach((id, i) => {
        if (!marked.some((p) => p.person.id === id))
          problems[`personIds.${i}`] = { vi: 'Người này chưa được đánh dấu là nghi nạn nhân.', en: 'This person is not marked as a possible victim.' };
      });
      invalid(problems);
      const chosen = (input.personIds.length ? marked.filter((p) => input.personIds.includes(p.person.id)) : marked).filter((p) => !p.victimCase);
      if (!chosen.length)
        throw refuse(
          'Không có người nghi là nạn nhân nào chưa có hồ sơ: hãy đánh dấu "nghi là nạn nhân" trước.',
          'Nobody marked as a possible victim is without a case: mark them "possible victim" first.',
        );
      const maps = await indicatorMappings(trx);
      const members = chosen.map((p) => {
        const yes = p.screening.filter((a) => a.answer === 'yes').map((a) => maps.get(a.indicator) ?? {});
        return {
          personId: p.person.id,
          meansOfControl: [...new Set(yes.flatMap((m) => (m.meansOfControl ? [m.meansOfControl] : [])))],
          recruitment: yes.find((m) => m.recruitment)?.recruitment ?? null,
          remarks: `${current.interceptionNumber}: ${p.screeningResult.reasons.map((r) => r.vi).join('; ')}`.slice(0, 500),
        };
      });
      const direction = input.direction ?? (chosen.every((p) => p.person.nationality === 'KH') ? 'handing_over_to_kh' : 'receiving_from_kh');
      opened = await desk.victimCases(
        trx as unknown as Transaction<VaultTables>,
        { caseId: input.caseId, direction, eventDate: current.eventDate, members, source: { kind: 'interception', id: current.id, number: current.interceptionNumber } },
        { at, by, audit },
      );
      await trx
        .updateTable('interception_persons')
        .set({ victim_case_id: opened.caseId })
        .where('interception_id', '=', input.id)
        .where('part', '=', 'intercepted')
        .where(
          'person_id',
          'in',
          chosen.map((p) => p.person.id),
        )
        .execute();
      return { caseId: opened.caseId, created: opened.created, persons: chosen.length };
    },
    { isAmendment: false },
  );
  return { interception: await getInterception(desk, input.id, false), ...opened };
}
