import { describe, expect, it } from 'vitest';
import { ADMIN_UNITS } from '../../src-main/reference/admin-units.js';
import { AGENCIES } from '../../src-main/reference/agencies.js';
import { agenciesValidAt, currentAgency, isValidAt } from '../../src-main/reference/validity.js';
import { duplicates, hasNoKhmer, isKhmerLabel, isNfc } from './labels.js';

const codeAt = (code: string, date: string) => currentAgency(AGENCIES, code, date)?.code ?? null;

describe('agencies', () => {
  it('codes are unique; successors and provinces exist', () => {
    const codes = AGENCIES.map((a) => a.code);
    expect(duplicates(codes)).toEqual([]);
    for (const agency of AGENCIES) {
      if (agency.successorCode !== undefined) expect(codes, agency.code).toContain(agency.successorCode);
      if (agency.provinceCode !== undefined)
        expect(
          ADMIN_UNITS.map((u) => u.code),
          agency.code,
        ).toContain(agency.provinceCode);
    }
  });

  it('labels are non-empty and NFC; Khmer names are in the Khmer block', () => {
    for (const agency of AGENCIES) {
      for (const label of [agency.vi, agency.en, agency.km]) expect(label.trim() !== '' && isNfc(label), agency.code).toBe(true);
      expect(hasNoKhmer(agency.vi) && hasNoKhmer(agency.en), agency.code).toBe(true);
      expect(isKhmerLabel(agency.km), `${agency.code}: ${agency.km}`).toBe(true);
    }
  });

  it('a provincial agency lives inside its province validity', () => {
    for (const agency of AGENCIES.filter((a) => a.provinceCode !== undefined)) {
      const province = ADMIN_UNITS.find((u) => u.code === agency.provinceCode);
      expect(province?.country, agency.code).toBe(agency.side);
      for (const bound of [agency.validFrom, agency.validTo]) {
        if (bound !== undefined && province !== undefined) expect(isValidAt(province, bound), agency.code).toBe(true);
      }
    }
  });

  it('follows the social-affairs role through the 2025 changes', () => {
    expect(codeAt('vn-kien-giang-dolisa', '2025-02-28')).toBe('vn-kien-giang-dolisa');
    expect(codeAt('vn-kien-giang-dolisa', '2025-03-01')).toBe('vn-kien-giang-health');
    expect(codeAt('vn-kien-giang-dolisa', '2025-07-01')).toBe('vn-an-giang-2025-health');
    expect(codeAt('vn-molisa', '2025-03-01')).toBe('vn-moh');
  });

  it('provincial Border Guard and police follow the merged province', () => {
    expect(codeAt('vn-long-an-border-guard', '2025-06-30')).toBe('vn-long-an-border-guard');
    expect(codeAt('vn-long-an-border-guard', '2025-07-01')).toBe('vn-tay-ninh-2025-border-guard');
    expect(codeAt('vn-kon-tum-police', '2026-01-01')).toBe('vn-quang-ngai-2025-police');
  });

  it('agenciesValidAt drops ended agencies and keeps open-ended ones', () => {
    const march = agenciesValidAt(AGENCIES, '2025-03-01').map((a) => a.code);
    expect(march).not.toContain('vn-molisa');
    expect(march).toContain('vn-moh');
    expect(march).toContain('kh-kampot-dosvy');
    expect(agenciesValidAt(AGENCIES, '2025-02-28').map((a) => a.code)).toContain('vn-an-giang-dolisa');
  });

  it('has the consulates of both sides', () => {
    const consulates = AGENCIES.filter((a) => a.kind === 'consulate').map((a) => a.code);
    expect(consulates).toEqual(expect.arrayContaining(['vn-consulate-battambang', 'vn-consulate-sihanoukville', 'kh-consulate-hcmc']));
  });
});
