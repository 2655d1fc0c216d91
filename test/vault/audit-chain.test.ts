import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { passwordKek, unwrapKey } from '../../src-main/vault/key-crypto.js';
import { databasePath, readKeyring, usernameLookup } from '../../src-main/vault/keyring.js';
import { ADMIN, addAccount, newEngine, setUpVault, type TestEngine } from '../support/vault.js';

/** Tampering as an attacker with the key would: straight into the raw database, around the app. */
async function tamper(t: TestEngine, sql: string[]) {
  const keyring = readKeyring(t.dataDir)!;
  const [accountId, slot] = Object.entries(keyring.accounts).find(([, s]) => s.lookup === usernameLookup(keyring.vaultId, ADMIN.username))!;
  const key = unwrapKey(slot.wrapped, await passwordKek(ADMIN.password, slot.kdf), keyring.vaultId, accountId)!;
  await t.call('vault.signOut', {});
  const raw = new Database(databasePath(t.dataDir));
  raw.pragma(`cipher='sqlcipher'`);
  raw.pragma('legacy=4');
  raw.pragma(`key="x'${key.toString('hex')}'"`);
  raw.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  for (const statement of sql) raw.exec(statement);
  raw.close();
  await t.call('vault.signIn', { username: ADMIN.username, password: ADMIN.password });
}

describe('audit hash chain', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = newEngine();
    await setUpVault(t);
    for (const name of ['canbo1', 'canbo2', 'canbo3']) await addAccount(t, name, ['officer']);
  });
  afterEach(() => t.cleanup());

  it('is intact after normal work', async () => {
    const verdict = await t.call('audit.verify', {});
    expect(verdict.intact).toBe(true);
    expect(verdict.entries).toBeGreaterThanOrEqual(5);
  });

  it('refuses UPDATE and DELETE through the database itself', async () => {
    const vault = t.engine.ctx.vault.open();
    expect(() => vault.sqlite.prepare("UPDATE audit_log SET actor = 'x' WHERE seq = 1").run()).toThrow(/append-only/);
    expect(() => vault.sqlite.prepare('DELETE FROM audit_log WHERE seq = 1').run()).toThrow(/append-only/);
  });

  it('detects an edited entry at that entry', async () => {
    await tamper(t, ["UPDATE audit_log SET detail = '{\"username\":\"someone-else\"}' WHERE seq = 3"]);
    expect(await t.call('audit.verify', {})).toMatchObject({ intact: false, brokenAt: 3, reason: 'edited' });
  });

  it('detects a deleted entry in the middle at the gap', async () => {
    await tamper(t, ['DELETE FROM audit_log WHERE seq = 4']);
    expect(await t.call('audit.verify', {})).toMatchObject({ intact: false, brokenAt: 4, reason: 'missing' });
  });

  it('detects a cut tail through the head kept in the keyring', async () => {
    const before = await t.call('audit.verify', {});
    // Cut the last entries (including this verify and the sign-out/sign-in around the tamper); keep a consistent chain.
    await tamper(t, [`DELETE FROM audit_log WHERE seq > ${before.entries - 2}`]);
    const verdict = await t.call('audit.verify', {});
    expect(verdict.intact).toBe(false);
    expect(verdict).toMatchObject({ reason: 'tail_cut', brokenAt: before.entries - 1 });
  });

  it('detects a re-chained forgery (edited entry with recomputed hashes) via the keyed head', async () => {
    // An attacker recomputes every hash after editing: the chain is self-consistent, but the keyring head's hash no longer matches.
    const vault = t.engine.ctx.vault.open();
    const rows = vault.sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Record<string, unknown>[];
    const { entryHash, GENESIS_HASH } = await import('../../src-main/vault/audit-chain.js');
    let prev = GENESIS_HASH;
    const statements: string[] = [];
    for (const row of rows) {
      const fields = { ...(row as never as Parameters<typeof entryHash>[1]) };
      if (fields.seq === 2) fields.actor = 'forged';
      const hash = entryHash(prev, fields);
      statements.push(`UPDATE audit_log SET actor = '${fields.actor}', prev_hash = '${prev}', hash = '${hash}' WHERE seq = ${fields.seq}`);
      prev = hash;
    }
    // The sign-in after tampering appends a new entry chained to the forged chain; the head in the keyring is then
    // moved by that append, so forge also that: verify must still catch the mismatch at the old head.
    const headBefore = readKeyring(t.dataDir)!.auditHead!;
    await tamper(t, statements);
    const verdict = await t.call('audit.verify', {});
    expect(headBefore.seq).toBeGreaterThan(2);
    expect(verdict.intact).toBe(false);
  });
});
