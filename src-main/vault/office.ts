import type { Kysely, Transaction } from 'kysely';
import type { OfficeProfile } from '../../src-shared/contract/index.js';
import { EngineError } from '../kernel/engine-error.js';
import type { VaultTables } from './tables.js';
import { officeRow, type VaultService } from './vault-service.js';
import { changeVersioned, refuseStale } from './versioned-change.js';

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
    // A stale form is refused as stale before its codes are judged.
    refuseStale(current, version);
    await checkPlaceCodes(trx, profile, { provinceCode: current.province_code, gateCodes: JSON.parse(current.gate_codes) as string[] });
    await changeVersioned({
      row: current,
      expectedVersion: version,
      next: officeRow(profile),
      stamp: { at: vault.timestamp(), by: actor.accountId },
      write: (set) => trx.updateTable('office_profile').set(set).where('id', '=', 1).execute(),
      audit,
      entry: { action: 'office.update', recordType: 'office', recordId: '1' },
      always: true,
    });
  });
  vault.updateKeyring((keyring) => ({ ...keyring, officeLabel: profile.nameVi }));
  return readOffice(service);
}

/**
 * The province and the gates must be in the reference data (documents print their names from it): a Vietnamese
 * province and border gates. A code already stored is kept even if the reference list has since retired it, so an
 * office set up before a reform can still correct its other fields; only a newly typed unknown code is refused.
 */
async function checkPlaceCodes(db: Kysely<VaultTables> | Transaction<VaultTables>, profile: OfficeProfile, stored: Pick<OfficeProfile, 'provinceCode' | 'gateCodes'>) {
  const problems: Record<string, { vi: string; en: string }> = {};
  const newGates = profile.gateCodes.filter((code) => !stored.gateCodes.includes(code));
  const knownGates = new Set(
    newGates.length === 0
      ? []
      : (await db.selectFrom('reference_items').select('code').where('kind', '=', 'border_gate').where('active', '=', 1).where('code', 'in', newGates).execute()).map(
          (row) => row.code,
        ),
  );
  profile.gateCodes.forEach((code, index) => {
    if (newGates.includes(code) && !knownGates.has(code))
      problems[`profile.gateCodes.${index}`] = { vi: `Mã "${code}" không có trong danh mục.`, en: `Code "${code}" is not in the reference list.` };
  });
  if (profile.provinceCode !== stored.provinceCode) {
    const province = await db
      .selectFrom('reference_items')
      .select('code')
      .where('kind', '=', 'admin_unit')
      .where('code', '=', profile.provinceCode)
      .where('active', '=', 1)
      .where((eb) => eb.and([eb(eb.fn('json_extract', ['data', eb.val('$.country')]), '=', 'VN'), eb(eb.fn('json_extract', ['data', eb.val('$.level')]), '=', 'province')]))
      .executeTakeFirst();
    if (!province)
      problems['profile.provinceCode'] = {
        vi: `Mã "${profile.provinceCode}" không phải một tỉnh của Việt Nam trong danh mục.`,
        en: `Code "${profile.provinceCode}" is not a Vietnamese province in the reference list.`,
      };
  }
  if (Object.keys(problems).length > 0) throw new EngineError('invalid_input', { vi: 'Có mã danh mục không hợp lệ.', en: 'Some reference codes are not valid.' }, problems);
}
