import type { Kysely, Transaction } from 'kysely';
import type { Bilingual } from '../../src-shared/contract/index.js';
import { EngineError } from '../kernel/engine-error.js';
import type { ReadableDb } from '../vault/db-access.js';
import { live } from './live.js';
import type { RecordRef } from './review.js';
import type { RecordTables } from './tables.js';

/**
 * A record kind other records may name (a meeting discusses repatriation cases and interceptions): its main
 * table and the column holding its number. The engine's composition root lists them, so no record kind imports
 * another.
 */
export interface LinkTarget {
  kind: string;
  table: string;
  numberColumn: string;
}

export interface LinkedRecordRow {
  kind: string;
  id: string;
  number: string;
}

/** Any kind's main table, reached by name: only id, number and the soft-delete column are read. */
const anyTable = (db: unknown) => db as Kysely<Record<string, Record<string, string | null>>>;

/** Replaces the links of `ref`; every target must be a live record of a linkable kind. */
export async function saveLinks(trx: Transaction<RecordTables>, ref: RecordRef, links: { kind: string; id: string }[], targets: readonly LinkTarget[], path = 'links') {
  const problems: Record<string, Bilingual> = {};
  for (const [i, link] of links.entries()) {
    const target = targets.find((t) => t.kind === link.kind);
    const found = target && (await anyTable(trx).selectFrom(target.table).select('id').where('id', '=', link.id).where(live(target.table)).executeTakeFirst());
    if (!found) problems[`${path}.${i}`] = { vi: 'Không tìm thấy hồ sơ được liên kết.', en: 'The linked record was not found.' };
  }
  if (Object.keys(problems).length) throw new EngineError('invalid_input', { vi: 'Có liên kết không hợp lệ.', en: 'Some links are not valid.' }, problems);
  await trx.deleteFrom('record_links').where('record_kind', '=', ref.kind).where('record_id', '=', ref.id).execute();
  const unique = [...new Map(links.map((link) => [`${link.kind}:${link.id}`, link])).values()];
  if (unique.length)
    await trx
      .insertInto('record_links')
      .values(unique.map((link) => ({ record_kind: ref.kind, record_id: ref.id, target_kind: link.kind, target_id: link.id })))
      .execute();
}

/** The live records `ref` names, with their numbers, in the order of the targets' kinds then number. */
export async function loadLinks(db: ReadableDb<RecordTables> | Transaction<RecordTables>, ref: RecordRef, targets: readonly LinkTarget[]): Promise<LinkedRecordRow[]> {
  const rows = await db.selectFrom('record_links').select(['target_kind', 'target_id']).where('record_kind', '=', ref.kind).where('record_id', '=', ref.id).execute();
  const linked: LinkedRecordRow[] = [];
  for (const target of targets) {
    const ids = rows.filter((row) => row.target_kind === target.kind).map((row) => row.target_id);
    if (!ids.length) continue;
    const found = await anyTable(db)
      .selectFrom(target.table)
      .select(['id', `${target.numberColumn} as number`])
      .where('id', 'in', ids)
      .where(live(target.table))
      .orderBy(target.numberColumn)
      .execute();
    linked.push(...found.map((row) => ({ kind: target.kind, id: String(row.id), number: String(row.number) })));
  }
  return linked;
}

/** Adds one link of `ref` (kept if already there): a record opened from another names its source. */
export async function addLink(trx: Transaction<RecordTables>, ref: RecordRef, target: { kind: string; id: string }) {
  await trx
    .insertInto('record_links')
    .values({ record_kind: ref.kind, record_id: ref.id, target_kind: target.kind, target_id: target.id })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

/**
 * The reverse of a link: the ids of `sourceKind` records that name `target` (the meetings that discussed a case).
 * Only the link rows are read; the caller reads its own table, keeps the live ones and decides who may see them.
 */
export async function linkingIds(db: ReadableDb<RecordTables> | Transaction<RecordTables>, target: RecordRef, sourceKind: string): Promise<string[]> {
  const rows = await db
    .selectFrom('record_links')
    .select('record_id')
    .where('record_kind', '=', sourceKind)
    .where('target_kind', '=', target.kind)
    .where('target_id', '=', target.id)
    .execute();
  return rows.map((row) => row.record_id);
}
