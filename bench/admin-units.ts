/**
 * Administrative units: seeding all ~30k units into a fresh encrypted vault (one transaction, as the
 * migration does) and the p95 of an address search as the picker sends it while the user types.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Kysely } from 'kysely';
import { loadAdminUnitSeeds, searchAdminUnits, seedAdminUnits, type AdminUnitTables } from '../src-main/reference/admin-units-store.js';
import { createKysely, migrateToLatest, openEncryptedDatabase } from '../src-main/vault/database.js';
import type { Suite } from './run.js';

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;

/** What officers type: a province, a commune without its province, a prefix, Khmer, a common syllable. */
const QUERIES: { country: 'VN' | 'KH'; query: string; at: string }[] = [
  { country: 'VN', query: 'ha noi', at: '2025-03-01' },
  { country: 'VN', query: 'ha noi', at: '2025-08-01' },
  { country: 'VN', query: 'phuc xa', at: '2025-03-01' },
  { country: 'VN', query: 'an phu', at: '2025-08-01' },
  { country: 'VN', query: 'tinh bien', at: '2024-11-20' },
  { country: 'VN', query: 'xa', at: '2025-03-01' },
  { country: 'KH', query: 'មានជ័យ', at: '2025-08-01' },
  { country: 'KH', query: 'kampong', at: '2025-08-01' },
];

export const run: Suite = async (options, report) => {
  const dir = mkdtempSync(join(tmpdir(), 'blo-bench-units-'));
  try {
    const db = createKysely(openEncryptedDatabase(join(dir, 'vault.db'), randomBytes(32)));
    await migrateToLatest(db); // seeds once
    const units = db.withTables<AdminUnitTables>() as unknown as Kysely<AdminUnitTables>;
    const seeds = await loadAdminUnitSeeds();
    const seedTimes: number[] = [];
    for (let i = 0; i < (options.quick ? 1 : 3); i++) {
      await units.deleteFrom('admin_unit_links').execute();
      await units.deleteFrom('admin_units').execute();
      const start = performance.now();
      await units.transaction().execute((trx) => seedAdminUnits(trx, seeds));
      seedTimes.push(performance.now() - start);
    }
    report('reference.seed_admin_units_ms', percentile(seedTimes, 50), 'ms');

    const searchTimes: number[] = [];
    for (let round = 0; round < (options.quick ? 3 : 20); round++)
      for (const query of QUERIES) {
        const start = performance.now();
        await searchAdminUnits(units, { ...query, limit: 20 });
        searchTimes.push(performance.now() - start);
      }
    report('reference.admin_unit_search_p95_ms', percentile(searchTimes, 95), 'ms');
    await db.destroy();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
