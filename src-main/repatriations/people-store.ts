import type { PersonHit } from '../../src-shared/contract/index.js';
import { matchingPeople, toHit } from '../people/store.js';
import type { ReadableDb } from '../vault/db-access.js';
import type { RepatriationTables } from './tables.js';

type Db = ReadableDb<RepatriationTables>;

/** Name search over all people, each hit with the number of repatriation cases the person is in. */
export async function searchPeople(db: Db, query: string, limit: number): Promise<PersonHit[]> {
  const rows = await db
    .selectFrom('people')
    .selectAll('people')
    .select((eb) => eb.selectFrom('case_members').select(eb.fn.countAll<number>().as('n')).whereRef('case_members.person_id', '=', 'people.id').as('case_count'))
    .where('people.id', 'in', matchingPeople(db, query))
    .orderBy('people.full_name_vi')
    .limit(limit)
    .execute();
  return rows.map((row) => toHit(row, Number(row.case_count ?? 0)));
}

/** The event date of a stored case (null when there is no such case: the case code says so itself). */
export async function caseEventDate(db: Db, caseId: string): Promise<string | null> {
  const row = await db.selectFrom('repatriation_cases').select('event_date').where('id', '=', caseId).executeTakeFirst();
  return row?.event_date ?? null;
}
