import type { CreateTableBuilder } from 'kysely';

/** The lifecycle columns every record kind's main table carries (src-main/records/tables.ts: RecordLifecycleColumns). */
export const withRecordColumns = <T extends string>(table: CreateTableBuilder<T, never>) =>
  table
    .addColumn('approved_at', 'text')
    .addColumn('approved_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('deleted_by', 'text')
    .addColumn('delete_reason', 'text');
