import type { Kysely } from 'kysely';

/**
 * The review step of the one record lifecycle, for every record kind (repatriations now; meetings and
 * interceptions later): where a record stands in review, and its timeline of review acts (submit, approve,
 * return with a comment, comments, amendments after approval). Keyed by (record_kind, record_id): no record
 * kind's table is touched.
 */
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('record_reviews')
    .addColumn('record_kind', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('changed_since_approval', 'integer', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('record_reviews_pk', ['record_kind', 'record_id'])
    .execute();
  await db.schema.createIndex('record_reviews_state').on('record_reviews').columns(['record_kind', 'state']).execute();

  await db.schema
    .createTable('record_events')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('record_kind', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('changed', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('record_events_record').on('record_events').columns(['record_kind', 'record_id', 'id']).execute();
}
