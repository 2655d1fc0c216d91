import { sql, type Kysely } from 'kysely';

/**
 * Attachments belong to the one record lifecycle, for every record kind: scans of signed minutes and photos of a
 * repatriation case, a meeting or an interception, keyed by (record_kind, record_id) like the review tables.
 * The repatriation attachments move over unchanged (same ids, same bytes).
 */
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('record_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('record_kind', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', 'blob', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('record_attachments_record').on('record_attachments').columns(['record_kind', 'record_id', 'uploaded_at']).execute();
  await sql`insert into record_attachments (id, record_kind, record_id, file_name, mime_type, size_bytes, sha256, content, description, uploaded_at, uploaded_by)
            select id, 'repatriation', case_id, file_name, mime_type, size_bytes, sha256, content, description, uploaded_at, uploaded_by from case_attachments`.execute(db);
  await db.schema.dropTable('case_attachments').execute();
}
