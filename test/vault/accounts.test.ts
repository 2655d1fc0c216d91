import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccountSummary } from '../../src-shared/contract/index.js';
import { auditSince, snapshot } from '../support/vault-snapshot.js';
import { addAccount, ADMIN, newEngine, setUpVault, type TestEngine } from '../support/vault.js';

/** Accounts as an administrator manages them: every rule of create, update and password reset, refused or applied. */
describe('accounts', () => {
  let t: TestEngine;
  let admin: AccountSummary;
  let officer: AccountSummary;

  const edit = (
    account: AccountSummary,
    change: Partial<{ displayName: string; rank: string; position: string; roles: AccountSummary['roles']; disabled: boolean; version: number }>,
  ) =>
    t.tryCall('accounts.update', {
      id: account.id,
      version: account.version,
      displayName: account.displayName,
      rank: account.rank,
      position: account.position,
      roles: account.roles,
      disabled: account.disabled,
      ...change,
    });

  beforeAll(async () => {
    t = newEngine();
    await setUpVault(t);
    admin = (await t.call('accounts.list', {})).find((account) => account.username === ADMIN.username)!;
    officer = (await addAccount(t, 'CanBo.Lan', ['officer', 'officer', 'liaison'])).account;
  });
  afterAll(() => t.cleanup());

  it('creates an account with a normalised user name, each role once, a temporary password to change, at version 1', () => {
    expect(officer).toMatchObject({ username: 'canbo.lan', roles: ['officer', 'liaison'], mustChangePassword: true, disabled: false, lockedOut: false, version: 1 });
  });

  it('lists accounts by user name', async () => {
    expect((await t.call('accounts.list', {})).map((account) => account.username)).toEqual(['canbo.lan', 'quantri']);
  });

  it('refuses a user name already taken, whatever its case, beside the field', async () => {
    const result = await t.tryCall('accounts.create', { username: 'CANBO.LAN', displayName: 'X', roles: ['officer'], temporaryPassword: 'một mật khẩu đủ dài 2026' });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', fields: { username: { en: 'This user name is taken.' } } } });
  });

  it('refuses a weak temporary password beside its field and stores nothing', async () => {
    const before = snapshot(t);
    const result = await t.tryCall('accounts.create', { username: 'yeu', displayName: 'X', roles: ['officer'], temporaryPassword: 'yeu' });
    expect(result).toMatchObject({ ok: false, error: { code: 'weak_password', fields: { temporaryPassword: expect.anything() } } });
    expect(snapshot(t).tables).toEqual(before.tables);
  });

  it('updates the fields with the current version, names the changed ones in the audit log, and moves the version on', async () => {
    const before = snapshot(t);
    const result = await edit(officer, { displayName: 'Nguyễn Thị Lan', rank: 'Trung úy', roles: ['officer'] });
    expect(result).toMatchObject({ ok: true, value: { displayName: 'Nguyễn Thị Lan', rank: 'Trung úy', position: '', roles: ['officer'], version: 2 } });
    const [entry] = auditSince(t, before.auditSeq);
    expect(entry).toMatchObject({ action: 'account.update', record_id: officer.id });
    expect(entry.detail).toEqual({ changed: ['display_name', 'rank', 'roles'], roles: ['officer'] });
    officer = (result as { value: AccountSummary }).value;
  });

  it('refuses a stale version with the current account, and changes nothing', async () => {
    const before = snapshot(t);
    const result = await edit(officer, { displayName: 'Cũ', version: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', detail: { current: { id: officer.id, version: 2, displayName: 'Nguyễn Thị Lan' } } } });
    expect(snapshot(t).tables).toEqual(before.tables);
  });

  it('refuses an account that does not exist', async () => {
    expect(await edit({ ...officer, id: '01890a5d-ac96-774b-bcce-b302099a8057' }, {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await t.tryCall('accounts.resetPassword', { id: '01890a5d-ac96-774b-bcce-b302099a8057', temporaryPassword: 'một mật khẩu đủ dài 2026' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('the only administrator can neither lose the role nor be disabled; nobody disables themself', async () => {
    expect(await edit(admin, { roles: ['commander'] })).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', fields: { roles: { en: 'This is the last administrator.' } } },
    });
    expect(await edit(admin, { disabled: true })).toMatchObject({ ok: false, error: { code: 'rule_violation', fields: { roles: expect.anything() } } });
    const second = await edit(officer, { roles: ['officer', 'administrator'] });
    expect(second.ok).toBe(true);
    officer = (second as { value: AccountSummary }).value;
    // With a second administrator the first may drop the role, but still not disable their own account.
    expect(await edit(admin, { disabled: true })).toMatchObject({ ok: false, error: { code: 'rule_violation', fields: { disabled: { en: 'Cannot disable yourself.' } } } });
    const demoted = await edit(admin, { roles: ['administrator', 'commander'] });
    expect(demoted).toMatchObject({ ok: true, value: { roles: ['administrator', 'commander'] } });
    const disabled = await edit(officer, { disabled: true });
    expect(disabled).toMatchObject({ ok: true, value: { disabled: true } });
    officer = (disabled as { value: AccountSummary }).value;
  });

  it('a password reset checks the policy, then sets a temporary password to change and lifts a lockout', async () => {
    expect(await t.tryCall('accounts.resetPassword', { id: officer.id, temporaryPassword: 'canbo.lan' })).toMatchObject({ ok: false, error: { code: 'weak_password' } });
    const before = snapshot(t);
    const reset = await t.call('accounts.resetPassword', { id: officer.id, temporaryPassword: 'mật khẩu tạm mới năm 2026' });
    expect(reset).toMatchObject({ mustChangePassword: true, lockedOut: false, failedAttempts: 0 });
    expect(auditSince(t, before.auditSeq).map((entry) => [entry.action, entry.record_id])).toEqual([['account.password_reset', officer.id]]);
  });
});
