/**
 * People, a capability of their own: the same person can be intercepted in March and repatriated in June, so
 * person rows belong to no record kind. Record kinds link to them (case members, and later interception
 * persons) and add what the person did in that record.
 *
 * A name search is not audited call by call: it runs as the officer types (every keystroke would be an entry)
 * and returns a short list of hits — names, birth and nationality, no case content. Opening a record that
 * holds the person is the audited view.
 */
import { sql, type Selectable } from 'kysely';
import type { ReadableDb, WritableDb } from '../vault/db-access.js';
import { v7 as uuidv7 } from 'uuid';
import type { PersonData, PersonHit, PersonView } from '../../src-shared/contract/index.js';
import { birthAfterEvent, birthField } from '../../src-shared/people/birth-rules.js';
import { nameQueryPlan } from '../../src-shared/people/name-query.js';
import { foldForSearch } from '../../src-shared/text/fold.js';
import { EngineError } from '../kernel/engine-error.js';
import type { AuditFn } from '../vault/open-vault.js';
import type { PeopleTables } from './tables.js';

type Db = ReadableDb<PeopleTables>;
type PersonRow = Selectable<PeopleTables['people']>;

const nfc = (text: string) => text.normalize('NFC');

/** All names in one string for the trigram index: Vietnamese and Latin folded, Khmer as written, document numbers. */
export function searchText(person: PersonData): string {
  return [
    foldForSearch(person.fullNameVi),
    foldForSearch(person.nameLatin),
    ...person.aliases.map(foldForSearch),
    nfc(person.nameKm),
    ...person.idDocuments.map((doc) => foldForSearch(doc.number)),
  ]
    .filter(Boolean)
    .join(' | ');
}

export function personColumns(person: PersonData) {
  return {
    full_name_vi: nfc(person.fullNameVi),
    name_km: nfc(person.nameKm),
    name_latin: nfc(person.nameLatin),
    aliases: JSON.stringify(person.aliases.map(nfc)),
    search_text: searchText(person),
    sex: person.sex,
    birth_exact: person.birth.exact,
    birth_year: person.birth.year,
    birth_est_years: person.birth.estimatedAge?.years ?? null,
    birth_est_at: person.birth.estimatedAge?.at ?? null,
    nationality: person.nationality,
    id_documents: JSON.stringify(person.idDocuments),
    address: JSON.stringify({ ...person.address, line: nfc(person.address.line) }),
    contacts: person.contacts,
    guardian: person.guardian ? JSON.stringify(person.guardian) : null,
  };
}

export function personView(row: PersonRow): PersonView {
  return {
    id: row.id,
    version: row.version,
    fullNameVi: row.full_name_vi,
    nameKm: row.name_km,
    nameLatin: row.name_latin,
    aliases: JSON.parse(row.aliases),
    sex: row.sex,
    birth: {
      exact: row.birth_exact,
      year: row.birth_year,
      estimatedAge: row.birth_est_years !== null && row.birth_est_at ? { years: row.birth_est_years, at: row.birth_est_at } : null,
    },
    nationality: row.nationality,
    idDocuments: JSON.parse(row.id_documents),
    address: JSON.parse(row.address),
    contacts: row.contacts,
    guardian: row.guardian ? JSON.parse(row.guardian) : null,
  };
}

export async function insertPerson(db: WritableDb<PeopleTables>, person: PersonData, at: string, by: string): Promise<string> {
  const id = uuidv7();
  await db
    .insertInto('people')
    .values({ id, ...personColumns(person), created_at: at, created_by: by, updated_at: at, updated_by: by, version: 1 })
    .execute();
  return id;
}

/** FTS5 phrase query: the folded text in double quotes (quotes inside doubled), matched as a substring by the trigram tokenizer. */
const phrase = (folded: string) => `"${folded.replace(/"/g, '""')}"`;

/**
 * Ids of people whose names contain `query` (diacritics ignored for Vietnamese, substring for Khmer).
 * Three characters or more use the trigram index; a 2-character Khmer query scans by substring; shorter
 * queries find names with a word starting with them (src-shared/people/name-query.ts).
 */
export function matchingPeople(db: Db, query: string) {
  const folded = foldForSearch(query);
  const people = db.selectFrom('people').select('people.id');
  switch (nameQueryPlan(folded)) {
    case 'index':
      return people.where(sql<boolean>`people.rowid IN (SELECT rowid FROM people_fts WHERE people_fts MATCH ${phrase(folded)})`);
    case 'substring':
      return people.where(sql<boolean>`instr(people.search_text, ${folded}) > 0`);
    case 'word-prefix':
      return people.where(sql<boolean>`(' ' || people.search_text) LIKE ${`% ${folded.replace(/[%_\\]/g, '')}%`}`);
  }
}

