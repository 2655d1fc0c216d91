/**
 * Vault figures: what encryption costs on the app's workload (ratios against plain SQLite measured in the
 * same run), how long unlocking takes, and the p95 of one save with its audit entry.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import { createEngine } from '../src-main/engine/engine.js';
import { createKysely, migrateToLatest, openEncryptedDatabase, type Sqlite } from '../src-main/vault/database.js';
import { appendAudit } from '../src-main/vault/open-vault.js';
import type { VaultTables } from '../src-main/vault/tables.js';
import { ADMIN, OFFICE } from '../test/support/vault.js';
import type { Suite } from './run.js';

const actor = { accountId: null, username: 'bench' };

function openPlain(file: string): Sqlite {
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  return sqlite;
}

const item = (code: string, at: string) => ({
  kind: 'bench',
  code,
  label_vi: `Nguyễn Thị Hương ${code}`,
  label_km: 'ឈ្មោះ ស្រុក ក្រុង',
  label_en: `Nguyen Thi Huong ${code}`,
  parent_code: null,
  valid_from: null,
  valid_to: null,
  successor_code: null,
  sort: 0,
  needs_review: 0,
  active: 1,
  data: JSON.stringify({ note: 'x'.repeat(400) }),
  updated_at: at,
  updated_by: null,
  version: 1,
});

/** Interactive work as the app does it: each save its own transaction with its audit entry; reads by key; updates. */
async function interactive(db: Kysely<VaultTables>, saves: number) {
  const at = new Date().toISOString();
  const start = performance.now();
  for (let i = 0; i < saves; i++)
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('reference_items')
        .values(item(`i${i}`, at))
        .execute();
      await appendAudit(trx, actor, { action: 'reference.create', recordType: 'bench', recordId: `i${i}` }, at);
    });
  for (let i = 0; i < saves * 5; i++)
    await db
      .selectFrom('reference_items')
      .selectAll()
      .where('kind', '=', 'bench')
      .where('code', '=', `i${(i * 7919) % saves}`)
      .executeTakeFirst();
  for (let i = 0; i < saves; i++)
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('reference_items')
        .set({ label_en: `updated ${i}`, version: 2 })
        .where('kind', '=', 'bench')
        .where('code', '=', `i${i}`)
        .execute();
      await appendAudit(trx, actor, { action: 'reference.update', recordType: 'bench', recordId: `i${i}` }, at);
    });
  return performance.now() - start;
}

async function bulk(db: Kysely<VaultTables>, rows: number) {
  const at = new Date().toISOString();
  const start = performance.now();
  await db.transaction().execute(async (trx) => {
    for (let i = 0; i < rows; i += 500)
      await trx
        .insertInto('reference_items')
        .values(Array.from({ length: Math.min(500, rows - i) }, (_, j) => item(`b${i + j}`, at)))
        .execute();
  });
  return performance.now() - start;
}

async function compare(dir: string, work: (db: Kysely<VaultTables>) => Promise<number>, name: string) {
  const encrypted = createKysely(openEncryptedDatabase(join(dir, `${name}-enc.db`), randomBytes(32)));
  const plain = createKysely(openPlain(join(dir, `${name}-plain.db`)));
  await migrateToLatest(encrypted);
  await migrateToLatest(plain);
  await work(plain); // warm-up pass on each, then alternate measured passes
  await work(encrypted);
  let encryptedMs = 0;
  let plainMs = 0;
  for (let round = 0; round < 2; round++) {
    plainMs += await work(plain);
    encryptedMs += await work(encrypted);
  }
  await encrypted.destroy();
  await plain.destroy();
  return encryptedMs / plainMs;
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))];

export const run: Suite = async ({ quick }, report) => {
  const dir = mkdtempSync(join(tmpdir(), 'blo-bench-vault-'));
  try {
    let pass = 0;
    const saves = quick ? 150 : 600;
    report(
      'vault.encrypted_over_plain',
      await compare(dir, (db) => interactive(db, saves).finally(() => db.deleteFrom('reference_items').where('kind', '=', 'bench').execute()), `interactive${pass++}`),
      'ratio',
    );
    report(
      'vault.bulk_over_plain',
      await compare(dir, (db) => bulk(db, 10_000).finally(() => db.deleteFrom('reference_items').where('kind', '=', 'bench').execute()), 'bulk'),
      'ratio',
    );

    // The app itself: unlock and save through the engine's dispatcher on a real vault.
    const dataDir = join(dir, 'app');
    const engine = createEngine({ dataDir, appVersion: 'bench', emit: () => {} });
    await engine.dispatch('vault.setup', { office: OFFICE, admin: ADMIN });
    const unlocks: number[] = [];
    for (let i = 0; i < (quick ? 2 : 5); i++) {
      await engine.dispatch('vault.lock', {});
      const start = performance.now();
      const result = await engine.dispatch('vault.signIn', { username: ADMIN.username, password: ADMIN.password });
      unlocks.push(performance.now() - start);
      if (!result.ok) throw new Error(result.error.message.en);
    }
    report('vault.unlock_ms', percentile(unlocks, 50), 'ms');
    const saveTimes: number[] = [];
    for (let i = 0; i < (quick ? 100 : 400); i++) {
      const start = performance.now();
      const result = await engine.dispatch('reference.save', {
        kind: 'border_gate',
        code: `bench-${i}`,
        labelVi: `Cửa khẩu ${i}`,
        labelKm: 'ច្រកទ្វារ',
        labelEn: `Gate ${i}`,
        needsReview: true,
        active: true,
      });
      saveTimes.push(performance.now() - start);
      if (!result.ok) throw new Error(result.error.message.en);
    }
    report('vault.save_p95_ms', percentile(saveTimes, 95), 'ms');
    await engine.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
