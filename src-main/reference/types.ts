import type { BorderBox } from '../../src-shared/interceptions/rules.js';

export type { BorderBox };

/**
 * Seed types for reference data. The vault copies these rows into tables at setup; from then on they are
 * data an administrator can correct (audited), not code. Every label is NFC-normalised.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** Both bounds inclusive; a missing bound is open. */
export interface Validity {
  validFrom?: IsoDate;
  validTo?: IsoDate;
}

export const VOCABULARY_NAMES = [
  'sex',
  'exploitation_type',
  'means_of_control',
  'recruitment_method',
  'perpetrator_role',
  'case_person_role',
  'nationality',
  'identity_document_type',
  'support_service',
  'health_status',
  'repatriation_stage',
  'repatriation_direction',
  'transport_mode',
  'interception_direction',
  'interception_disposition',
  'trafficking_indicator',
  'screening_rule',
  'crossing_method',
  'travel_purpose',
  'meeting_type',
  'meeting_level',
  'information_topic',
  'age_band',
] as const;

export type VocabularyName = (typeof VOCABULARY_NAMES)[number];

export interface VocabularyTerm {
  vocabulary: VocabularyName;
  /** Stable code stored in records; never shown. Unique within its vocabulary. */
  code: string;
  /**
   * The matching value of the UN/IOM Human Trafficking Case Data Standard where one exists
   * (github.com/UNMigration/HTCDS, "HTCDS Field Reference"). Absent when HTCDS has no equivalent.
   */
  htcds?: string;
  vi: string;
  km: string;
  en: string;
  /** True until a translator has checked the Khmer label (DOMAIN.md: "needs review by a translator"). */
  kmNeedsReview: boolean;
  /** Display order within the vocabulary (and within the parent, for child terms). */
  sort: number;
  /** A narrower term points at its broader term in the same vocabulary (e.g. a forced-labour sector). */
  parentCode?: string;
  /** Facts a rule or a mapping reads (a screening rule's condition, an indicator's HTCDS means of control). */
  data?: Record<string, unknown>;
}

export type GateLevel = 'international' | 'main' | 'secondary';

/** A pair of facing border gates: the Vietnamese gate and its Cambodian counterpart. */
export interface BorderGateSeed {
  code: string;
  /** Vietnamese gate name as used in Vietnamese documents (cửa khẩu …). */
  vnName: string;
  /** Province holding the gate since 1 Jul 2025 (an `AdminUnitSeed.code`). */
  vnProvinceCode: string;
  /** Province holding the gate until 30 Jun 2025 (records keep the name valid at their date). */
  vnProvinceCodeBefore2025: string;
  /** Cambodian counterpart in Khmer script. */
  khName: string;
  khNameLatin: string;
  khProvinceCode: string;
  khProvince: { km: string; latin: string };
  /** Level of the Vietnamese gate (quốc tế / chính = quốc gia / phụ). */
  level: GateLevel;
  /** True only when a public source confirmed the pair and the level. */
  verified: boolean;
  /** The Khmer spelling of the counterpart has not been checked by a translator. */
  khNameNeedsReview: boolean;
  note?: string;
}

export type AgencySide = 'VN' | 'KH';

export type AgencyKind =
  'border_guard' | 'border_liaison' | 'police' | 'immigration' | 'anti_trafficking' | 'social_affairs' | 'health' | 'home_affairs' | 'foreign_affairs' | 'embassy' | 'consulate';

export interface AgencySeed extends Validity {
  code: string;
  side: AgencySide;
  kind: AgencyKind;
  vi: string;
  km: string;
  en: string;
  kmNeedsReview: boolean;
  /** The agency that took over this one's role for BLO work when it ended. */
  successorCode?: string;
  /** The `AdminUnitSeed.code` of the province it serves, for provincial agencies. */
  provinceCode?: string;
  /** True only when a public source confirmed the name, the dates and the successor. */
  verified: boolean;
  note?: string;
}

export type AdminLevel = 'province' | 'district' | 'commune';

export interface AdminUnitSeed extends Validity {
  code: string;
  country: 'VN' | 'KH';
  level: AdminLevel;
  parentCode?: string;
  /** Vietnamese name, with the unit type (Tỉnh An Giang, Huyện Giang Thành). */
  vi: string;
  km?: string;
  en?: string;
  kmNeedsReview?: boolean;
  /** The unit that took over this one's territory when it ended (for a merged province, the new province). */
  successorCode?: string;
  /** Borders the other country (for Cambodian units: borders Viet Nam). */
  border?: boolean;
  /** Vietnamese border provinces: the rough box of their border area, for checking coordinates (not surveyed). */
  borderBox?: BorderBox;
  verified: boolean;
  note?: string;
}
