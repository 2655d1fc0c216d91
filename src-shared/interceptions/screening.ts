/**
 * Screening an intercepted person for signs of trafficking (issue 12). The rules are data — reference rows of
 * the `screening_rule` vocabulary that an administrator can see and switch off — and this one pure function
 * applies them, in the form (as the officer answers) and in the engine (which stores the level it computes).
 * The result is a level with its reasons in words, never a bare score.
 */

export const SCREENING_ANSWERS = ['yes', 'no', 'not_asked'] as const;
export type ScreeningAnswer = (typeof SCREENING_ANSWERS)[number];

export const SCREENING_LEVELS = ['none', 'some', 'strong'] as const;
export type ScreeningLevel = (typeof SCREENING_LEVELS)[number];

/** A reason as shown to people: the rule's labels in the three languages. */
export interface ScreeningReason {
  code: string;
  level: Exclude<ScreeningLevel, 'none'>;
  vi: string;
  km: string;
  en: string;
}

/** One rule: when at least `min` of `indicators` (any indicator when empty) are answered "yes", the level is at least `level`. */
export interface ScreeningRule extends ScreeningReason {
  indicators: string[];
  min: number;
}

export interface ScreeningResult {
  level: ScreeningLevel;
  /** Every rule that matched, strongest first, then in the rules' order. */
  reasons: ScreeningReason[];
}

/** The floor the law sets, whatever the rule rows say: a child travelling without a guardian is at least "some". */
export const CHILD_WITHOUT_GUARDIAN: ScreeningReason = {
  code: 'child_without_guardian',
  level: 'some',
  vi: 'Trẻ em dưới 18 tuổi đi không có cha mẹ hoặc người giám hộ',
  km: 'កុមារអាយុក្រោម ១៨ ឆ្នាំ ធ្វើដំណើរដោយគ្មានឪពុកម្ដាយ ឬអាណាព្យាបាល',
  en: 'A child under 18 travelling without a parent or guardian',
};

const RANK: Record<ScreeningLevel, number> = { none: 0, some: 1, strong: 2 };

/** A reference row of the `screening_rule` vocabulary, as `reference.list` gives it. */
export interface ScreeningRuleRow {
  code: string;
  labelVi: string;
  labelKm: string;
  labelEn: string;
  active: boolean;
  sort: number;
  data: Record<string, unknown>;
}

/** The active rule rows as rules, in their order; a row whose data is not a rule is skipped, never guessed at. */
export function screeningRulesFrom(rows: readonly ScreeningRuleRow[]): ScreeningRule[] {
  return [...rows]
    .filter((row) => row.active)
    .sort((a, b) => a.sort - b.sort)
    .flatMap((row) => {
      const { level, indicators, min } = row.data;
      if ((level !== 'some' && level !== 'strong') || !Array.isArray(indicators) || typeof min !== 'number' || min < 1) return [];
      return [{ code: row.code, level, indicators: indicators.filter((i): i is string => typeof i === 'string'), min, vi: row.labelVi, km: row.labelKm, en: row.labelEn }];
    });
}

export interface ScreeningFacts {
  /** Under 18 at the interception date; null when nothing is known of the birth. */
  child: boolean | null;
  /** A parent or guardian travels with the person; null when not known. */
  guardianPresent: boolean | null;
}

/** The level and its reasons for one person's answers under `rules`. */
export function screen(answers: readonly { indicator: string; answer: ScreeningAnswer }[], facts: ScreeningFacts, rules: readonly ScreeningRule[]): ScreeningResult {
  const yes = new Set(answers.filter((a) => a.answer === 'yes').map((a) => a.indicator));
  const matched: ScreeningReason[] = rules
    .filter((rule) => (rule.indicators.length ? rule.indicators.filter((i) => yes.has(i)).length : yes.size) >= rule.min)
    .map(({ code, level, vi, km, en }) => ({ code, level, vi, km, en }));
  // Unknown guardianship counts as none: a child is never screened down for a missing answer.
  if (facts.child === true && facts.guardianPresent !== true) matched.push(CHILD_WITHOUT_GUARDIAN);
  const reasons = matched.map((reason, order) => ({ reason, order })).sort((a, b) => RANK[b.reason.level] - RANK[a.reason.level] || a.order - b.order);
  const level = reasons.reduce<ScreeningLevel>((best, { reason }) => (RANK[reason.level] > RANK[best] ? reason.level : best), 'none');
  return { level, reasons: reasons.map(({ reason }) => reason) };
}
