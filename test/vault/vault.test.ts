import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dataKeyOf, freshEngines, openAsSqlcipher } from './vault-fixtures.js';
import { databasePath, keyringPath, readKeyring, type Keyring } from '../../src-main/vault/keyring.js';
import { ADMIN, addAccount, setUpVault, signInFresh, type TestEngine } from '../support/vault.js';

const SECRET_NAME = 'Nguyễn Thị Hương Bí Mật';

/** Signs the administrator in again and returns the newest audit entries (sign-in first). */
async function signInAgain(t: TestEngine) {
  await t.call('vault.signIn', { username: ADMIN.username, password: ADMIN.password });
  return t.call('audit.list', { action: 'auth.', limit: 2 });
}

describe('vault', () => {
  const fresh = freshEngines();

  it('sets up an encrypted vault: no plaintext on disk, not an SQLite header, opens as SQLCipher 4 with the key', async () => {
    const t = fresh();
    const { recoveryKey, session } = await setUpVault(t);
    expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){7}[0-9A-Z]{4}$/);
    expect(session.roles).toEqual(['administrator']);
    // A known record: the office name, an account display name and a setting, plus a value we look for.
    await t.call('accounts.create', { username: 'huong', displayName: SECRET_NAME, rank: '', position: '', roles: ['officer'], temporaryPassword: 'tạm thời rất dài 2026' });

    const files = readdirSync(t.dataDir).filter((name) => name.startsWith('vault.db'));
    expect(files).toContain('vault.db');
    expect(files).toContain('vault.db-wal');
    for (const name of files) {
      const bytes = readFileSync(join(t.dataDir, name));
      expect(bytes.includes(Buffer.from(SECRET_NAME, 'utf8')), name).toBe(false);
      expect(bytes.includes(Buffer.from('Văn phòng liên lạc', 'utf8')), name).toBe(false);
    }
    expect(readFileSync(databasePath(t.dataDir)).subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    // The keyring holds wrapped keys and the office's public name for the lock screen; no user or victim names.
    expect(readFileSync(keyringPath(t.dataDir), 'utf8')).not.toMatch(/huong|quantri|Hương|Trần Văn Quản/);

    const key = await dataKeyOf(t.dataDir, ADMIN.username, ADMIN.password);
    const second = openAsSqlcipher(databasePath(t.dataDir), key);
    expect(second.prepare('SELECT display_name FROM accounts WHERE username = ?').pluck().get('huong')).toBe(SECRET_NAME);
    second.close();
    const wrong = openAsSqlcipher(databasePath(t.dataDir), Buffer.alloc(32, 7));
    expect(() => wrong.prepare('SELECT count(*) FROM accounts').get()).toThrow(/not a database/);
    wrong.close();
  });

  it('locks: closes the database, forgets the session, and refuses signed-in channels', async () => {
    const t = fresh();
    await setUpVault(t);
    await t.call('vault.lock', {});
    expect((await t.call('vault.status', {})).state).toBe('locked');
    expect(await t.tryCall('accounts.list', {})).toMatchObject({ ok: false, error: { code: 'not_signed_in' } });
    expect(t.events.at(-1)).toEqual({ name: 'vault.locked', payload: { reason: 'manual' } });
    await t.call('vault.signIn', { username: 'QuanTri', password: ADMIN.password }); // user names ignore case
    expect((await t.call('vault.status', {})).state).toBe('unlocked');
  });

  it('counts wrong passwords, slows down, locks the account out, and audits every attempt', async () => {
    const t = fresh();
    await setUpVault(t);
    const { account, temporaryPassword } = await addAccount(t, 'canbo1', ['officer']);
    await t.call('vault.signOut', {});

    const wrong = await t.tryCall('vault.signIn', { username: 'canbo1', password: 'sai mật khẩu hoàn toàn' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'wrong_credentials', fields: { password: {} } } });
    expect(readKeyring(t.dataDir)!.accounts[account.id].failedAttempts).toBe(1);
    await t.tryCall('vault.signIn', { username: 'canbo1', password: 'sai lần thứ hai rồi' });
    const third = await t.tryCall('vault.signIn', { username: 'canbo1', password: 'sai lần thứ ba rồi' });
    expect(third).toMatchObject({ ok: false, error: { code: 'wrong_credentials' } });
    // After three failures the next attempt must wait, even with the right password.
    const slowed = await t.tryCall('vault.signIn', { username: 'canbo1', password: temporaryPassword });
    expect(slowed).toMatchObject({ ok: false, error: { code: 'slow_down', detail: { retryAfterSeconds: expect.any(Number) } } });
    expect(readKeyring(t.dataDir)!.accounts[account.id].failedAttempts).toBe(3);
    const unknown = await t.tryCall('vault.signIn', { username: 'khongtontai', password: 'bất kỳ mật khẩu nào' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'wrong_credentials' } });

    // Lock-out after the configured count (policy lives in the keyring so it works while the vault is closed).
    const keyring = readKeyring(t.dataDir)!;
    const slot = keyring.accounts[account.id];
    writeFileSync(
      keyringPath(t.dataDir),
      JSON.stringify({ ...keyring, accounts: { ...keyring.accounts, [account.id]: { ...slot, failedAttempts: 7, lastFailedAt: null } } } satisfies Keyring),
    );
    expect(await t.tryCall('vault.signIn', { username: 'canbo1', password: 'sai lần cuối cùng' })).toMatchObject({ ok: false, error: { code: 'account_locked' } });
    expect(await t.tryCall('vault.signIn', { username: 'canbo1', password: temporaryPassword })).toMatchObject({ ok: false, error: { code: 'account_locked' } });

    await t.call('vault.signIn', { username: ADMIN.username, password: ADMIN.password });
    const { entries } = await t.call('audit.list', { action: 'auth.' });
    const actions = entries.map((e) => `${e.action}:${(e.detail as { reason?: string }).reason ?? ''}`);
    expect(actions.filter((a) => a === 'auth.sign_in_failed:wrong_password')).toHaveLength(3);
    expect(actions).toContain('auth.sign_in_failed:unknown_user');
    expect(actions).toContain('auth.sign_in_failed:wrong_password_locked_out');
    expect(actions).toContain('auth.sign_in_refused:locked_out');
    expect(entries.find((e) => e.action === 'auth.sign_in_failed' && e.recordId === account.id)).toBeTruthy();

    // The administrator lifts the lock-out with a reset; the officer must then choose a new password.
    await t.call('accounts.resetPassword', { id: account.id, temporaryPassword: 'mật khẩu tạm mới 2026' });
    await t.call('vault.signOut', {});
    const session = await t.call('vault.signIn', { username: 'canbo1', password: 'mật khẩu tạm mới 2026' });
    expect(session.mustChangePassword).toBe(true);
    expect(await t.tryCall('audit.list', {})).toMatchObject({ ok: false, error: { code: 'password_change_required' } });
  });

  it('filters the audit log by exact action or prefix, and lists the people in it', async () => {
    const t = fresh();
    await setUpVault(t);
    await t.call('vault.lock', {});
    await t.tryCall('vault.signIn', { username: ADMIN.username, password: 'sai mật khẩu hoàn toàn' });
    await t.call('vault.signIn', { username: ADMIN.username, password: ADMIN.password });
    const exact = await t.call('audit.list', { action: 'auth.sign_in', actionExact: true });
    expect(new Set(exact.entries.map((e) => e.action))).toEqual(new Set(['auth.sign_in']));
    const prefix = await t.call('audit.list', { action: 'auth.sign_in' });
    expect(new Set(prefix.entries.map((e) => e.action))).toEqual(new Set(['auth.sign_in', 'auth.sign_in_failed']));
    expect(await t.call('audit.actors', {})).toEqual([{ accountId: expect.any(String), username: 'quantri', displayName: ADMIN.displayName }]);
  });

  it('filters the audit log by the office’s local day (UTC+7), not the UTC date', async () => {
    // 01:30 on 3 December in Hà Tiên is still 2 December in UTC.
    const t = fresh({ now: () => new Date('2026-12-02T18:30:00Z'), timeZone: 'Asia/Ho_Chi_Minh' });
    await setUpVault(t);
    const all = (await t.call('audit.list', {})).total;
    expect(all).toBeGreaterThan(0);
    expect((await t.call('audit.list', { from: '2026-12-03', to: '2026-12-03' })).total).toBe(all);
    expect((await t.call('audit.list', { to: '2026-12-02' })).total).toBe(0);
    expect((await t.call('audit.list', { from: '2026-12-04' })).total).toBe(0);
  });

  it('lets the recovery key restore administrator access with a new password', async () => {
    const t = fresh();
    const { recoveryKey } = await setUpVault(t);
    await t.call('vault.signOut', {});
    expect(
      await t.tryCall('vault.recover', { recoveryKey: 'AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH', username: ADMIN.username, newPassword: 'mật khẩu mới sau khôi phục' }),
    ).toMatchObject({ ok: false, error: { code: 'wrong_credentials', fields: { recoveryKey: {} } } });
    const typed = recoveryKey.toLowerCase().replace(/-/g, ' ');
    const session = await t.call('vault.recover', { recoveryKey: typed, username: ADMIN.username, newPassword: 'mật khẩu mới sau khôi phục' });
    expect(session.roles).toContain('administrator');
    await t.call('vault.signOut', {});
    expect(await t.tryCall('vault.signIn', { username: ADMIN.username, password: ADMIN.password })).toMatchObject({ ok: false });
    await t.call('vault.signIn', { username: ADMIN.username, password: 'mật khẩu mới sau khôi phục' });
    const { entries } = await t.call('audit.list', {});
    expect(entries.map((e) => e.action)).toEqual(expect.arrayContaining(['auth.recovery_used', 'auth.recovery_failed']));
  });

  it('changes a password by re-wrapping the key, never re-encrypting the database', async () => {
    const t = fresh();
    await setUpVault(t);
    const before = await dataKeyOf(t.dataDir, ADMIN.username, ADMIN.password);
    await t.call('vault.changeOwnPassword', { currentPassword: ADMIN.password, newPassword: 'một câu mật khẩu mới hoàn toàn' });
    const after = await dataKeyOf(t.dataDir, ADMIN.username, 'một câu mật khẩu mới hoàn toàn');
    expect(after.equals(before)).toBe(true);
    expect(await t.tryCall('vault.changeOwnPassword', { currentPassword: 'sai mật khẩu hiện tại', newPassword: 'một mật khẩu khác dài' })).toMatchObject({
      ok: false,
      error: { code: 'wrong_credentials', fields: { currentPassword: {} } },
    });
    expect(await t.tryCall('vault.changeOwnPassword', { currentPassword: 'một câu mật khẩu mới hoàn toàn', newPassword: 'ngắn' })).toMatchObject({
      ok: false,
      error: { code: 'weak_password', fields: { newPassword: {} } },
    });
  });

  it('refuses a vault whose schema is newer than the app, without modifying it', async () => {
    const t = fresh();
    await setUpVault(t);
    const key = await dataKeyOf(t.dataDir, ADMIN.username, ADMIN.password);
    await t.call('vault.signOut', {});
    const raw = openAsSqlcipher(databasePath(t.dataDir), key);
    raw.prepare('INSERT INTO kysely_migration (name, timestamp) VALUES (?, ?)').run('9999_from_the_future', new Date().toISOString());
    raw.pragma('wal_checkpoint(TRUNCATE)');
    raw.close();
    const before = readFileSync(databasePath(t.dataDir));
    expect(await t.tryCall('vault.signIn', { username: ADMIN.username, password: ADMIN.password })).toMatchObject({ ok: false, error: { code: 'schema_too_new' } });
    expect(readFileSync(databasePath(t.dataDir)).equals(before)).toBe(true);
  });

  it('runs the first-sign-in flow for a new officer: temporary password → must change → works', async () => {
    const t = fresh();
    await setUpVault(t);
    const { temporaryPassword } = await addAccount(t, 'canbo2', ['officer']);
    await t.call('vault.signOut', {});
    const password = await signInFresh(t, 'canbo2', temporaryPassword);
    expect((await t.call('vault.me', {})).mustChangePassword).toBe(false);
    expect(await t.tryCall('accounts.list', {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await t.call('vault.signOut', {});
    await t.call('vault.signIn', { username: 'canbo2', password });
  });

  it('never leaves the vault without an active administrator: not by role removal, not by disabling', async () => {
    const t = fresh();
    const { session } = await setUpVault(t);
    const [admin] = await t.call('accounts.list', {});
    const update = (account: { id: string; version: number }, change: { roles?: ('administrator' | 'commander')[]; disabled?: boolean }) =>
      t.tryCall('accounts.update', {
        id: account.id,
        version: account.version,
        displayName: 'Quản trị',
        rank: '',
        position: '',
        roles: change.roles ?? ['administrator'],
        disabled: change.disabled ?? false,
      });
    const lastAdmin = { ok: false, error: { code: 'rule_violation', fields: { roles: {} } } };
    expect(await update(admin, { roles: ['commander'] })).toMatchObject(lastAdmin);

    // A second administrator may be disabled while the first remains…
    const { account: second } = await addAccount(t, 'quantri2', ['administrator']);
    // (With another active administrator, disabling oneself is still refused — by its own rule.)
    const meWithSecond = (await t.call('accounts.list', {})).find((a) => a.id === session.accountId)!;
    expect(await update(meWithSecond, { disabled: true })).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', fields: { disabled: { en: 'Cannot disable yourself.' } } },
    });
    expect(await update(second, { disabled: true })).toMatchObject({ ok: true });
    expect((await t.call('accounts.list', {})).find((a) => a.id === second.id)!.disabled).toBe(true);
    // With the second disabled, the first is the only active administrator again and cannot lose the role.
    const me = (await t.call('accounts.list', {})).find((a) => a.id === session.accountId)!;
    expect(await update(me, { roles: ['commander'] })).toMatchObject(lastAdmin);
    // Disabling the last active administrator is refused as the last administrator, before any other rule.
    expect(await update(me, { disabled: true })).toMatchObject({ ok: false, error: { code: 'rule_violation', fields: { roles: { en: 'This is the last administrator.' } } } });
    expect((await t.call('accounts.list', {})).filter((a) => a.roles.includes('administrator') && !a.disabled).map((a) => a.id)).toEqual([session.accountId]);
  });

  it('refuses an account update made from a stale version, and changes nothing', async () => {
    const t = fresh();
    await setUpVault(t);
    const { account } = await addAccount(t, 'canbo1', ['officer']);
    const edit = { id: account.id, displayName: 'Tên mới', rank: '', position: '', roles: ['officer' as const], disabled: false };
    await t.call('accounts.update', { ...edit, version: account.version });
    expect(await t.tryCall('accounts.update', { ...edit, displayName: 'Tên cũ ghi đè', version: account.version })).toMatchObject({
      ok: false,
      error: { code: 'conflict', detail: { current: { displayName: 'Tên mới', version: account.version + 1 } } },
    });
    const after = (await t.call('accounts.list', {})).find((a) => a.id === account.id)!;
    expect(after).toMatchObject({ displayName: 'Tên mới', version: account.version + 1 });
  });

  it('locks itself after the idle time, and activity postpones it (engine timers, no sleeping)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const t = fresh({ idleLockSecondsOverride: 60 });
    await setUpVault(t);
    await vi.advanceTimersByTimeAsync(40_000);
    expect((await t.call('system.activity', {})).lockInSeconds).toBe(60);
    await vi.advanceTimersByTimeAsync(40_000);
    expect((await t.call('vault.status', {})).state).toBe('unlocked');
    await vi.advanceTimersByTimeAsync(20_001);
    expect((await t.call('vault.status', {})).state).toBe('locked');
    expect(t.events).toContainEqual({ name: 'vault.locked', payload: { reason: 'idle' } });
  });

  it('runs an idle lock after the call in progress, never in the middle of it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const t = fresh({ idleLockSecondsOverride: 1 });
    await setUpVault(t);
    const seen: string[] = [];
    // A long call (a 300-person PDF, an import) that outlives the idle time.
    const longCall = t.engine.ctx.serially(async () => {
      await new Promise((resolve) => setTimeout(resolve, 1400));
      seen.push(`call finished with the vault ${t.engine.ctx.vault.state()}`);
    });
    await vi.advanceTimersByTimeAsync(1400);
    await longCall;
    await t.engine.ctx.serially(async () => {}); // the queued idle lock has run
    expect(seen).toEqual(['call finished with the vault unlocked']);
    expect(t.engine.ctx.vault.state()).toBe('locked');
  });

  it('locks on OS suspend and on screen lock', async () => {
    const t = fresh();
    await setUpVault(t);
    for (const event of ['suspend', 'lock-screen'] as const) {
      await t.engine.power(event);
      expect((await t.call('vault.status', {})).state).toBe('locked');
      expect(t.events.at(-1)).toEqual({ name: 'vault.locked', payload: { reason: event } });
      const { entries } = await signInAgain(t);
      expect(entries[1]).toMatchObject({ action: 'auth.lock', detail: { reason: event } });
    }
  });

  it('asks the administrator to type back part of the recovery key', async () => {
    const t = fresh();
    const { recoveryKey } = await setUpVault(t);
    expect((await t.call('vault.status', {})).recoveryConfirmed).toBe(false);
    const groups = recoveryKey.split('-');
    expect(await t.tryCall('vault.confirmRecoveryKey', { groups: { '2': groups[2], '5': 'ZZZZ' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await t.call('vault.confirmRecoveryKey', { groups: { '2': groups[2].toLowerCase(), '5': groups[5] } });
    expect((await t.call('vault.status', {})).recoveryConfirmed).toBe(true);
  });
});
