import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshEngines } from './vault-fixtures.js';
import { KDF_TARGET, passwordKek, wrapKey, type DataKey, type Kek } from '../../src-main/vault/key-crypto.js';
import { keyringPath, readKeyring, removeStaleTempFiles, type Keyring } from '../../src-main/vault/keyring.js';
import { findSlot, unwrapSlot } from '../../src-main/vault/slots.js';
import { ADMIN, addAccount, setUpVault, signInFresh, type TestEngine } from '../support/vault.js';

/** A clock the test moves by hand: throttling waits are skipped without sleeping. */
function manualClock(start = '2026-12-02T02:00:00Z') {
  let now = Date.parse(start);
  return { now: () => new Date(now), advance: (seconds: number) => (now += seconds * 1000) };
}

const writeRawKeyring = (t: TestEngine, keyring: unknown) => writeFileSync(keyringPath(t.dataDir), JSON.stringify(keyring));
const codeOf = (result: { ok: boolean; error?: { code: string } }) => (result.ok ? 'ok' : result.error!.code);

describe('sign-in: one keyring writer, throttling, KDF migration, untrusted keyring', () => {
  const fresh = freshEngines();

  it('counts and audits every failed sign-in made while another person works, and locks out at the limit', async () => {
    const clock = manualClock();
    const t = fresh({ now: clock.now });
    await setUpVault(t);
    const { account } = await addAccount(t, 'canbo1', ['officer']);
    const replies: string[] = [];
    for (let attempt = 1; attempt <= 9; attempt++) {
      clock.advance(61); // past any slow-down
      replies.push(codeOf(await t.tryCall('vault.signIn', { username: 'canbo1', password: `sai lần thứ ${attempt} rồi nhé` })));
      // The administrator's session keeps saving in between: each save rewrites the keyring's seal.
      await t.call('settings.update', { idleLockMinutes: 10 + (attempt % 2), maxFailedAttempts: 8, backupReminderDays: 7, backupFolder: '' });
    }
    expect(replies).toEqual([...Array(7).fill('wrong_credentials'), 'account_locked', 'account_locked']);
    expect(readKeyring(t.dataDir)!.accounts[account.id]).toMatchObject({ failedAttempts: 8, lockedOut: true });
    expect((await t.call('vault.me', {})).username).toBe(ADMIN.username); // the open session was never touched
    const { entries } = await t.call('audit.list', { action: 'auth.sign_in_', recordId: account.id });
    const reasons = entries.map((e) => `${e.action}:${(e.detail as { reason: string }).reason}`).reverse();
    expect(reasons).toEqual([...Array(7).fill('auth.sign_in_failed:wrong_password'), 'auth.sign_in_failed:wrong_password_locked_out', 'auth.sign_in_refused:locked_out']);
    expect(await t.call('audit.verify', {})).toMatchObject({ intact: true });
  });

  it('answers an unknown user name exactly as a known one (wrong, slow down, locked) and logs unknown names in aggregate', async () => {
    const clock = manualClock();
    const t = fresh({ now: clock.now });
    await setUpVault(t);
    await addAccount(t, 'canbo1', ['officer']);
    await t.call('vault.signOut', {});
    const replies = async (username: string) => {
      const seen: string[] = [];
      for (let attempt = 1; attempt <= 9; attempt++) {
        const result = await t.tryCall('vault.signIn', { username, password: `đoán mật khẩu số ${attempt}` });
        seen.push(result.ok ? 'ok' : `${result.error.code}:${result.error.message.en}`);
        if (attempt === 3) {
          // Straight after the third failure both must say "slow down", with the same wait.
          const slowed = await t.tryCall('vault.signIn', { username, password: 'thêm một lần nữa' });
          seen.push(slowed.ok ? 'ok' : `${slowed.error.code}:${slowed.error.message.en}`);
        }
        clock.advance(61);
      }
      return seen;
    };
    const known = await replies('canbo1');
    const unknown = await replies('khongcoai');
    expect(unknown).toEqual(known);
    expect(known[3]).toMatch(/^slow_down:/);
    expect(known.at(-1)).toMatch(/^account_locked:/);

    // Noise of many unknown names never displaces a real account's failures, which wait in the keyring.
    const before = readKeyring(t.dataDir)!;
    for (let n = 0; n < 40; n++) await t.tryCall('vault.signIn', { username: `ten.la.${n}`, password: 'bất kỳ mật khẩu nào' });
    const after = readKeyring(t.dataDir)!;
    expect(after.pendingAudit).toEqual(before.pendingAudit);
    expect(after.pendingAudit.filter((event) => event.accountId !== null)).toHaveLength(9);
    expect(after.unknownNames.pending!.count).toBe(before.unknownNames.pending!.count + 40);

    await t.call('vault.signIn', { username: ADMIN.username, password: ADMIN.password });
    const { entries } = await t.call('audit.list', { action: 'auth.sign_in_failed', actionExact: true });
    expect(entries.filter((e) => e.recordType === 'account')).toHaveLength(8);
    expect(entries.filter((e) => (e.detail as { reason: string }).reason === 'unknown_user')).toEqual([
      expect.objectContaining({ detail: expect.objectContaining({ count: 9 + 40 }) }),
    ]);
  });

  it('keeps user names out of reach of cheap guessing: the index is a salted slow hash, not a keyed hash with the key beside it', async () => {
    const t = fresh();
    await setUpVault(t);
    const keyring = readKeyring(t.dataDir)!;
    const text = readFileSync(keyringPath(t.dataDir), 'utf8');
    expect(text).not.toContain(ADMIN.username);
    const { createHmac } = await import('node:crypto');
    const oldIndex = createHmac('sha256', keyring.vaultId).update(ADMIN.username).digest('hex');
    expect(text).not.toContain(oldIndex);
    // The index is Argon2id (16 MiB, 3 passes) over the name with the keyring's salt: every guess costs that run.
    const { hashRaw } = await import('@node-rs/argon2');
    const expected = await hashRaw(`blo-desk/username/v1|${ADMIN.username}`, {
      algorithm: 2,
      memoryCost: 16 * 1024,
      timeCost: 3,
      parallelism: 1,
      outputLen: 32,
      salt: Buffer.from(keyring.lookupSalt, 'base64'),
    });
    expect(Object.values(keyring.accounts)[0].lookup).toBe(expected.toString('hex'));
  });

  it('re-wraps a slot below the KDF target at the next sign-in, and refuses one below the hard floor', async () => {
    const t = fresh();
    await setUpVault(t);
    await t.call('vault.signOut', {});
    const keyring = readKeyring(t.dataDir)!;
    const { accountId, slot } = await findSlot(keyring, ADMIN.username);
    const dataKey = (await unwrapSlot(keyring, accountId!, slot!, ADMIN.password)) as DataKey;
    const older = { ...slot!.kdf, memoryKiB: 32 * 1024, iterations: 2 }; // what an earlier release might have written
    const olderSlot = { ...slot!, kdf: older, wrapped: wrapKey(dataKey, await passwordKek(ADMIN.password, older), keyring.vaultId, accountId!) };
    writeRawKeyring(t, { ...keyring, accounts: { [accountId!]: olderSlot } } satisfies Keyring);

    await t.call('vault.signIn', { username: ADMIN.username, password: ADMIN.password });
    expect(readKeyring(t.dataDir)!.accounts[accountId!].kdf).toMatchObject({ memoryKiB: KDF_TARGET.memoryKiB, iterations: KDF_TARGET.iterations });
    expect((await t.call('audit.list', { action: 'auth.kdf_upgraded' })).total).toBe(1);
    await t.call('vault.signOut', {});
    await t.call('vault.signIn', { username: ADMIN.username, password: ADMIN.password });
    await t.call('vault.signOut', {});

    const upgraded = readKeyring(t.dataDir)!;
    const weak = { ...upgraded.accounts[accountId!], kdf: { ...upgraded.accounts[accountId!].kdf, memoryKiB: 1024, iterations: 1 } };
    writeRawKeyring(t, { ...upgraded, accounts: { [accountId!]: weak } });
    expect(await t.tryCall('vault.signIn', { username: ADMIN.username, password: ADMIN.password })).toMatchObject({
      ok: false,
      error: { code: 'damaged', message: { en: expect.stringMatching(/below the minimum/) } },
    });
  });

  it('parses the keyring as untrusted: a malformed or half-valid file is "damaged", never a crash', async () => {
    const t = fresh();
    await setUpVault(t);
    await t.call('vault.signOut', {});
    const keyring = readKeyring(t.dataDir)!;
    const [id, slot] = Object.entries(keyring.accounts)[0];
    const variants: unknown[] = [
      { ...keyring, accounts: { [id]: { ...slot, failedAttempts: 'nhiều' } } },
      { ...keyring, accounts: { [id]: { ...slot, wrapped: null } } },
      { ...keyring, format: 1 },
      { ...keyring, extra: true },
      [],
    ];
    for (const variant of variants) {
      writeRawKeyring(t, variant);
      expect((await t.call('vault.status', {})).state).toBe('locked');
      expect(await t.tryCall('vault.signIn', { username: ADMIN.username, password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'damaged' } });
      expect(await t.tryCall('vault.setup', { office: { nameVi: 'x' }, admin: ADMIN })).toMatchObject({ ok: false });
    }
    writeFileSync(keyringPath(t.dataDir), '{"format": 2, "vaultId": ');
    expect(await t.tryCall('vault.signIn', { username: ADMIN.username, password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'damaged' } });
    writeRawKeyring(t, keyring);
    await t.call('vault.signIn', { username: ADMIN.username, password: ADMIN.password });
  });

  it('removes keyring temp files a killed process left behind, but not those of a process still writing', async () => {
    const t = fresh();
    await setUpVault(t);
    await t.close();
    const dead = `${keyringPath(t.dataDir)}.tmp-4194303`;
    const alive = `${keyringPath(t.dataDir)}.tmp-${process.ppid}`;
    for (const file of [dead, alive]) writeFileSync(file, '{"half":');
    const restarted = fresh({ dataDir: t.dataDir });
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(alive)).toBe(true);
    expect(removeStaleTempFiles(t.dataDir, () => false)).toEqual([alive.split('/').at(-1)]);
    await restarted.call('vault.signIn', { username: ADMIN.username, password: ADMIN.password });
  });

  it('a new account signs in after its slot is found by the slow index', async () => {
    const t = fresh();
    await setUpVault(t);
    const { temporaryPassword } = await addAccount(t, 'canbo.lan', ['officer']);
    await t.call('vault.signOut', {});
    await signInFresh(t, 'CANBO.LAN', temporaryPassword);
    expect((await t.call('vault.me', {})).username).toBe('canbo.lan');
  });
});

// Distinct key types: a KEK where a data key belongs (or the other way round) does not type-check.
export function keyTypesStayApart(dataKey: DataKey, kek: Kek) {
  // @ts-expect-error a KEK is not a data key
  wrapKey(kek, dataKey, 'vault', 'slot');
  return wrapKey(dataKey, kek, 'vault', 'slot');
}
