import type { Kysely } from 'kysely';
import type { PersonRecordRow } from '../../src-shared/contract/index.js';
import type { ReadableDb } from '../vault/db-access.js';
import type { PeopleTables } from './tables.js';

/**
 * Where a record kind keeps the people it names: its member table and its main table. The engine's composition
 * root lists them (interceptions, repatriation cases), so people/ answers "every record of this person" without
 * importing any kind.
 */
export interface PersonRecordSource {
  kind: PersonRecordRow['kind'];
  memberTable: string;
  /** The member table's column holding the record's id. */
  recordColumn: string;
  /** The member table's column saying how the person figures (part or role). */
  partColumn: string;
  recordTable: string;
  numberColumn: string;
  dateColumn: string;
}

/** Any kind's tables, reached by name: only ids, numbers, dates, the part and the soft-delete column are read. */
const anyTable = (db: unknown) => db as Kysely<Record<string, Record<string, string | null>>>;

/** Every live record the person figures in, newest first (numbers and dates only: no content). */
export async function personHistory(db: ReadableDb<PeopleTables>, personId: string, sources: readonly PersonRecordSource[], except?: { kind: string; id: string }) {
  const rows: PersonRecordRow[] = [];
  for (const source of sources) {
    const found = await anyTable(db)
      .selectFrom(`${source.memberTable} as m`)
      .innerJoin(`${source.recordTable} as r`, 'r.id', `m.${source.recordColumn}`)
      .select(['r.id as id', `r.${source.numberColumn} as number`, `r.${source.dateColumn} as date`, `m.${source.partColumn} as part`])
      .where('m.person_id', '=', personId)
      .where('r.deleted_at', 'is', null)
      .execute();
    for (const row of found)
      if (!(except && except.kind === source.kind && except.id === row.id))
        rows.push({ kind: source.kind, id: String(row.id), number: String(row.number), date: String(row.date), part: String(row.part) });
  }
  return rows.sort((a, b) => b.date.localeCompare(a.date) || b.number.localeCompare(a.number));
}
