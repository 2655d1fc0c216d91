import { describe, expect, it } from 'vitest';
import { ADMIN_UNITS } from '../../src-main/reference/admin-units.js';
import { adminUnitKeys } from '../../src-main/reference/admin-unit-seeds.js';
import { adminUnitRows, loadAdminUnitSeeds } from '../../src-main/reference/admin-units-store.js';

const { vn, kh } = await loadAdminUnitSeeds();
const count = (units: readonly (readonly unknown[])[], level: string, era?: 'before' | 'from') =>
  units.filter((unit) => unit[1] === level && (era === undefined || (era === 'before' ? unit[8] === '2025-06-30' : unit[7] === '2025-07-01'))).length;
const vnUnit = (id: string) => vn.units.find((unit) => unit[0] === id);

describe('administrative unit seeds (converted from the official lists)', () => {
  it('Viet Nam until 30 Jun 2025: 63 provinces, 696 districts, 10,035 communes, none valid after', () => {
    expect([count(vn.units, 'province', 'before'), count(vn.units, 'district', 'before'), count(vn.units, 'commune', 'before')]).toEqual([63, 696, 10035]);
    expect(count(vn.units, 'district')).toBe(696); // the district level ended with the reform
  });

  it('Viet Nam from 1 Jul 2025: 34 provinces and 3,321 communes, open-ended', () => {
    expect([count(vn.units, 'province', 'from'), count(vn.units, 'commune', 'from')]).toEqual([34, 3321]);
    expect(vn.units.filter((unit) => unit[7] === '2025-07-01' && unit[8] !== null)).toEqual([]);
  });

  it('Cambodia: the NCDD gazetteer counts (25 provinces; districts ស្រុក 163 + ក្រុង 33 + ខណ្ឌ 14; communes ឃុំ 1,383 + សង្កាត់ 269; 14,570 villages)', () => {
    expect([count(kh.units, 'province'), count(kh.units, 'district'), count(kh.units, 'commune'), count(kh.units, 'village')]).toEqual([25, 210, 1652, 14570]);
    const byType = (type: string) => kh.units.filter((unit) => unit[6] === type).length;
    expect([byType('ស្រុក'), byType('ក្រុង'), byType('ខណ្ឌ'), byType('ឃុំ'), byType('សង្កាត់')]).toEqual([163, 33, 14, 1383, 269]);
  });

  it('keeps the official codes, nested (Phúc Xá 00001 in Ba Đình 001 in Hà Nội 01; NCDD village 01020101 in commune 010201)', () => {
    expect(vnUnit('vn-x-00001')?.slice(0, 9)).toEqual(['vn-x-00001', 'commune', '00001', 'vn-h-001', 'Phường Phúc Xá', '', '', null, '2025-06-30']);
    expect(vnUnit('vn-h-001')?.slice(0, 5)).toEqual(['vn-h-001', 'district', '001', 'vn-ha-noi', 'Quận Ba Đình']);
    expect(vnUnit('vn-ha-noi')?.[2]).toBe('01');
    expect(kh.units.find((unit) => unit[0] === 'kh-01020101')?.slice(0, 7)).toEqual(['kh-01020101', 'village', '01020101', 'kh-010201', 'អូរធំ', 'Ou Thum', 'ភូមិ']);
  });

  it('Kiên Giang went whole into An Giang (new code 91), old An Giang too', () => {
    expect(vn.links).toContainEqual(['vn-kien-giang', 'vn-an-giang-2025', 'full']);
    expect(vn.links).toContainEqual(['vn-an-giang', 'vn-an-giang-2025', 'full']);
    expect(vnUnit('vn-an-giang-2025')?.slice(2, 5)).toEqual(['91', null, 'Tỉnh An Giang']);
  });

  it('a ward split between new wards has only partial links (old Phường Ngọc Hà → Ba Đình and Ngọc Hà)', () => {
    expect(vn.links.filter((link) => link[0] === 'vn-x-00016')).toEqual([
      ['vn-x-00016', 'vn-x-00004-2025', 'partial'],
      ['vn-x-00016', 'vn-x-00008-2025', 'partial'],
    ]);
  });

  it('every old province and commune has a successor; no unit links to itself or to a unit missing from the seed', () => {
    const ids = new Set(vn.units.map((unit) => unit[0]));
    const from = new Set(vn.links.map((link) => link[0]));
    const ended = vn.units.filter((unit) => unit[8] !== null && unit[1] !== 'district' && !from.has(unit[0]));
    expect(ended).toEqual([]);
    expect(vn.links.filter(([a, b]) => a === b || !ids.has(a) || !ids.has(b))).toEqual([]);
  });

  it('keeps the ids the app already stores (setup, gates, tests): every province of the curated list exists with its labels', () => {
    const { units } = adminUnitRows(vn, kh);
    const byId = new Map(units.map((unit) => [unit.id, unit]));
    for (const province of ADMIN_UNITS.filter((unit) => unit.level === 'province')) {
      const unit = byId.get(province.code);
      expect(unit, province.code).toBeDefined();
      expect(unit!.name_km).toBe(province.km);
      if (province.country === 'VN') expect([unit!.name_vi, unit!.valid_from, unit!.valid_to]).toEqual([province.vi, province.validFrom ?? null, province.validTo ?? null]);
    }
  });

  it('search keys are folded (no diacritics, đ → d, Khmer kept) and match what the code computes today (a stale seed fails here)', () => {
    const { units } = adminUnitRows(vn, kh);
    expect(units.find((unit) => unit.id === 'vn-x-00001')).toMatchObject({ search_key: 'phuong phuc xa', name_key: 'phuc xa' });
    expect(units.find((unit) => unit.id === 'kh-010201')).toMatchObject({ search_key: 'banteay neang | បន្ទាយនាង', name_key: 'banteay neang' });
    const stale = units.filter((unit) => {
      const [searchKey, nameKey] = adminUnitKeys(unit.country === 'VN' ? [unit.name_vi, unit.name_en, unit.name_km] : [unit.name_en, unit.name_km], unit.name_vi);
      return searchKey !== unit.search_key || nameKey !== unit.name_key;
    });
    expect(stale).toEqual([]);
  });
});
