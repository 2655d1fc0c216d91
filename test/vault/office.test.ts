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

  it('an unknown province or gate code is refused beside its field, bilingually, and changes nothing', async () => {
    const before = snapshot(t);
    const result = await t.tryCall('office.update', {
      profile: { ...OFFICE, nameVi: 'Không lưu', provinceCode: 'vn-khong-co', gateCodes: ['gate-tinh-bien', 'gate-khong-co'] },
      version: 2,
    });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: { vi: 'Có mã danh mục không hợp lệ.', en: 'Some reference codes are not valid.' },
        fields: {
          'profile.provinceCode': {
            vi: 'Mã "vn-khong-co" không phải một tỉnh của Việt Nam trong danh mục.',
            en: 'Code "vn-khong-co" is not a Vietnamese province in the reference list.',
          },
          'profile.gateCodes.1': { vi: 'Mã "gate-khong-co" không có trong danh mục.', en: 'Code "gate-khong-co" is not in the reference list.' },
        },
      },
    });
    expect(snapshot(t).tables).toEqual(before.tables);
    expect(auditSince(t, before.auditSeq)).toEqual([]);
  });

  it('a province must be a Vietnamese province: a Cambodian province, a district or a gate code is refused', async () => {
    for (const provinceCode of ['kh-kampot', 'vn-kien-giang.tp-ha-tien', 'gate-tinh-bien']) {
      const result = await t.tryCall('office.update', { profile: { ...OFFICE, provinceCode }, version: 2 });
      expect(result, provinceCode).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', fields: { 'profile.provinceCode': { en: `Code "${provinceCode}" is not a Vietnamese province in the reference list.` } } },
      });
    }
    // The province before the 2025 reform is still a province in the list (records keep the unit valid at their date).
    const moved = await t.call('office.update', { profile: { ...OFFICE, provinceCode: 'vn-kien-giang', gateCodes: ['gate-ha-tien'] }, version: 2 });
    expect(moved).toMatchObject({ provinceCode: 'vn-kien-giang', gateCodes: ['gate-ha-tien'], version: 3 });
  });

  it('a code already stored is kept when the reference list no longer has it (only new codes are checked)', async () => {
    t.engine.ctx.vault.open().sqlite.prepare("UPDATE reference_items SET active = 0 WHERE kind = 'border_gate' AND code = 'gate-ha-tien'").run();
    const kept = await t.call('office.update', { profile: { ...OFFICE, provinceCode: 'vn-kien-giang', gateCodes: ['gate-ha-tien'], placeVi: 'Hà Tiên ' }, version: 3 });
    expect(kept).toMatchObject({ gateCodes: ['gate-ha-tien'], version: 4 });
    const retired = await t.tryCall('office.update', { profile: { ...OFFICE, provinceCode: 'vn-kien-giang', gateCodes: ['gate-tinh-bien'] }, version: 4 });
    expect(retired).toMatchObject({ ok: true });
    const again = await t.tryCall('office.update', { profile: { ...OFFICE, provinceCode: 'vn-kien-giang', gateCodes: ['gate-ha-tien'] }, version: 5 });
    expect(again).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'profile.gateCodes.0': { en: 'Code "gate-ha-tien" is not in the reference list.' } } } });
  });

  it('any signed-in person reads the profile; only an administrator changes it', async () => {
    const { temporaryPassword } = await addAccount(t, 'canbo', ['officer']);
    await t.call('vault.signOut', {});
    await signInFresh(t, 'canbo', temporaryPassword);
    expect((await t.call('office.get', {})).version).toBe(5);
    expect(await t.tryCall('office.update', { profile: OFFICE, version: 5 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });
});
