import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readKeyring } from '../../src-main/vault/keyring.js';
import { auditSince, snapshot } from '../support/vault-snapshot.js';
import { addAccount, newEngine, OFFICE, setUpVault, signInFresh, type TestEngine } from '../support/vault.js';

/** The office profile: read by everyone signed in, changed by an administrator, with its version and audit entry. */
describe('office profile', () => {
  let t: TestEngine;
  beforeAll(async () => {
    t = newEngine();
    await setUpVault(t);
  });
  afterAll(() => t.cleanup());

  it('reads back what setup stored, at version 1', async () => {
    expect(await t.call('office.get', {})).toEqual({ ...OFFICE, version: 1 });
  });

  it('an update stores every field, moves the version on, names the changed fields in the audit log and relabels the keyring', async () => {
    const before = snapshot(t);
    const profile = { ...OFFICE, nameVi: 'Văn phòng liên lạc biên giới Tịnh Biên', placeVi: 'Tịnh Biên', issuingBodyKm: ['ការិយាល័យ'], gateCodes: ['gate-tinh-bien'] };
    const updated = await t.call('office.update', { profile, version: 1 });
    expect(updated).toEqual({ ...profile, version: 2 });
    expect(await t.call('office.get', {})).toEqual(updated);
    const entries = auditSince(t, before.auditSeq);
    expect(entries.map((entry) => [entry.action, entry.record_type, entry.record_id])).toEqual([['office.update', 'office', '1']]);
    expect(entries[0].detail).toEqual({ changed: ['name_vi', 'place_vi', 'issuing_body_km', 'gate_codes'] });
    expect(readKeyring(t.dataDir)?.officeLabel).toBe('Văn phòng liên lạc biên giới Tịnh Biên');
    expect((await t.call('vault.status', {})).officeLabel).toBe('Văn phòng liên lạc biên giới Tịnh Biên');
  });

  it('a stale version is refused as a conflict and changes nothing', async () => {
    const before = snapshot(t);
    const result = await t.tryCall('office.update', { profile: { ...OFFICE, nameVi: 'Cũ' }, version: 1 });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(snapshot(t).tables).toEqual(before.tables);
    expect(readKeyring(t.dataDir)?.officeLabel).toBe('Văn phòng liên lạc biên giới Tịnh Biên');
  });

  it('a version ahead of the stored one is refused too', async () => {
    expect(await t.tryCall('office.update', { profile: OFFICE, version: 3 })).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('an invalid office code is refused beside its field', async () => {
    const result = await t.tryCall('office.update', { profile: { ...OFFICE, code: 'vpll ht' }, version: 2 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'profile.code': { en: expect.stringContaining('Office code') } } } });
  });

  it('any signed-in person reads the profile; only an administrator changes it', async () => {
    const { temporaryPassword } = await addAccount(t, 'canbo', ['officer']);
    await t.call('vault.signOut', {});
    await signInFresh(t, 'canbo', temporaryPassword);
    expect((await t.call('office.get', {})).version).toBe(2);
    expect(await t.tryCall('office.update', { profile: OFFICE, version: 2 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
