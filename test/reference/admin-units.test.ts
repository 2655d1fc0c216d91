import { describe, expect, it } from 'vitest';
import { ADMIN_UNITS, vnDistrictSlug, vnProvinceBefore2025, vnProvinceFrom2025, vnSlug } from '../../src-main/reference/admin-units.js';
import { adminUnitsValidAt, currentSuccessor, isValidAt } from '../../src-main/reference/validity.js';
import { duplicates, hasNoKhmer, isKhmerLabel, isNfc } from './labels.js';

const resolve = (code: string, date: string) => currentSuccessor(ADMIN_UNITS, code, date)?.code ?? null;

describe('administrative units', () => {
  it('codes are unique, parents and successors exist', () => {
    const codes = ADMIN_UNITS.map((u) => u.code);
    expect(duplicates(codes)).toEqual([]);
    for (const unit of ADMIN_UNITS) {
      if (unit.parentCode !== undefined) expect(codes, unit.code).toContain(unit.parentCode);
      if (unit.successorCode !== undefined) expect(codes, unit.code).toContain(unit.successorCode);
    }
  });

  it('labels are NFC; Khmer names are in the Khmer block', () => {
    for (const unit of ADMIN_UNITS) {
      expect(isNfc(unit.vi) && hasNoKhmer(unit.vi), unit.code).toBe(true);
      if (unit.km !== undefined) expect(isNfc(unit.km) && isKhmerLabel(unit.km), unit.code).toBe(true);
    }
  });

  it('Kiên Giang on 2025-07-01 resolves to the merged An Giang; a record of 2025-03-01 keeps Kiên Giang', () => {
    expect(resolve('vn-kien-giang', '2025-07-01')).toBe('vn-an-giang-2025');
    expect(currentSuccessor(ADMIN_UNITS, 'vn-kien-giang', '2025-07-01')?.vi).toBe('Tỉnh An Giang');
    expect(resolve('vn-kien-giang', '2025-03-01')).toBe('vn-kien-giang');
    expect(resolve('vn-kien-giang', '2025-06-30')).toBe('vn-kien-giang');
  });

  it('resolves every 2025 merger the brief lists', () => {
    const merged: Array<[string, string]> = [
      ['kien-giang', 'an-giang'],
      ['an-giang', 'an-giang'],
      ['long-an', 'tay-ninh'],
      ['tay-ninh', 'tay-ninh'],
      ['tien-giang', 'dong-thap'],
      ['dong-thap', 'dong-thap'],
      ['binh-phuoc', 'dong-nai'],
      ['dong-nai', 'dong-nai'],
      ['dak-nong', 'lam-dong'],
      ['binh-thuan', 'lam-dong'],
      ['lam-dong', 'lam-dong'],
      ['kon-tum', 'quang-ngai'],
      ['quang-ngai', 'quang-ngai'],
      ['gia-lai', 'gia-lai'],
      ['binh-dinh', 'gia-lai'],
      ['phu-yen', 'dak-lak'],
      ['dak-lak', 'dak-lak'],
    ];
    for (const [from, to] of merged) {
      expect(resolve(vnProvinceBefore2025(from), '2026-01-01'), from).toBe(vnProvinceFrom2025(to));
      expect(resolve(vnProvinceBefore2025(from), '2024-12-31'), from).toBe(vnProvinceBefore2025(from));
    }
  });

  it('a new province does not exist before the reform; an abolished district has no successor', () => {
    expect(resolve('vn-an-giang-2025', '2025-06-30')).toBeNull();
    expect(resolve('vn-kien-giang.h-giang-thanh', '2025-06-30')).toBe('vn-kien-giang.h-giang-thanh');
    expect(resolve('vn-kien-giang.h-giang-thanh', '2025-07-01')).toBeNull();
    expect(resolve('no-such-unit', '2025-07-01')).toBeNull();
  });

  it('before the reform: the old provinces and districts; after: the 8 merged border provinces, no districts', () => {
    const before = adminUnitsValidAt(ADMIN_UNITS, '2025-06-30').filter((u) => u.country === 'VN');
    const after = adminUnitsValidAt(ADMIN_UNITS, '2025-07-01').filter((u) => u.country === 'VN');
    expect(before.some((u) => u.code === 'vn-kien-giang')).toBe(true);
    expect(before.some((u) => u.level === 'district')).toBe(true);
    expect(after.map((u) => u.code).sort()).toEqual(
      ['an-giang', 'dak-lak', 'dong-nai', 'dong-thap', 'gia-lai', 'lam-dong', 'quang-ngai', 'tay-ninh'].map(vnProvinceFrom2025).sort(),
    );
    expect(after.every((u) => u.border === true)).toBe(true);
  });

  it('lists the Cambodian border provinces with Khmer names', () => {
    const kh = ADMIN_UNITS.filter((u) => u.country === 'KH');
    for (const slug of ['kampot', 'kep', 'takeo', 'kandal', 'prey-veng', 'svay-rieng', 'tbong-khmum', 'kratie', 'mondulkiri', 'ratanakiri', 'stung-treng']) {
      expect(kh.find((u) => u.code === `kh-${slug}`)?.km, slug).toBeTruthy();
    }
  });

  it('isValidAt treats both bounds as inclusive and refuses malformed dates', () => {
    expect(isValidAt({ validFrom: '2025-07-01', validTo: '2025-07-31' }, '2025-07-01')).toBe(true);
    expect(isValidAt({ validFrom: '2025-07-01', validTo: '2025-07-31' }, '2025-07-31')).toBe(true);
    expect(isValidAt({ validFrom: '2025-07-01' }, '2025-06-30')).toBe(false);
    expect(() => isValidAt({}, '2025-13-01')).toThrow(RangeError);
  });

  it('vnSlug folds diacritics including đ', () => {
    expect(vnSlug('Thị xã Tịnh Biên')).toBe('tinh-bien');
    expect(vnSlug('Huyện Đắk Mil')).toBe('dak-mil');
    expect(vnSlug("Huyện Ia H'Drai")).toBe('ia-h-drai');
    expect(vnDistrictSlug('Thành phố Hồng Ngự')).not.toBe(vnDistrictSlug('Huyện Hồng Ngự'));
  });
});
