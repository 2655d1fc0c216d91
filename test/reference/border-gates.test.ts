import { describe, expect, it } from 'vitest';
import { ADMIN_UNITS } from '../../src-main/reference/admin-units.js';
import { BORDER_GATES, gateNameEn, gateProvinceCodeAt } from '../../src-main/reference/border-gates.js';
import { seedRows } from '../../src-main/reference/store.js';
import { isValidAt } from '../../src-main/reference/validity.js';
import { duplicates, hasNoKhmer, isKhmerLabel, isNfc } from './labels.js';

const unit = (code: string) => ADMIN_UNITS.find((u) => u.code === code);

describe('border gates', () => {
  it('codes are unique', () => {
    expect(duplicates(BORDER_GATES.map((g) => g.code))).toEqual([]);
  });

  it('names are NFC; Khmer counterparts are in the Khmer block', () => {
    for (const gate of BORDER_GATES) {
      expect(isNfc(gate.vnName) && hasNoKhmer(gate.vnName), gate.code).toBe(true);
      expect(isNfc(gate.khName) && isKhmerLabel(gate.khName), gate.code).toBe(true);
      expect(isKhmerLabel(gate.khProvince.km), gate.code).toBe(true);
      expect(hasNoKhmer(gate.khNameLatin) && hasNoKhmer(gate.khProvince.latin), gate.code).toBe(true);
    }
  });

  it('points at Vietnamese provinces valid on each side of the 2025 reform and at Cambodian provinces', () => {
    for (const gate of BORDER_GATES) {
      const after = unit(gate.vnProvinceCode);
      const before = unit(gate.vnProvinceCodeBefore2025);
      expect(after && isValidAt(after, '2025-07-01'), gate.code).toBe(true);
      expect(before && isValidAt(before, '2025-06-30') && !isValidAt(before, '2025-07-01'), gate.code).toBe(true);
      expect(before?.successorCode, gate.code).toBe(gate.vnProvinceCode);
      const kh = unit(gate.khProvinceCode);
      expect(kh?.country, gate.code).toBe('KH');
      expect(kh?.km, gate.code).toBe(gate.khProvince.km);
    }
  });

  it('names each pair in English in the English column, never in Vietnamese (issue 8, item 12)', () => {
    expect(gateNameEn(BORDER_GATES.find((g) => g.code === 'gate-ha-tien')!)).toBe('Ha Tien International Border Gate – Prek Chak');
    expect(gateNameEn(BORDER_GATES.find((g) => g.code === 'gate-khanh-binh')!)).toBe('Khanh Binh National Border Gate – Chrey Thom');
    expect(gateNameEn(BORDER_GATES.find((g) => g.code === 'gate-dak-rue')!)).toBe('Dak Rue National Border Gate – Chi Miet');
    const english = seedRows('2026-01-01T00:00:00.000Z').filter((row) => row.kind === 'border_gate');
    expect(english).toHaveLength(BORDER_GATES.length);
    for (const row of english) expect(row.label_en, row.code).toMatch(/^[A-Za-z' -]+ (International|National) Border Gate – [A-Za-z' -]+$/);
  });

  it('has the confirmed international pairs, verified', () => {
    const verified = BORDER_GATES.filter((g) => g.verified).map((g) => `${g.vnName} – ${g.khNameLatin}`);
    for (const pair of [
      'Cửa khẩu quốc tế Hà Tiên – Prek Chak',
      'Cửa khẩu quốc tế Tịnh Biên – Phnom Den',
      'Cửa khẩu quốc tế Vĩnh Xương – Kaam Samnor',
      'Cửa khẩu quốc tế Mộc Bài – Bavet',
      'Cửa khẩu quốc tế Xa Mát – Trapeang Phlong',
      'Cửa khẩu quốc tế Hoa Lư – Trapeang Sre',
      'Cửa khẩu quốc tế Lệ Thanh – O Yadav',
      'Cửa khẩu quốc tế Thường Phước – Koh Roka',
    ]) {
      expect(verified).toContain(pair);
    }
  });

  it('every unverified gate says why', () => {
    for (const gate of BORDER_GATES.filter((g) => !g.verified)) expect(gate.note, gate.code).toBeTruthy();
  });

  it('Hà Tiên belonged to Kiên Giang until 30 Jun 2025 and to An Giang from 1 Jul 2025', () => {
    const haTien = BORDER_GATES.find((g) => g.code === 'gate-ha-tien');
    expect(haTien && gateProvinceCodeAt(haTien, '2025-06-30')).toBe('vn-kien-giang');
    expect(haTien && gateProvinceCodeAt(haTien, '2025-07-01')).toBe('vn-an-giang-2025');
  });
});
