import { sql, type Kysely } from 'kysely';
import { DEFAULT_LABELS } from '../src-main/documents/labels/default-labels.js';
import { seedRows } from '../src-main/reference/store.js';

/**
 * Cross-border meetings (issue 11) on the one record lifecycle: the meeting row carries the lifecycle columns;
 * information items and agreed actions have their own tables so the log filters by topic and finds overdue
 * actions with an index. `record_links` belongs to the lifecycle: any record may name others it discussed.
 */
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('meetings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_number', 'text', (c) => c.notNull().unique())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('counterpart_code', 'text', (c) => c.notNull())
    .addColumn('start_at', 'text', (c) => c.notNull())
    .addColumn('end_at', 'text')
    .addColumn('event_date', 'text', (c) => c.notNull())
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('place_km', 'text', (c) => c.notNull())
    .addColumn('delegates', 'text', (c) => c.notNull())
    .addColumn('agenda', 'text', (c) => c.notNull())
    .addColumn('proposals', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('vn_delegates', 'integer', (c) => c.notNull())
    .addColumn('kh_delegates', 'integer', (c) => c.notNull())
    // Folded (no diacritics, lower case) agenda, non-confidential summaries, place and number: the log's text search.
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('approved_at', 'text')
    .addColumn('approved_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('deleted_by', 'text')
    .addColumn('delete_reason', 'text')
    .execute();
  await sql`CREATE INDEX meetings_log ON meetings (event_date DESC, start_at DESC, id DESC) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX meetings_counterpart ON meetings (counterpart_code, event_date DESC) WHERE deleted_at IS NULL`.execute(db);

  await db.schema
    .createTable('meeting_exchanges')
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('summary_km', 'text', (c) => c.notNull())
    .addColumn('sensitivity', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('meeting_exchanges_pk', ['meeting_id', 'sort'])
    .execute();
  await db.schema.createIndex('meeting_exchanges_topic').on('meeting_exchanges').columns(['topic', 'meeting_id']).execute();

  await db.schema
    .createTable('meeting_actions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('meeting_id', 'text', (c) => c.notNull().references('meetings.id'))
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('text_km', 'text', (c) => c.notNull())
    .addColumn('owner_side', 'text', (c) => c.notNull())
    .addColumn('owner', 'text', (c) => c.notNull())
    .addColumn('owner_km', 'text', (c) => c.notNull())
    .addColumn('due', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('follow_ups', 'text', (c) => c.notNull())
    .addColumn('carried_from', 'text')
    .execute();
  await db.schema.createIndex('meeting_actions_meeting').on('meeting_actions').columns(['meeting_id', 'sort']).execute();
  await db.schema.createIndex('meeting_actions_pending').on('meeting_actions').columns(['status', 'due']).execute();
  await db.schema.createIndex('meeting_actions_carried').on('meeting_actions').columns(['carried_from']).execute();

  await db.schema
    .createTable('record_links')
    .addColumn('record_kind', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('target_kind', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('record_links_pk', ['record_kind', 'record_id', 'target_kind', 'target_id'])
    .execute();
  await db.schema.createIndex('record_links_target').on('record_links').columns(['target_kind', 'target_id']).execute();

  // The Cambodian liaison offices joined the agency seeds with meetings. A vault made before gets them here;
  // a new vault is still empty at this point and gets them from the seed.
  const seeded = await sql<{ n: number }>`select count(*) as n from reference_items`.execute(db);
  if (Number(seeded.rows[0]?.n ?? 0) > 0) {
    const offices = seedRows(new Date().toISOString()).filter((row) => row.kind === 'agency' && row.code.endsWith('-blo'));
    for (const row of offices)
      await sql`insert into reference_items (kind, code, label_vi, label_km, label_en, parent_code, valid_from, valid_to, successor_code, sort, needs_review, active, data, updated_at, updated_by, version)
                values (${row.kind}, ${row.code}, ${row.label_vi}, ${row.label_km}, ${row.label_en}, ${row.parent_code}, ${row.valid_from}, ${row.valid_to}, ${row.successor_code}, ${row.sort}, ${row.needs_review}, ${row.active}, ${row.data}, ${row.updated_at}, ${row.updated_by}, ${row.version})
                on conflict do nothing`.execute(db);
  }

  // The meeting report and the liaison notice brought new document labels. A vault made before gets the missing
  // ones here (an administrator corrects them in the Labels tab); its own corrections are kept.
  const labelled = await sql<{ n: number }>`select count(*) as n from document_labels`.execute(db);
  if (Number(labelled.rows[0]?.n ?? 0) > 0)
    for (const [key, label] of Object.entries(DEFAULT_LABELS))
      await sql`insert into document_labels (key, vi, km, en, needs_review, updated_at, updated_by, version)
                values (${key}, ${label.vi}, ${label.km}, ${label.en}, ${label.needsReview ? 1 : 0}, ${new Date().toISOString()}, null, 1)
                on conflict do nothing`.execute(db);
}
