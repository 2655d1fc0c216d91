import Database from 'better-sqlite3-multiple-ciphers';
import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.js';
import { createKysely } from '../../src-main/vault/database.js';

/** A vault written before attachments were shared by every record kind keeps every file, byte for byte. */
describe('migration 0009: repatriation attachments move to the shared record attachments', () => {
  it('moves each row with its id, bytes and uploader, and drops the old table', async () => {
    const sqlite = new Database(':memory:');
    sqlite.pragma('foreign_keys = OFF'); // the attachment's case row is beside the point here
    const db = createKysely(sqlite);
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo('0008_admin_units')).error).toBeUndefined();
    const bytes = Buffer.from('%PDF-1.4 signed minutes\n%%EOF\n');
    await sql`insert into case_attachments (id, case_id, file_name, mime_type, size_bytes, sha256, content, description, uploaded_at, uploaded_by)
              values ('att-1', 'case-1', 'biên bản.pdf', 'application/pdf', ${bytes.length}, 'abc', ${bytes}, 'Bản ký', '2026-03-20T02:30:00.000Z', 'acc-1')`.execute(db);

    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const rows = sqlite.prepare('SELECT * FROM record_attachments').all() as Record<string, unknown>[];
    expect(rows).toEqual([
      {
        id: 'att-1',
        record_kind: 'repatriation',
        record_id: 'case-1',
        file_name: 'biên bản.pdf',
        mime_type: 'application/pdf',
        size_bytes: bytes.length,
        sha256: 'abc',
        content: bytes,
        description: 'Bản ký',
        uploaded_at: '2026-03-20T02:30:00.000Z',
        uploaded_by: 'acc-1',
      },
    ]);
    expect(sqlite.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'case_attachments'").pluck().get()).toBe(0);
    await db.destroy();
  });
});
