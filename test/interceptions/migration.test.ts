import Database from 'better-sqlite3-multiple-ciphers';
import { Migrator } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../migrations/index.js';
import { seedRows } from '../../src-main/reference/store.js';
import { createKysely } from '../../src-main/vault/database.js';

const NEW = ['vocabulary:screening_rule', 'vocabulary:crossing_method', 'vocabulary:travel_purpose'];

/**
 * Interceptions brought three vocabularies, the indicators' HTCDS mappings and the provinces' border boxes: a vault
 * made before gets them here, keeping its own label corrections. (A new vault gets them from its seed.)
 */
describe('migration 0011: interceptions', () => {
  it('creates the tables and fills in the new reference data of a vault made before', async () => {
    const sqlite = new Database(':memory:');
    const db = createKysely(sqlite);
    const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
    expect((await migrator.migrateTo('0010_meetings')).error).toBeUndefined();
    // The reference data as seeded before interceptions: no new vocabularies, no mappings, no boxes.
    const old = seedRows('2026-01-01T00:00:00.000Z')
      .filter((row) => !NEW.includes(row.kind))
      .map((row) => {
        const { meansOfControl: _m, recruitment: _r, borderBox: _b, ...data } = JSON.parse(row.data ?? '{}');
        return { ...row, data: JSON.stringify(data) };
      });
    for (let i = 0; i < old.length; i += 200)
      await db
        .insertInto('reference_items' as never)
        .values(old.slice(i, i + 200) as never)
        .execute();
    sqlite.prepare("UPDATE reference_items SET label_vi = 'Gán nợ (sửa)' WHERE kind = 'vocabulary:trafficking_indicator' AND code = 'debt'").run();
    expect((await migrator.migrateToLatest()).error).toBeUndefined();

    const count = (kind: string) => (sqlite.prepare('SELECT count(*) FROM reference_items WHERE kind = ?').pluck().get(kind) as number) > 0;
    expect(NEW.every(count)).toBe(true);
    const row = (kind: string, code: string) =>
      sqlite.prepare('SELECT label_vi, data FROM reference_items WHERE kind = ? AND code = ?').get(kind, code) as { label_vi: string; data: string };
    const debt = row('vocabulary:trafficking_indicator', 'debt');
    expect(debt.label_vi).toBe('Gán nợ (sửa)');
    expect(JSON.parse(debt.data)).toMatchObject({ meansOfControl: 'debt_bondage' });
    // An Giang from 2025 took in Kiên Giang: its border box spans both.
    expect(JSON.parse(row('admin_unit', 'vn-an-giang-2025').data).borderBox).toEqual({ south: 9.25, west: 103.45, north: 10.98, east: 105.6 });
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'interception%' ORDER BY name").pluck().all();
    expect(tables).toEqual(['interception_persons', 'interceptions']);
    await db.destroy();
  });
});
