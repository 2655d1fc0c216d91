import type { Insertable, Selectable } from 'kysely';
import type { WritableDb } from '../vault/db-access.js';
import type { PlaceOptions, ReferenceItem } from '../../src-shared/contract/index.js';
import { EngineError } from '../kernel/engine-error.js';
import type { VaultTables } from '../vault/tables.js';
import type { VaultService } from '../vault/vault-service.js';
import { vaultErrors } from '../vault/vault-errors.js';
import { changeVersioned } from '../vault/versioned-change.js';
import { ADMIN_UNITS } from './admin-units.js';
import { AGENCIES } from './agencies.js';
import { BORDER_GATES, gateNameEn } from './border-gates.js';
import { allVocabularyTerms } from './vocabularies/index.js';

type Row = Insertable<VaultTables['reference_items']>;

/** Every seed as a reference_items row: labels and validity in columns, the rest of the seed in `data`. */
export function seedRows(at: string): Row[] {
  const base = { updated_at: at, updated_by: null, version: 1, active: 1 };
  const rows: Row[] = [];
  for (const term of allVocabularyTerms()) {
    const { vocabulary, code, vi, km, en, kmNeedsReview, sort, parentCode, data, ...rest } = term;
    rows.push({
      ...base,
      kind: `vocabulary:${vocabulary}`,
      code,
      label_vi: vi,
      label_km: km,
      label_en: en,
      parent_code: parentCode ?? null,
      valid_from: null,
      valid_to: null,
      successor_code: null,
      sort,
      needs_review: kmNeedsReview ? 1 : 0,
      data: JSON.stringify({ ...rest, ...data }),
    });
  }
  BORDER_GATES.forEach((gate, index) => {
    const { code, vnName, khName, khNameLatin, verified, khNameNeedsReview, ...rest } = gate;
    rows.push({
      ...base,
      kind: 'border_gate',
      code,
      label_vi: vnName,
      label_km: khName,
      label_en: gateNameEn(gate),
      parent_code: gate.vnProvinceCode,
      valid_from: null,
      valid_to: null,
      successor_code: null,
      sort: index,
      needs_review: !verified || khNameNeedsReview ? 1 : 0,
      data: JSON.stringify({ ...rest, khNameLatin, verified }),
    });
  });
  AGENCIES.forEach((agency, index) => {
    const { code, vi, km, en, kmNeedsReview, validFrom, validTo, successorCode, provinceCode, verified, ...rest } = agency;
    rows.push({
      ...base,
      kind: 'agency',
      code,
      label_vi: vi,
      label_km: km,
      label_en: en,
      parent_code: provinceCode ?? null,
      valid_from: validFrom ?? null,
      valid_to: validTo ?? null,
      successor_code: successorCode ?? null,
      sort: index,
      needs_review: kmNeedsReview || !verified ? 1 : 0,
      data: JSON.stringify({ ...rest, verified }),
    });
  });
  ADMIN_UNITS.forEach((unit, index) => {
    const { code, vi, km, en, kmNeedsReview, validFrom, validTo, successorCode, parentCode, verified, ...rest } = unit;
    rows.push({
      ...base,
      kind: 'admin_unit',
      code,
      label_vi: vi,
      label_km: km ?? '',
      label_en: en ?? vi,
      parent_code: parentCode ?? null,
      valid_from: validFrom ?? null,
      valid_to: validTo ?? null,
      successor_code: successorCode ?? null,
      sort: index,
      needs_review: kmNeedsReview || !verified ? 1 : 0,
      data: JSON.stringify({ ...rest, verified }),
    });
  });
  return rows;
}

export async function seedReference(db: WritableDb<VaultTables>, at: string) {
  const rows = seedRows(at);
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('reference_items')
      .values(rows.slice(i, i + 200))
      .execute();
  return rows.length;
}

