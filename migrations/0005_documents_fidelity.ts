import { sql, type Kysely } from 'kysely';

/**
 * Decree 30 numbers restart every year ("01/BB-…" again in January), so a number is unique only within its
 * year: the register's UNIQUE(number) made the first print of a new year fail. SQLite cannot drop a
 * constraint, so the table is rebuilt with UNIQUE(number, year), rows copied as they are.
 */
export async function up(db: Kysely<unknown>) {
  await sql`DROP TRIGGER document_register_no_delete`.execute(db);
  await sql`ALTER TABLE document_register RENAME TO document_register_0002`.execute(db);
  await sql`DROP INDEX document_register_record`.execute(db);
  await db.schema
    .createTable('document_register')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('template', 'text', (c) => c.notNull())
    .addColumn('type_code', 'text', (c) => c.notNull())
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('record_type', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('source_hash', 'text', (c) => c.notNull())
    .addColumn('issued_at', 'text', (c) => c.notNull())
    .addColumn('issued_by', 'text', (c) => c.notNull())
    .addColumn('copies_printed', 'integer', (c) => c.notNull().defaultTo(0))
    .addUniqueConstraint('document_register_seq', ['type_code', 'year', 'seq'])
    .addUniqueConstraint('document_register_number_year', ['number', 'year'])
    .execute();
  await sql`INSERT INTO document_register SELECT id, template, type_code, year, seq, number, record_type, record_id, content_hash, source_hash, issued_at, issued_by, copies_printed FROM document_register_0002`.execute(
    db,
  );
  await sql`DROP TABLE document_register_0002`.execute(db);
  await db.schema.createIndex('document_register_record').on('document_register').columns(['record_type', 'record_id']).execute();
  await db.schema.createIndex('document_register_number').on('document_register').columns(['number']).execute();
  await sql`CREATE TRIGGER document_register_no_delete BEFORE DELETE ON document_register BEGIN SELECT RAISE(ABORT, 'the document register is append-only'); END`.execute(db);
}
