import type Database from 'better-sqlite3-multiple-ciphers';
import { readFileSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { entryHash, GENESIS_HASH, verifyChain, type AuditRow } from '../../src-main/vault/audit-chain.js';
import { databasePath, keyringPath, readKeyring } from '../../src-main/vault/keyring.js';
import { dataKeyOf, openAsSqlcipher } from './vault-fixtures.js';
import { ADMIN, addAccount, newEngine, setUpVault, type TestEngine } from '../support/vault.js';

/** Tampering as an attacker with the key would: straight into the raw database, around the app. */
async function tamper(t: TestEngine, sql: string[]) {
  await tamperWith(t, (raw) => {
    for (const statement of sql) raw.exec(statement);
  });
}

async function tamperWith(t: TestEngine, edit: (raw: Database.Database) => void) {
  const key = await dataKeyOf(t.dataDir);
  await t.call('vault.signOut', {});
  const raw = openAsSqlcipher(databasePath(t.dataDir), key);
  raw.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
  edit(raw);
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
    await tamper(t, ['UPDATE audit_log SET detail = \'{"username":"someone-else"}\' WHERE seq = 3']);
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

  it('detects a re-chained forgery (edited entry with every later hash recomputed) via the keyed head', async () => {
    // The chain is made fully self-consistent (the sign-out entry included), so only the keyed head can catch it.
    const headBefore = readKeyring(t.dataDir)!.auditSeal!.head;
    let forgedHead: { seq: number; hash: string } | null = null;
    await tamperWith(t, (raw) => {
      const rows = raw.prepare('SELECT * FROM audit_log ORDER BY seq').all() as AuditRow[];
      let prev = GENESIS_HASH;
      const update = raw.prepare('UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ? WHERE seq = ?');
      for (const row of rows) {
        const fields = { ...row, actor: row.seq === 2 ? 'forged' : row.actor };
        const hash = entryHash(prev, fields);
        update.run(fields.actor, prev, hash, row.seq);
        prev = hash;
      }
      const forged = raw.prepare('SELECT * FROM audit_log ORDER BY seq').all() as AuditRow[];
      forgedHead = { seq: forged.at(-1)!.seq, hash: forged.at(-1)!.hash };
      // Without the keyed head this forgery is invisible: the chain checks out link by link.
      expect(verifyChain(forged, forgedHead)).toEqual({ intact: true, entries: forged.length });
    });
    const sealedSeq = forgedHead!.seq; // the sign-out entry, sealed before the tamper
    expect(sealedSeq).toBeGreaterThan(headBefore.seq);
    expect(await t.call('audit.verify', {})).toMatchObject({ intact: false, brokenAt: sealedSeq, reason: 'edited' });
  });

  it('checks each entry’s link to the previous hash, not only its own hash', async () => {
    // Only the link is changed: the row's own hash (computed over the true predecessor) still matches.
    await tamper(t, [`UPDATE audit_log SET prev_hash = '${'ab'.repeat(32)}' WHERE seq = 3`]);
    expect(await t.call('audit.verify', {})).toMatchObject({ intact: false, brokenAt: 3, reason: 'missing' });
  });

  it('reports two swapped entries as out of order, not missing', async () => {
    await tamper(t, ['UPDATE audit_log SET seq = -4 WHERE seq = 4', 'UPDATE audit_log SET seq = 4 WHERE seq = 5', 'UPDATE audit_log SET seq = 5 WHERE seq = -4']);
    expect(await t.call('audit.verify', {})).toMatchObject({ intact: false, brokenAt: 4, reason: 'reordered' });
  });

  it('raises an alarm when the seal is removed next to an older copy of the database', async () => {
    await t.call('vault.signOut', {});
    const older = readFileSync(databasePath(t.dataDir));
    await t.call('vault.signIn', { username: ADMIN.username, password: ADMIN.password });
    await addAccount(t, 'canbo4', ['officer']); // the "case" that will disappear
    await t.call('vault.signOut', {});
    writeFileSync(databasePath(t.dataDir), older);
    const keyring = readKeyring(t.dataDir)!;
    writeFileSync(keyringPath(t.dataDir), JSON.stringify({ ...keyring, auditSeal: null }));
    await t.call('vault.signIn', { username: ADMIN.username, password: ADMIN.password });
    expect(await t.call('audit.verify', {})).toMatchObject({ intact: false, brokenAt: 1, reason: 'head_missing' });
    expect((await t.call('audit.list', { action: 'audit.alarm', actionExact: true })).entries[0].detail).toMatchObject({ reason: 'head_missing' });
  });

  it('keeps an alarm that was deleted from the keyring: it is sealed, and kept in the database and the log', async () => {
    const before = await t.call('audit.verify', {});
    await tamper(t, [`DELETE FROM audit_log WHERE seq > ${before.entries - 2}`]);
    const raised = await t.call('audit.verify', {});
    expect(raised).toMatchObject({ intact: false, reason: 'tail_cut', brokenAt: before.entries - 1 });
    await t.call('vault.signOut', {});
    const keyring = readKeyring(t.dataDir)!;
    // Clear the alarm in the file, keeping the old MAC (the key is needed to re-seal).
    writeFileSync(keyringPath(t.dataDir), JSON.stringify({ ...keyring, auditSeal: { ...keyring.auditSeal!, alarm: null } }));
    await t.call('vault.signIn', { username: ADMIN.username, password: ADMIN.password });
    expect(await t.call('audit.verify', {})).toMatchObject({ intact: false, reason: 'tail_cut', brokenAt: before.entries - 1 });
    expect(readKeyring(t.dataDir)!.auditSeal!.alarm).toMatchObject({ reason: 'tail_cut' });
  });
});