const toItem = (row: Selectable<VaultTables['reference_items']>): ReferenceItem => ({
  kind: row.kind,
  code: row.code,
  labelVi: row.label_vi,
  labelKm: row.label_km,
  labelEn: row.label_en,
  parentCode: row.parent_code,
  validFrom: row.valid_from,
  validTo: row.valid_to,
  successorCode: row.successor_code,
  sort: row.sort,
  needsReview: row.needs_review === 1,
  active: row.active === 1,
  data: JSON.parse(row.data),
  version: row.version,
});

export async function listReference(service: VaultService, kind?: string): Promise<ReferenceItem[]> {
  let query = service.open().db.selectFrom('reference_items').selectAll();
  if (kind) query = query.where('kind', '=', kind);
  return (await query.orderBy('kind').orderBy('sort').orderBy('code').execute()).map(toItem);
}

export async function saveReference(service: VaultService, input: Omit<ReferenceItem, 'data' | 'version'> & { version?: number }): Promise<ReferenceItem> {
  const vault = service.open();
  const actor = service.actor();
  await vault.write(actor, async (trx, audit) => {
    const current = await trx.selectFrom('reference_items').selectAll().where('kind', '=', input.kind).where('code', '=', input.code).executeTakeFirst();
    const columns = {
      label_vi: input.labelVi,
      label_km: input.labelKm,
      label_en: input.labelEn,
      parent_code: input.parentCode,
      valid_from: input.validFrom,
      valid_to: input.validTo,
      successor_code: input.successorCode,
      sort: input.sort,
      needs_review: input.needsReview ? 1 : 0,
      active: input.active ? 1 : 0,
    };
    const stamp = { at: vault.timestamp(), by: actor.accountId };
    if (!current) {
      if (input.version !== undefined) throw vaultErrors.notFound();
      await trx
        .insertInto('reference_items')
        .values({ kind: input.kind, code: input.code, ...columns, data: '{}', version: 1, updated_at: stamp.at, updated_by: stamp.by })
        .execute();
      await audit({ action: 'reference.create', recordType: input.kind, recordId: input.code });
      return;
    }
    if (input.version === undefined)
      throw new EngineError('conflict', { vi: 'Mã này đã tồn tại.', en: 'This code already exists.' }, { code: { vi: 'Mã đã tồn tại.', en: 'Code exists.' } });
    await changeVersioned({
      row: current,
      expectedVersion: input.version,
      next: columns,
      stamp,
      write: (set) => trx.updateTable('reference_items').set(set).where('kind', '=', input.kind).where('code', '=', input.code).execute(),
      audit,
      entry: { action: 'reference.update', recordType: input.kind, recordId: input.code },
      conflictDetail: (row) => ({ current: toItem(row) }),
    });
  });
  return (await listReference(service, input.kind)).find((item) => item.code === input.code)!;
}

/**
 * Current Vietnamese border provinces and the gate pairs: from the vault when it is open (an administrator may
 * have corrected them), from the seed data before setup.
 */
export async function placeOptions(service: VaultService | null, now: Date): Promise<PlaceOptions> {
  const today = now.toISOString().slice(0, 10);
  const items = service ? await listReference(service) : seedRows(now.toISOString()).map((row) => toItem(row as Selectable<VaultTables['reference_items']>));
  const current = items.filter((item) => item.active && (!item.validFrom || item.validFrom <= today) && (!item.validTo || item.validTo >= today));
  return {
    provinces: current
      .filter((item) => item.kind === 'admin_unit' && item.data.country === 'VN' && item.data.level === 'province' && item.data.border === true)
      .map((item) => ({ code: item.code, vi: item.labelVi, en: item.labelEn })),
    gates: current
      .filter((item) => item.kind === 'border_gate')
      .map((item) => ({
        code: item.code,
        vn: item.labelVi,
        kh: String(item.data.khNameLatin ?? item.labelEn),
        province: item.parentCode ?? '',
        verified: item.data.verified === true,
      })),
  };
}
