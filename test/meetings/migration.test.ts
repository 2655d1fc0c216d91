import Database from 'better-sqlite3-multiple-ciphers';
import { Migrator, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.js';
import { DEFAULT_LABELS } from '../../src-main/documents/labels/default-labels.js';
import { seedRows } from '../../src-main/reference/store.js';
import { createKysely } from '../../src-main/vault/database.js';

const liaisonOffices = (sqlite: Database.Database) =>
  sqlite.prepare("SELECT code, label_km FROM reference_items WHERE kind = 'agency' AND code LIKE '%-blo' ORDER BY code").all() as { code: string; label_km: string }[];

/**
 * The Cambodian liaison offices came with meetings: a vault made before gets them here. (A new vault is empty when
 * migrated and gets them from its seed, once: every other test creates one.)
 */
describe('migration 0010: meetings', () => {
  it('adds the Cambodian liaison offices and the new document labels to a vault made before, keeping its corrections', async () => {
    const sqlite = new Database(':memory:');
    const db = createKysely(sqlite);
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo('0009_record_attachments')).error).toBeUndefined();
    // The agencies as seeded before meetings (the migration only looks at whether the vault was seeded).
    const old = seedRows('2026-01-01T00:00:00.000Z').filter((row) => row.kind === 'agency' && !row.code.endsWith('-blo'));
    for (let i = 0; i < old.length; i += 200)
      await db
        .insertInto('reference_items' as never)
        .values(old.slice(i, i + 200) as never)
        .execute();
    // One label as corrected by the office, and one the meeting documents added later (missing).
    await sql`insert into document_labels (key, vi, km, en, needs_review, updated_at, updated_by, version) values ('gate', 'Cửa khẩu (sửa)', 'ច្រក', 'Gate', 0, '2026-01-01', null, 2)`.execute(
      db,
    );
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const labels = new Map((sqlite.prepare('SELECT key, vi FROM document_labels').all() as { key: string; vi: string }[]).map((row) => [row.key, row.vi]));
    expect(labels.size).toBe(Object.keys(DEFAULT_LABELS).length);
    expect(labels.get('gate')).toBe('Cửa khẩu (sửa)');
    const offices = liaisonOffices(sqlite);
    expect(offices.length).toBe(10);
    expect(offices).toContainEqual({ code: 'kh-kampot-blo', label_km: 'ការិយាល័យទំនាក់ទំនងព្រំដែនខេត្តកំពត' });
    await db.destroy();
  });
});
