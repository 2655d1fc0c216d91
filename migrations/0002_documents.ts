import { sql, type Kysely } from 'kysely';

/** Document label translations (admin-editable) and the register of issued documents. */
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('document_labels')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('vi', 'text', (c) => c.notNull())
    .addColumn('km', 'text', (c) => c.notNull())
    .addColumn('en', 'text', (c) => c.notNull())
    .addColumn('needs_review', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('document_register')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('template', 'text', (c) => c.notNull())
    /** Decree 30 numbers by kind of document ("BB" = biên bản, minutes): one sequence per kind and year. */
    .addColumn('type_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    /** SHA-256 of the canonical content as printed (under the QR code). */
    .addColumn('content_hash', 'text', (c) => c.notNull())
    /** SHA-256 of the content without its number: the same content printed again is a copy, not a new document. */
    .addColumn('source_hash', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .addColumn('copies_printed', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('document_register_seq', ['type_code', 'year', 'seq'])
    .addUniqueConstraint('document_register_number', ['number'])
    .execute();
  await db.schema.createIndex('document_register_record').on('document_register').columns(['record_type', 'record_id']).execute();
  await sql`CREATE TRIGGER document_register_no_delete BEFORE DELETE ON document_register BEGIN SELECT RAISE(ABORT, 'the document register is append-only'); END`.execute(db);
}
