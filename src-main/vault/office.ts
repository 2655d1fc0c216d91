import type { OfficeProfile } from '../../src-shared/contract/index.js';
import { officeRow, type VaultService } from './vault-service.js';
import { vaultErrors } from './vault-errors.js';

export async function readOffice(service: VaultService): Promise<OfficeProfile & { version: number }> {
  const row = await service.open().db.selectFrom('office_profile').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
  return {
    nameVi: row.name_vi,
    nameKm: row.name_km,
    nameEn: row.name_en,
    code: row.code,
    provinceCode: row.province_code,
    placeVi: row.place_vi,
    placeKm: row.place_km,
    issuingBodyVi: JSON.parse(row.issuing_body_vi),
    issuingBodyKm: JSON.parse(row.issuing_body_km),
    gateCodes: JSON.parse(row.gate_codes),
    version: row.version,
  };
}

export async function updateOffice(service: VaultService, profile: OfficeProfile, version: number) {
  const vault = service.open();
  const actor = service.actor();
  await vault.write(actor, async (trx, audit) => {
    const current = await trx.selectFrom('office_profile').selectAll().where('id', '=', 1).executeTakeFirstOrThrow();
    if (current.version !== version) throw vaultErrors.conflict();
    const next = officeRow(profile);
    const changed = (Object.keys(next) as (keyof typeof next)[]).filter((key) => next[key] !== current[key]);
    await trx
      .updateTable('office_profile')
      .set({ ...next, version: version + 1, updated_at: vault.timestamp(), updated_by: actor.accountId })
      .where('id', '=', 1)
      .execute();
    await audit({ action: 'office.update', recordType: 'office', recordId: '1', detail: { changed } });
  });
  vault.updateKeyring((keyring) => ({ ...keyring, officeLabel: profile.nameVi }));
  return readOffice(service);
}
