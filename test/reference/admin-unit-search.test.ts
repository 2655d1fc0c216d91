import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminUnitHit } from '../../src-shared/contract/index.js';
import type { AdminUnitTables } from '../../src-main/reference/admin-units-store.js';
import { newEngine, setUpVault, type TestEngine } from '../support/vault.js';

/** The vault as an officer's engine sees it: set up once (the migration seeds every unit), signed in. */
let t: TestEngine;
beforeAll(async () => {
  t = newEngine();
  await setUpVault(t);
}, 120_000);
afterAll(() => t.cleanup());

const BEFORE = '2025-06-30';
const AFTER = '2025-07-01';
const names = (hits: AdminUnitHit[]) => hits.map((hit) => [hit.nameVi, ...hit.path.map((unit) => unit.nameVi)].join(', '));
const search = (query: string, at: string, extra: { country?: 'VN' | 'KH'; levels?: ('province' | 'district' | 'commune' | 'village')[]; limit?: number } = {}) =>
  t.call('reference.adminUnits.search', { country: 'VN', query, at, ...extra });

describe('administrative units in the vault', () => {
  it('the migration seeded every unit of both countries (counts by country and level)', async () => {
    const db = t.engine.ctx.vault.open().db.withTables<AdminUnitTables>();
    const rows = await db
      .selectFrom('admin_units')
      .select(['country', 'level'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .groupBy(['country', 'level'])
      .orderBy('country')
      .orderBy('level')
      .execute();
    expect(rows.map((row) => `${row.country} ${row.level} ${row.n}`)).toEqual([
      'KH commune 1652',
      'KH district 210',
      'KH province 25',
      'KH village 14570',
      'VN commune 13356',
      'VN district 696',
      'VN province 97',
    ]);
    expect(
      (
        await db
          .selectFrom('admin_unit_links')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    ).toBe(10655);
  });
});

describe('reference.adminUnits.search', () => {
  it('"ha noi" finds Hà Nội first, without diacritics, as the province valid at the date', async () => {
    expect((await search('ha noi', BEFORE))[0]).toMatchObject({ id: 'vn-ha-noi', nameVi: 'Thành phố Hà Nội', validTo: BEFORE, path: [] });
    expect((await search('ha noi', AFTER))[0]).toMatchObject({ id: 'vn-ha-noi-2025', nameVi: 'Thành phố Hà Nội', validFrom: AFTER, validTo: null });
    expect((await search('Hà Nội', AFTER))[0]!.id).toBe('vn-ha-noi-2025');
  });

  it('finds a commune by its name alone and returns its whole path (commune, district, province)', async () => {
    const hits = await search('phuc xa', '2025-03-01');
    expect(names(hits)).toContain('Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội');
    expect(hits.find((hit) => hit.id === 'vn-x-00001')?.path.map((unit) => unit.id)).toEqual(['vn-h-001', 'vn-ha-noi']);
  });

  it('offers only units valid at the date: Kiên Giang until 30 Jun 2025, not from 1 Jul; the new wards only from 1 Jul', async () => {
    expect(names(await search('kien giang', BEFORE, { levels: ['province'] }))).toEqual(['Tỉnh Kiên Giang']);
    expect(await search('kien giang', AFTER, { levels: ['province'] })).toEqual([]);
    const newWard = (await search('Văn Miếu - Quốc Tử Giám', AFTER)).map((hit) => hit.id);
    expect(newWard).toEqual(['vn-x-00226-2025']);
    expect((await search('Văn Miếu - Quốc Tử Giám', BEFORE)).map((hit) => hit.id)).toEqual(['vn-x-00181']); // same name, old code
    expect(names(await search('phuc xa', AFTER))).not.toContain('Phường Phúc Xá, Quận Ba Đình, Thành phố Hà Nội');
  });

  it('after 1 Jul 2025 a commune sits directly in its province (no district)', async () => {
    const hit = (await search('Ba Đình', AFTER, { levels: ['commune'] })).find((h) => h.id === 'vn-x-00004-2025');
    expect(hit?.path.map((unit) => unit.id)).toEqual(['vn-ha-noi-2025']);
  });

  it('Cambodia: Khmer substring (also from inside a name and with a 2-code-point syllable), Latin without case, village path of four levels', async () => {
    const inside = await search('មានជ័យ', AFTER, { country: 'KH', levels: ['province'] });
    expect(inside.map((hit) => [hit.id, hit.nameKm])).toEqual([
      ['kh-oddar-meanchey', 'ខេត្តឧត្តរមានជ័យ'], // shorter name first
      ['kh-banteay-meanchey', 'ខេត្តបន្ទាយមានជ័យ'],
    ]);
    expect((await search('បន្ទាយនាង', AFTER, { country: 'KH', levels: ['commune'] })).map((hit) => hit.id)).toContain('kh-010201');
    expect((await search('កែ', AFTER, { country: 'KH', levels: ['province'] })).map((hit) => hit.id)).toContain('kh-kep');
    const village = (await search('ou thum', AFTER, { country: 'KH', levels: ['village'] })).find((hit) => hit.id === 'kh-01020101');
    expect(village?.path.map((unit) => `${unit.typeKm}${unit.nameKm}`)).toEqual(['ឃុំបន្ទាយនាង', 'ស្រុកមង្គលបូរី', 'ខេត្តបន្ទាយមានជ័យ']);
  });

  it('keeps the countries apart and the ids the app already stores', async () => {
    expect(await search('kampot', AFTER)).toEqual([]);
    expect((await search('kampot', AFTER, { country: 'KH', levels: ['province'] }))[0]!.id).toBe('kh-kampot');
    expect((await search('an giang', AFTER, { levels: ['province'] })).map((hit) => hit.id)).toEqual(['vn-an-giang-2025']);
  });

  it('treats % and _ as letters, not patterns, and caps the number of hits', async () => {
    expect(await search('%%', AFTER)).toEqual([]);
    expect(await search('__', AFTER)).toEqual([]);
    expect(await search('xa', BEFORE, { limit: 5 })).toHaveLength(5);
  });

  it('refuses a 1-character or 101-character query, a bad date, an unknown country, with the field named', async () => {
    const refused = async (input: unknown) => {
      const result = await t.tryCall('reference.adminUnits.search', input);
      expect(result.ok).toBe(false);
      return result.ok ? null : { code: result.error.code, fields: Object.keys(result.error.fields ?? {}) };
    };
    expect(await refused({ country: 'VN', query: 'h', at: AFTER })).toEqual({ code: 'invalid_input', fields: ['query'] });
    expect(await refused({ country: 'VN', query: '  h  ', at: AFTER })).toEqual({ code: 'invalid_input', fields: ['query'] });
    expect(await refused({ country: 'VN', query: 'a'.repeat(101), at: AFTER })).toEqual({ code: 'invalid_input', fields: ['query'] });
    expect(await refused({ country: 'VN', query: 'ha noi', at: '2025-13-01' })).toEqual({ code: 'invalid_input', fields: ['at'] });
    expect(await refused({ country: 'LA', query: 'ha noi', at: AFTER })).toEqual({ code: 'invalid_input', fields: ['country'] });
    expect(await refused({ country: 'VN', query: 'ha noi', at: AFTER, limit: 51 })).toEqual({ code: 'invalid_input', fields: ['limit'] });
  });
});

describe('reference.adminUnits.get: a stored unit at another date', () => {
  it('Kiên Giang at 1 Jul 2025 has ended; its whole territory went to An Giang, so the successor is resolved', async () => {
    const [kienGiang] = await t.call('reference.adminUnits.get', { ids: ['vn-kien-giang'], at: AFTER });
    expect(kienGiang).toMatchObject({ validAt: false, resolved: { id: 'vn-an-giang-2025' }, successors: [{ kind: 'full', unit: { id: 'vn-an-giang-2025' } }] });
  });

  it('a record made before 1 Jul 2025 keeps the unit valid then (no successor offered)', async () => {
    const [ngocHa] = await t.call('reference.adminUnits.get', { ids: ['vn-x-00016'], at: '2025-05-02' });
    expect(ngocHa).toMatchObject({
      validAt: true,
      successors: [],
      resolved: null,
      unit: { nameVi: 'Phường Ngọc Hà', path: [{ nameVi: 'Quận Ba Đình' }, { nameVi: 'Thành phố Hà Nội' }] },
    });
  });

  it('a ward split in parts is never resolved by a guess: the user gets the choices', async () => {
    const [ngocHa] = await t.call('reference.adminUnits.get', { ids: ['vn-x-00016'], at: AFTER });
    expect(ngocHa!.resolved).toBeNull();
    expect(ngocHa!.successors.map((s) => [s.kind, s.unit.nameVi, s.unit.path.map((unit) => unit.id)])).toEqual([
      ['partial', 'Phường Ba Đình', ['vn-ha-noi-2025']],
      ['partial', 'Phường Ngọc Hà', ['vn-ha-noi-2025']],
    ]);
  });

  it('an unknown id comes back as unknown, in the order asked', async () => {
    const result = await t.call('reference.adminUnits.get', { ids: ['vn-nowhere', 'kh-kampot'], at: AFTER });
    expect(result.map((r) => [r.id, r.unit?.nameKm ?? null, r.validAt])).toEqual([
      ['vn-nowhere', null, false],
      ['kh-kampot', 'ខេត្តកំពត', true],
    ]);
  });
});
