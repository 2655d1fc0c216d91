import { describe, expect, it } from 'vitest';
import { CHILD_WITHOUT_GUARDIAN, screen, screeningRulesFrom, type ScreeningRuleRow } from '../../src-shared/interceptions/screening.js';
import { missingForSubmit, peopleProblems, whenProblems, whereProblems } from '../../src-shared/interceptions/rules.js';
import { interceptionFieldsSchema } from '../../src-shared/contract/index.js';
import { screeningRule } from '../../src-main/reference/vocabularies/trafficking.js';

/** The seeded rule rows as `reference.list` gives them. */
const ROWS: ScreeningRuleRow[] = screeningRule.map((term) => ({
  code: term.code,
  labelVi: term.vi,
  labelKm: term.km,
  labelEn: term.en,
  active: true,
  sort: term.sort,
  data: term.data!,
}));
const RULES = screeningRulesFrom(ROWS);
const adult = { child: false, guardianPresent: null };
const yes = (...indicators: string[]) => indicators.map((indicator) => ({ indicator, answer: 'yes' as const }));

describe('screening (rules as data)', () => {
  it('no "yes" answer is no indicator; "no" and "not asked" never count', () => {
    expect(screen([], adult, RULES)).toEqual({ level: 'none', reasons: [] });
    expect(
      screen(
        [
          { indicator: 'debt', answer: 'no' },
          { indicator: 'documents_taken', answer: 'not_asked' },
        ],
        adult,
        RULES,
      ).level,
    ).toBe('none');
  });

  it('gives the level with its reasons in words, strongest first', () => {
    expect(screen(yes('debt'), adult, RULES)).toMatchObject({ level: 'some', reasons: [{ code: 'any_indicator', en: 'At least one indicator of trafficking' }] });
    const strong = screen(yes('debt', 'deceptive_job_offer'), adult, RULES);
    expect(strong.level).toBe('strong');
    expect(strong.reasons.map((r) => r.code)).toEqual(['debt_and_deception', 'any_indicator']);
    expect(screen(yes('documents_taken'), adult, RULES).reasons[0]!.vi).toBe('Bị người khác giữ giấy tờ tùy thân');
    expect(screen(yes('recruited_online', 'unaware_of_destination', 'travel_paid_by_third_party'), adult, RULES).level).toBe('strong');
  });

  it('a child without a guardian is at least "some", even with no rule rows at all', () => {
    const child = { child: true, guardianPresent: false };
    expect(screen([], child, [])).toEqual({ level: 'some', reasons: [CHILD_WITHOUT_GUARDIAN] });
    expect(screen([], { child: true, guardianPresent: null }, RULES).level).toBe('some');
    expect(screen([], { child: true, guardianPresent: true }, RULES).level).toBe('none');
    expect(screen([], { child: null, guardianPresent: false }, RULES).level).toBe('none');
    // Already strong: the floor adds its reason but never lowers the level.
    const strong = screen(yes('signs_of_abuse'), child, RULES);
    expect(strong.level).toBe('strong');
    expect(strong.reasons.map((r) => r.code)).toContain('child_without_guardian');
  });

  it('changing a rule row changes the level: switched off, or its condition edited', () => {
    const off = screeningRulesFrom(ROWS.map((row) => (row.code === 'documents_taken' ? { ...row, active: false } : row)));
    expect(screen(yes('documents_taken'), adult, off).level).toBe('some');
    const stricter = screeningRulesFrom(ROWS.map((row) => (row.code === 'any_indicator' ? { ...row, data: { ...row.data, min: 2 } } : row)));
    expect(screen(yes('debt'), adult, stricter).level).toBe('none');
    // A row whose data is not a rule is skipped, never guessed at.
    expect(screeningRulesFrom([{ ...ROWS[0]!, data: { level: 'extreme', indicators: [], min: 1 } }])).toEqual([]);
  });
});

describe('interception rules', () => {
  const fields = interceptionFieldsSchema.parse({ at: '2026-11-05T23:40', marker: '314', unit: 'Đồn Biên phòng Giang Thành', direction: 'leaving_vn' });

  it('refuses a time in the future on the office clock', () => {
    expect(whenProblems(fields, '2026-11-05T23:40:00')).toEqual({});
    expect(whenProblems(fields, '2026-11-05T23:39:59').at!.en).toMatch(/future/);
  });

  it('needs a marker or a description, and coordinates inside the border box', () => {
    const box = { south: 9.25, west: 103.45, north: 10.98, east: 105.6 };
    expect(whereProblems({ ...fields, coordinates: { lat: 10.41, lon: 104.45 } }, box)).toEqual({});
    expect(whereProblems({ ...fields, coordinates: { lat: 10.41, lon: 106.5 } }, box).coordinates!.vi).toMatch(/ngoài khu vực/);
    expect(whereProblems({ ...fields, marker: '', placeDescription: '' }, null).marker).toBeDefined();
    expect(whereProblems({ ...fields, coordinates: { lat: 0, lon: 0 } }, null)).toEqual({});
  });

  it('names every person once and asks for what each outcome needs before submitting', () => {
    expect(peopleProblems(interceptionFieldsSchema.parse({ ...fields, persons: [{}] }))['persons.0.person']).toBeDefined();
    const sanctioned = interceptionFieldsSchema.parse({
      ...fields,
      persons: [{ person: { fullNameVi: 'A' }, outcomes: ['administrative_sanction', 'referred_for_investigation'] }],
    });
    expect(Object.keys(missingForSubmit(sanctioned))).toEqual(['persons.0.sanctionDecision', 'persons.0.investigationUnit']);
    expect(missingForSubmit({ persons: [] }).persons).toBeDefined();
  });
});
