import { describe, expect, it } from 'vitest';
import { VOCABULARY_NAMES } from '../../src-main/reference/types.js';
import { VOCABULARIES, allVocabularyTerms, vocabulary } from '../../src-main/reference/vocabularies/index.js';
import { duplicates, hasNoKhmer, isKhmerLabel, isNfc } from './labels.js';

describe('vocabularies', () => {
  it('has every declared vocabulary, each non-empty', () => {
    for (const name of VOCABULARY_NAMES) expect(VOCABULARIES[name].length, name).toBeGreaterThan(0);
  });

  it('codes are unique per vocabulary and every term names its own vocabulary', () => {
    for (const name of VOCABULARY_NAMES) {
      const terms = vocabulary(name);
      expect(duplicates(terms.map((t) => t.code)), name).toEqual([]);
      for (const term of terms) expect(term.vocabulary).toBe(name);
    }
  });

  it('every term has non-empty, trimmed, NFC vi/km/en labels', () => {
    for (const term of allVocabularyTerms()) {
      for (const label of [term.vi, term.km, term.en]) {
        expect(label.trim(), `${term.vocabulary}.${term.code}`).not.toBe('');
        expect(label, `${term.vocabulary}.${term.code}`).toBe(label.trim());
        expect(isNfc(label), `${term.vocabulary}.${term.code}: ${label}`).toBe(true);
      }
    }
  });

  it('Khmer labels are written in the Khmer block; vi/en labels hold no Khmer', () => {
    for (const term of allVocabularyTerms()) {
      expect(isKhmerLabel(term.km), `${term.vocabulary}.${term.code}: ${term.km}`).toBe(true);
      expect(hasNoKhmer(term.vi) && hasNoKhmer(term.en), `${term.vocabulary}.${term.code}`).toBe(true);
    }
  });

  it('child terms point at a broader term of the same vocabulary', () => {
    for (const term of allVocabularyTerms().filter((t) => t.parentCode !== undefined)) {
      expect(VOCABULARIES[term.vocabulary].some((t) => t.code === term.parentCode && t.parentCode === undefined)).toBe(true);
    }
  });

  it('sort orders are unique within a vocabulary and vocabulary() returns them ascending', () => {
    for (const name of VOCABULARY_NAMES) {
      const sorts = vocabulary(name).map((t) => t.sort);
      expect(duplicates(sorts.map(String)), name).toEqual([]);
      expect(sorts).toEqual([...sorts].sort((a, b) => a - b));
    }
  });

  it('carries the 17 HTCDS methods of control, once each', () => {
    const htcds = vocabulary('means_of_control').map((t) => t.htcds);
    expect(new Set(htcds)).toEqual(
      new Set([
        'DebtBondage',
        'TakesEarnings',
        'RestrictsFinancialAccess',
        'Threats',
        'PsychologicalAbuse',
        'PhysicalAbuse',
        'SexualAbuse',
        'FalsePromises',
        'PsychoactiveSubstances',
        'RestrictsMovement',
        'RestrictsMedicalCare',
        'ExcessiveWorkingHours',
        'UsesChildren',
        'ThreatOfLawEnforcement',
        'WithholdsNecessities',
        'WithholdsDocuments',
        'Other',
      ]),
    );
    expect(htcds).toHaveLength(17);
  });

  it('uses the HTCDS gender values and ISO codes for nationality', () => {
    expect(vocabulary('sex').map((t) => t.htcds)).toEqual(['Male', 'Female', 'Transgender/NonConforming', 'Unknown']);
    for (const term of vocabulary('nationality').filter((t) => t.htcds !== undefined)) expect(term.htcds).toBe(term.code);
  });

  it('has the repatriation stages of the workflow, in order', () => {
    expect(vocabulary('repatriation_stage').map((t) => t.code)).toEqual(['requested', 'verifying', 'agreed', 'handed_over', 'referred', 'closed', 'cancelled']);
  });

  it('lists online scam operations as a forced-labour sector', () => {
    const scam = vocabulary('exploitation_type').find((t) => t.code === 'labour_online_scam');
    expect(scam?.parentCode).toBe('forced_labour');
  });

  it('clears the Khmer review flag only for terms taken from the DOMAIN.md glossary', () => {
    const cleared = allVocabularyTerms().filter((t) => !t.kmNeedsReview);
    expect(cleared.map((t) => [t.km, t.en])).toEqual([['ការជួញដូរមនុស្ស', 'Trafficking in persons']]);
  });
});
