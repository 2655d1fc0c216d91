import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { contract, ERROR_CODES, type ChannelName } from '../../src-shared/contract/index.js';
import { keyringPath } from '../../src-main/vault/keyring.js';
import type { TestEngine } from './vault.js';

/** Any JSON-ish value, biased towards objects that look almost right (right keys, wrong values). */
export function payloads(keys: string[]) {
  const anyValue = fc.oneof(
    fc.anything({ maxDepth: 2 }),
    fc.string({ maxLength: 3000 }),
    fc.constantFrom('', ' ', '\u0000', '<script>', "'; DROP TABLE accounts;--", 'Ω'.repeat(5000), '1e309', 'x\u202Ey'),
    fc.integer(),
    fc.double(),
    fc.constantFrom(null, undefined, true, [], {}, -1, 0, Number.MAX_SAFE_INTEGER),
  );
  const almostRight = keys.length
    ? fc.dictionary(fc.constantFrom(...keys, 'extra', '__proto__', 'constructor'), anyValue, { maxKeys: keys.length + 2 })
    : fc.constant({ extra: 1 });
  return fc.oneof(anyValue, almostRight);
}

/** The tables' hash, kept while the connection has made no change (the engine writes only through it). */
let tablesHash: { sqlite: unknown; totalChanges: number; hash: string } | null = null;

/** A fingerprint of everything stored: every table's rows and the keyring file. */
export function fingerprint(t: TestEngine) {
  const vault = t.engine.ctx.vault.open();
  // ~30k administrative units make hashing every table after every payload too slow; total_changes() tells whether anything was written.
  const totalChanges = vault.sqlite.prepare('SELECT total_changes()').pluck().get() as number;
  if (tablesHash?.sqlite !== vault.sqlite || tablesHash.totalChanges !== totalChanges) {
    const hash = createHash('sha256');
    const tables = vault.sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
    for (const table of tables) hash.update(table).update(JSON.stringify(vault.sqlite.prepare(`SELECT * FROM "${table}"`).raw().all()));
    tablesHash = { sqlite: vault.sqlite, totalChanges, hash: hash.digest('hex') };
  }
  return createHash('sha256')
    .update(tablesHash.hash)
    .update(readFileSync(keyringPath(t.dataDir)))
    .digest('hex');
}

/** Throws invalid payloads at `channels`: each must answer a typed error and leave storage unchanged. */
export async function fuzzChannels(t: TestEngine, channels: ChannelName[], numRuns = 60) {
  for (const name of channels) {
    const schema = contract[name].input;
    const keys = 'shape' in schema ? Object.keys((schema as unknown as { shape: object }).shape) : [];
    const before = fingerprint(t);
    await fc.assert(
      fc.asyncProperty(payloads(keys), async (payload) => {
        fc.pre(!schema.safeParse(payload).success);
        const result = await t.engine.dispatch(name, payload);
        if (result.ok) throw new Error(`${name} accepted an invalid payload`);
        if (!ERROR_CODES.includes(result.error.code)) throw new Error(`untyped error ${result.error.code}`);
        if (typeof result.error.message.vi !== 'string' || typeof result.error.message.en !== 'string') throw new Error('message not bilingual');
      }),
      { numRuns },
    );
    const after = fingerprint(t);
    if (after !== before) throw new Error(`${name}: invalid payloads changed stored data`);
  }
}
