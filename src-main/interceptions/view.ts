import type { Selectable } from 'kysely';
import type { FacilitatorView, InterceptedPersonView, InterceptionView, ScreeningResult } from '../../src-shared/contract/index.js';
import { ageAt, isChildAt, type BirthInfo } from '../../src-shared/people/age.js';
import { issuedFor } from '../documents/register/register.js';
import { personHistory, type PersonRecordSource } from '../people/history.js';
import { personView } from '../people/store.js';
import { live } from '../records/live.js';
import { recordStamps } from '../records/view-stamps.js';
import { accountNames } from '../vault/accounts-store.js';
import type { InterceptionDb, InterceptionTrx } from './db.js';
import type { InterceptionTables } from './tables.js';

export type InterceptionRow = Selectable<InterceptionTables['interceptions']>;

/** What an age is read from: the shared person's birth, at the interception's date. */
export function ageFacts(birth: InterceptedPersonView['person']['birth'], eventDate: string) {
  const info: BirthInfo = { exact: birth.exact ?? undefined, year: birth.year ?? undefined, estimatedAge: birth.estimatedAge ?? undefined };
  return { child: isChildAt(info, eventDate), ageYears: ageAt(info, eventDate)?.years ?? null };
}

export async function loadInterceptionRow(db: InterceptionDb | InterceptionTrx, id: string) {
  return db.selectFrom('interceptions').selectAll().where('id', '=', id).where(live('interceptions')).executeTakeFirst();
}

/** The whole interception as the detail screen and the documents need it, each person with their other records. */
export async function loadInterceptionView(db: InterceptionDb | InterceptionTrx, row: InterceptionRow, sources: readonly PersonRecordSource[]): Promise<InterceptionView> {
  const ref = { kind: 'interception', id: row.id };
  const name = await accountNames(db);
  const members = await db
    .selectFrom('interception_persons')
    .innerJoin('people', 'people.id', 'interception_persons.person_id')
    .selectAll('people')
    .select([
      'interception_persons.part',
      'interception_persons.role',
      'interception_persons.details',
      'interception_persons.screening_result',
      'interception_persons.victim_case_id',
    ])
    .where('interception_persons.interception_id', '=', row.id)
    .orderBy('interception_persons.part')
    .orderBy('interception_persons.sort')
    .execute();
  const history = new Map(await Promise.all(members.map(async (m) => [m.id, await personHistory(db, m.id, sources, ref)] as const)));
  const persons: InterceptedPersonView[] = members
    .filter((m) => m.part === 'intercepted')
    .map((m) => {
      const person = personView(m);
      const victimCase = m.victim_case_id ? (history.get(m.id)?.find((r) => r.kind === 'repatriation' && r.id === m.victim_case_id) ?? null) : null;
      return {
        ...JSON.parse(m.details),
        person,
        ...ageFacts(person.birth, row.event_date),
        screeningResult: JSON.parse(m.screening_result ?? '{"level":"none","reasons":[]}') as ScreeningResult,
        victimCase: victimCase && { id: victimCase.id, number: victimCase.number },
        otherRecords: history.get(m.id) ?? [],
      };
    });
  const facilitators: FacilitatorView[] = members
    .filter((m) => m.part === 'facilitator')
    .map((m) => ({ person: personView(m), role: m.role, note: (JSON.parse(m.details) as { note?: string }).note ?? '' }));
  return {
    id: row.id,
    interceptionNumber: row.interception_number,
    at: row.at,
    eventDate: row.event_date,
    marker: row.marker,
    coordinates: row.coordinates ? JSON.parse(row.coordinates) : null,
    placeDescription: row.place_description,
    unit: row.unit,
    direction: row.direction as InterceptionView['direction'],
    crossingMethod: row.crossing_method,
    persons,
    facilitators,
    vehicles: JSON.parse(row.vehicles),
    items: JSON.parse(row.items),
    notes: row.notes,
    documents: await issuedFor(db, ref, name),
    ...(await recordStamps(db, ref, row, name)),
  };
}