export function toHit(row: PersonRow, caseCount: number): PersonHit {
  const view = personView(row);
  return {
    id: view.id,
    fullNameVi: view.fullNameVi,
    nameKm: view.nameKm,
    nameLatin: view.nameLatin,
    sex: view.sex,
    birth: view.birth,
    nationality: view.nationality,
    caseCount,
  };
}

/** Likely the same person: same folded full name and the same birth date or birth year. */
export async function likelyDuplicates(db: Db, person: PersonData): Promise<PersonHit[]> {
  const name = foldForSearch(person.fullNameVi);
  if (!name) return [];
  const candidates = await db.selectFrom('people').selectAll().where('people.id', 'in', matchingPeople(db, name)).limit(50).execute();
  const year = person.birth.exact?.slice(0, 4) ?? (person.birth.year !== null ? String(person.birth.year) : null);
  return candidates
    .filter((row) => foldForSearch(row.full_name_vi) === name)
    .filter((row) => {
      if (person.birth.exact && row.birth_exact) return row.birth_exact === person.birth.exact;
      const rowYear = row.birth_exact?.slice(0, 4) ?? (row.birth_year !== null ? String(row.birth_year) : null);
      return year !== null && rowYear === year;
    })
    .map((row) => toHit(row, 0));
}

/**
 * The engine's side of the birth rule (src-shared/people/birth-rules.ts): no new or edited person is born after
 * the case's event date. Errors sit under `<path>.person.birth.<detail>`, beside the field the form shows.
 */
export function refuseBirthsAfter(eventDate: string, members: { path: string; person?: Pick<PersonData, 'birth'> }[]) {
  const problems: Record<string, { vi: string; en: string }> = {};
  for (const { path, person } of members) {
    const problem = person && birthAfterEvent(person.birth, eventDate);
    if (problem) problems[`${path}.person.birth.${birthField(person.birth)}`] = problem;
  }
  if (Object.keys(problems).length)
    throw new EngineError('invalid_input', { vi: 'Có ngày sinh sau ngày sự việc của hồ sơ.', en: "A birth is after the case's event date." }, problems);
}

/** A person named by a record: someone in the vault (with corrections and the version read), or a new person. */
export interface PersonEntry {
  personId: string | null;
  personVersion: number | null;
  person: PersonData | null;
}

/**
 * Saves the person part of a record's entry and returns the person's id (null, with a problem under `path`, when
 * an existing person is not found or was changed by someone else meanwhile). Corrections bump the person's own
 * version; the audit names the fields changed, never their values.
 */
export async function savePersonEntry(
  trx: WritableDb<PeopleTables>,
  entry: PersonEntry,
  path: string,
  stamp: { at: string; by: string; audit: AuditFn; via: Record<string, string> },
  problems: Record<string, { vi: string; en: string }>,
): Promise<string | null> {
  if (!entry.personId) {
    if (!entry.person) return null;
    const id = await insertPerson(trx, entry.person, stamp.at, stamp.by);
    await stamp.audit({ action: 'person.create', recordType: 'person', recordId: id, detail: stamp.via });
    return id;
  }
  const row = await trx.selectFrom('people').selectAll().where('id', '=', entry.personId).executeTakeFirst();
  if (!row) {
    problems[`${path}.personId`] = { vi: 'Không tìm thấy người này.', en: 'Person not found.' };
    return null;
  }
  if (!entry.person) return row.id;
  if (row.version !== entry.personVersion) {
    problems[`${path}.personVersion`] = {
      vi: 'Thông tin người này vừa được người khác sửa: hãy tải lại.',
      en: "Someone else changed this person's details meanwhile: reload them.",
    };
    return null;
  }
  const current = personView(row);
  const changed = (Object.keys(entry.person) as (keyof PersonData)[]).filter((key) => JSON.stringify(current[key]) !== JSON.stringify(entry.person![key]));
  if (changed.length) {
    await trx
      .updateTable('people')
      .set({ ...personColumns(entry.person), version: row.version + 1, updated_at: stamp.at, updated_by: stamp.by })
      .where('id', '=', row.id)
      .execute();
    await stamp.audit({ action: 'person.update', recordType: 'person', recordId: row.id, detail: { changed, ...stamp.via } });
  }
  return row.id;
}
