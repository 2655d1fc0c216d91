import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { OFFICE, ADMIN, addAccount, newEngine, setUpVault } from '../support/vault.js';
import { tempDataDir } from '../support/engine.js';

describe('backups', () => {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const engine = (dataDir?: string) => {
    const t = newEngine(dataDir ? { dataDir } : {});
    cleanups.push(() => t.cleanup());
    return t;
  };
  const folder = () => {
    const dir = tempDataDir('blo-backups-');
    cleanups.push(dir.cleanup);
    return dir.dir;
  };

  async function vaultWithData() {
    const t = engine();
    const setup = await setUpVault(t);
    await addAccount(t, 'canbo1', ['officer']);
    return { t, recoveryKey: setup.recoveryKey };
  }

  it('writes one encrypted file, verified after writing, and clears the overdue reminder', async () => {
    const { t } = await vaultWithData();
    expect((await t.call('vault.status', {})).backupOverdue).toBe(true);
    const target = folder();
    const info = await t.call('backup.create', { folder: target });
    expect(info.verified).toBe(true);
    expect(readdirSync(target)).toEqual([info.file.split('/').at(-1)]);
    const bytes = readFileSync(info.file);
    expect(bytes.includes(Buffer.from('Cán bộ canbo1'))).toBe(false);
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect((await t.call('vault.status', {})).backupOverdue).toBe(false);
    expect((await t.call('backup.list', {}))[0]).toMatchObject({ file: info.file, verified: true });
    expect((await t.call('audit.list', { action: 'backup.' })).entries[0].action).toBe('backup.create');
  });

  it('restores on a new machine with a password, or with the recovery key', async () => {
    const { t, recoveryKey } = await vaultWithData();
    const { file } = await t.call('backup.create', { folder: folder() });

    const newPc = engine(tempDataDir('blo-newpc-').dir);
    expect(await newPc.tryCall('backup.restore', { file, credentials: { username: ADMIN.username, password: 'sai mật khẩu rồi nhé' } }))
      .toMatchObject({ ok: false, error: { code: 'wrong_credentials' } });
    await newPc.call('backup.restore', { file, credentials: { username: ADMIN.username, password: ADMIN.password } });
    expect((await newPc.call('vault.status', {})).state).toBe('locked');
    await newPc.call('vault.signIn', { username: ADMIN.username, password: ADMIN.password });
    expect((await newPc.call('accounts.list', {})).map((a) => a.username)).toEqual(['canbo1', 'quantri']);
    expect((await newPc.call('audit.list', { action: 'backup.restore' })).total).toBe(1);
    expect((await newPc.call('audit.verify', {})).intact).toBe(true);

    const otherPc = engine(tempDataDir('blo-otherpc-').dir);
    await otherPc.call('backup.restore', { file, credentials: { recoveryKey } });
    await otherPc.call('vault.signIn', { username: ADMIN.username, password: ADMIN.password });
  });

  it('refuses to restore a different vault over this one unless explicitly asked, and keeps the old one aside', async () => {
    const { t: first } = await vaultWithData();
    const { file } = await first.call('backup.create', { folder: folder() });
    const second = engine();
    await second.call('vault.setup', { office: { ...OFFICE, nameVi: 'VPLL Tịnh Biên', code: 'VPLL-TB' }, admin: ADMIN });
    expect(await second.tryCall('backup.restore', { file, credentials: { username: ADMIN.username, password: ADMIN.password } }))
      .toMatchObject({ ok: false, error: { code: 'rule_violation', fields: { replaceDifferentVault: {} } } });
    expect((await second.call('vault.status', {})).officeLabel).toBe('VPLL Tịnh Biên');

    await second.call('backup.restore', { file, credentials: { username: ADMIN.username, password: ADMIN.password }, replaceDifferentVault: true });
    expect((await second.call('vault.status', {})).officeLabel).toBe(OFFICE.nameVi);
    const aside = readdirSync(second.dataDir).filter((name) => name.startsWith('replaced-'));
    expect(aside).toHaveLength(1);
    expect(readdirSync(join(second.dataDir, aside[0]))).toEqual(expect.arrayContaining(['vault.db', 'keyring.json']));
  });

  it('refuses a damaged backup and leaves the current vault untouched', async () => {
    const { t } = await vaultWithData();
    const { file } = await t.call('backup.create', { folder: folder() });
    const bytes = readFileSync(file);
    bytes[bytes.length - 5000] ^= 0xff; // flip a byte inside the encrypted database pages
    writeFileSync(file, bytes);
    const target = engine(tempDataDir('blo-damaged-').dir);
    const result = await target.tryCall('backup.restore', { file, credentials: { username: ADMIN.username, password: ADMIN.password } });
    expect(result).toMatchObject({ ok: false });
    expect((await target.call('vault.status', {})).state).toBe('uninitialised');
    writeFileSync(file, 'not a backup at all');
    expect(await target.tryCall('backup.restore', { file, credentials: { username: ADMIN.username, password: ADMIN.password } }))
      .toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { file: {} } } });
  });

  it('requires a signed-in administrator to restore over an existing vault', async () => {
    const { t } = await vaultWithData();
    const { file } = await t.call('backup.create', { folder: folder() });
    await t.call('vault.signOut', {});
    expect(await t.tryCall('backup.restore', { file, credentials: { username: ADMIN.username, password: ADMIN.password } }))
      .toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
