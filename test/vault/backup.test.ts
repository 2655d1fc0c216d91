import { createHash } from 'node:crypto';
import { closeSync, openSync, readdirSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { databasePath, readKeyring } from '../../src-main/vault/keyring.js';
import { dataKeyOf, openAsSqlcipher } from './vault-fixtures.js';
import { afterEach, describe, expect, it } from 'vitest';
import { OFFICE, ADMIN, addAccount, newEngine, setUpVault } from '../support/vault.js';
import { tempDataDir } from '../support/engine.js';

const flip = (bytes: Buffer, position: number, mask = 0xff) => {
  const copy = Buffer.from(bytes);
  copy[position] ^= mask;
  return copy;
};

function replaceOnce(bytes: Buffer, from: string, to: string) {
  const at = bytes.indexOf(Buffer.from(from));
  expect(at).toBeGreaterThan(0);
  return Buffer.concat([bytes.subarray(0, at), Buffer.from(to), bytes.subarray(at + from.length)]);
}

/** Recomputes the plain SHA-256 trailer, as someone editing the file on purpose would. */
const withChecksum = (bytes: Buffer) => {
  const body = bytes.subarray(0, bytes.length - 32);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
};

const snapshotFolder = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => [
        join(entry.parentPath, entry.name),
        createHash('sha256')
          .update(readFileSync(join(entry.parentPath, entry.name)))
          .digest('hex'),
      ]),
  );

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

  it("names the file by the office's wall clock (Vietnam), as the list shows it, not by UTC (issue 8, item 12)", async () => {
    // 02:30:15 UTC is 09:30:15 in Hà Tiên.
    const t = newEngine({ now: () => new Date('2026-12-02T02:30:15.000Z'), timeZone: 'Asia/Ho_Chi_Minh' });
    cleanups.push(() => t.cleanup());
    await setUpVault(t);
    const info = await t.call('backup.create', { folder: folder() });
    expect(info.file.split('/').at(-1)).toMatch(/^BLO-Desk-20261202-093015(-A[^.]+)?\.blobackup$/);
    expect(info.at).toBe('2026-12-02T02:30:15.000Z');
  });

  it('restores on a new machine with a password, or with the recovery key', async () => {
    const { t, recoveryKey } = await vaultWithData();
    const { file } = await t.call('backup.create', { folder: folder() });

    const newPc = engine(tempDataDir('blo-newpc-').dir);
    expect(await newPc.tryCall('backup.restore', { file, credentials: { username: ADMIN.username, password: 'sai mật khẩu rồi nhé' } })).toMatchObject({
      ok: false,
      error: { code: 'wrong_credentials' },
    });
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
    expect(await second.tryCall('backup.restore', { file, credentials: { username: ADMIN.username, password: ADMIN.password } })).toMatchObject({
      ok: false,
      error: { code: 'rule_violation', fields: { replaceDifferentVault: {} } },
    });
    expect((await second.call('vault.status', {})).officeLabel).toBe('VPLL Tịnh Biên');

    await second.call('backup.restore', { file, credentials: { username: ADMIN.username, password: ADMIN.password }, replaceDifferentVault: true });
    expect((await second.call('vault.status', {})).officeLabel).toBe(OFFICE.nameVi);
    const aside = readdirSync(second.dataDir).filter((name) => name.startsWith('replaced-'));
    expect(aside).toHaveLength(1);
    expect(readdirSync(join(second.dataDir, aside[0]))).toEqual(expect.arrayContaining(['vault.db', 'keyring.json']));
  });

  const byAdmin = { username: ADMIN.username, password: ADMIN.password };
  const damaged = { ok: false, error: { code: 'damaged', fields: { file: {} } } };

  it('refuses a damaged, truncated or foreign file as a damaged backup, and leaves the current vault untouched', async () => {
    const { t } = await vaultWithData();
    const { file } = await t.call('backup.create', { folder: folder() });
    const good = readFileSync(file);
    const target = engine(tempDataDir('blo-damaged-').dir);
    const variants: [string, Buffer][] = [
      ['a byte inside the database pages', flip(good, good.length - 5000)],
      ['the database’s first page', flip(good, good.indexOf(Buffer.from('"keyring"')) + 4000)],
      ['truncated', good.subarray(0, good.length - 100_000)],
      ['cut to the header', good.subarray(0, 40)],
      ['not a backup at all', Buffer.from('not a backup at all')],
      ['empty', Buffer.alloc(0)],
    ];
    for (const [what, bytes] of variants) {
      writeFileSync(file, bytes);
      expect(await target.tryCall('backup.restore', { file, credentials: byAdmin }), what).toMatchObject(damaged);
    }
    expect((await target.call('vault.status', {})).state).toBe('uninitialised');
  });

  it('authenticates the keyring copy inside a backup: an edited recovery tag or account id is refused, not restored', async () => {
    const { t, recoveryKey } = await vaultWithData();
    const { file } = await t.call('backup.create', { folder: folder() });
    const good = readFileSync(file);
    const keyring = readKeyring(t.dataDir)!;
    const adminId = Object.keys(keyring.accounts)[0];
    const tag = keyring.recovery.wrapped.tag;
    // The slot's wrapped key is bound to its account id, so the person's own password no longer opens that slot;
    // any other credential opens the backup and the MAC refuses it.
    const wrongForThatPerson = { ok: false, error: { code: 'wrong_credentials' } };
    const edits: [string, Buffer, { password: object; recoveryKey: object }][] = [
      [
        'one base64 character of the recovery tag',
        replaceOnce(good, tag, (tag[0] === 'A' ? 'B' : 'A') + tag.slice(1)),
        { password: damaged, recoveryKey: { ok: false, error: { code: 'wrong_credentials' } } },
      ],
      ['one hex digit of an account id', replaceOnce(good, adminId, (adminId[0] === '0' ? '1' : '0') + adminId.slice(1)), { password: wrongForThatPerson, recoveryKey: damaged }],
    ];
    for (const [what, bytes, expected] of edits) {
      // The attacker even recomputes the plain checksum: only the keyed MAC can tell.
      writeFileSync(file, withChecksum(bytes));
      const target = engine(tempDataDir('blo-edited-').dir);
      expect(await target.tryCall('backup.restore', { file, credentials: byAdmin }), what).toMatchObject(expected.password);
      expect(await target.tryCall('backup.restore', { file, credentials: { recoveryKey } }), what).toMatchObject(expected.recoveryKey);
      expect((await target.call('vault.status', {})).state, what).toBe('uninitialised');
    }
  });

  it('refuses a backup of a vault whose audit chain is broken, even when every byte is authentic', async () => {
    const { t } = await vaultWithData();
    const key = await dataKeyOf(t.dataDir);
    await t.call('vault.signOut', {});
    const raw = openAsSqlcipher(databasePath(t.dataDir), key);
    raw.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET detail = '{}' WHERE seq = 2;");
    raw.close();
    await t.call('vault.signIn', byAdmin);
    const target = folder();
    expect(await t.tryCall('backup.create', { folder: target })).toMatchObject({ ok: false, error: { code: 'io_error' } });
    expect((await t.call('backup.list', {}))[0]).toMatchObject({ verified: false });
    const [name] = readdirSync(target);
    const newPc = engine(tempDataDir('blo-chain-').dir);
    expect(await newPc.tryCall('backup.restore', { file: join(target, name), credentials: byAdmin })).toMatchObject(damaged);
  });

  it('restores on a fresh install whose data folder does not exist yet', async () => {
    const { t, recoveryKey } = await vaultWithData();
    const { file } = await t.call('backup.create', { folder: folder() });
    const parent = tempDataDir('blo-fresh-');
    cleanups.push(parent.cleanup);
    const newPc = engine(join(parent.dir, 'BLO Desk', 'data'));
    expect((await newPc.call('vault.status', {})).state).toBe('uninitialised');
    await newPc.call('backup.restore', { file, credentials: { recoveryKey } });
    await newPc.call('vault.signIn', byAdmin);
    expect((await newPc.call('accounts.list', {})).map((a) => a.username)).toEqual(['canbo1', 'quantri']);
  });

  it('carries the audit anchor in the file name and header; the restored chain contains it, a made-up one is rejected', async () => {
    const { t } = await vaultWithData();
    const info = await t.call('backup.create', { folder: folder() });
    expect(info.anchor).toMatch(/^\d+(-[0-9A-F]{4}){4}$/);
    expect(info.file.endsWith(`-A${info.anchor}.blobackup`)).toBe(true);
    expect(await t.call('audit.anchors', {})).toMatchObject({ lastGiven: { anchor: info.anchor, at: info.at, where: info.file } });
    expect((await t.call('backup.list', {}))[0].anchor).toBe(info.anchor);

    const newPc = engine(tempDataDir('blo-anchor-').dir);
    await newPc.call('backup.restore', { file: info.file, credentials: byAdmin });
    await newPc.call('vault.signIn', byAdmin);
    expect(await newPc.call('audit.checkAnchor', { anchor: info.anchor!.toLowerCase().replaceAll('-', ' ') })).toEqual({ anchor: info.anchor, result: 'contained' });
    const [sequence] = info.anchor!.split('-');
    expect(await newPc.call('audit.checkAnchor', { anchor: `${sequence}-0000-1111-2222-3333` })).toMatchObject({ result: 'different' });
    expect(await newPc.call('audit.checkAnchor', { anchor: '99999-0000-1111-2222-3333' })).toMatchObject({ result: 'beyond_end' });
    expect(await newPc.tryCall('audit.checkAnchor', { anchor: '12-ABC' })).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { anchor: {} } } });
  });

  it('refuses every one of 2,000+ single-byte flips spread over header, keyring copy, image and trailer; the vault stays byte-identical', async () => {
    const { t, recoveryKey } = await vaultWithData();
    const { file } = await t.call('backup.create', { folder: folder() });
    const good = readFileSync(file);
    const headerEnd = 20 + good.readUInt32BE(16);
    const positions = new Set<number>();
    const spread = (from: number, to: number, count: number) => {
      for (let i = 0; i < count; i++) positions.add(from + Math.floor(((to - from) * i) / count));
    };
    spread(0, headerEnd, 1000); // magic, length, header and the keyring copy
    spread(headerEnd, good.length - 64, 1000); // the database image
    spread(good.length - 64, good.length, 64); // MAC and checksum
    expect(positions.size).toBeGreaterThanOrEqual(2000);
    const before = snapshotFolder(t.dataDir);
    const fd = openSync(file, 'r+');
    try {
      for (const position of positions) {
        writeSync(fd, Buffer.from([good[position] ^ 0xff]), 0, 1, position);
        const result = await t.tryCall('backup.restore', { file, credentials: { recoveryKey } });
        expect(result, `byte ${position}`).toMatchObject(damaged);
        writeSync(fd, good, position, 1, position);
      }
    } finally {
      closeSync(fd);
    }
    // A deliberate edit (checksum recomputed) is caught by the MAC, before anything is replaced.
    for (const position of [...positions].filter((at, i) => i % 8 === 0 && at < good.length - 32)) {
      writeFileSync(file, withChecksum(flip(good, position, 0x01)));
      const result = await t.tryCall('backup.restore', { file, credentials: { recoveryKey } });
      const inRecoverySlot = good.subarray(0, headerEnd).indexOf(Buffer.from('"recovery"')) < position && position < good.indexOf(Buffer.from('"auditSeal"'));
      expect(result.ok, `byte ${position}`).toBe(false);
      if (!result.ok && !inRecoverySlot) expect(result.error.code, `byte ${position}`).toBe('damaged');
    }
    expect(snapshotFolder(t.dataDir)).toEqual(before);
    writeFileSync(file, good);
    await t.call('backup.restore', { file, credentials: { recoveryKey } });
    await t.call('vault.signIn', byAdmin);
    expect(await t.call('audit.verify', {})).toMatchObject({ intact: true });
  }, 300_000); // 2,000+ restores attempted: about 10 s on a quiet machine, far more under coverage and load

  it('requires a signed-in administrator to restore over an existing vault', async () => {
    const { t } = await vaultWithData();
    const { file } = await t.call('backup.create', { folder: folder() });
    await t.call('vault.signOut', {});
    expect(await t.tryCall('backup.restore', { file, credentials: { username: ADMIN.username, password: ADMIN.password } })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
  });
});
