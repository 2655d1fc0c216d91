/** Reference seed data and the pure helpers over it. The vault inserts these rows into its tables at setup. */
export * from './types.js';
export { ADMIN_UNITS, LAST_DAY_BEFORE_REFORM, REFORM_DAY, khProvince, vnDistrictSlug, vnProvinceBefore2025, vnProvinceFrom2025, vnSlug } from './admin-units.js';
export { AGENCIES } from './agencies.js';
export { BORDER_GATES, gateProvinceCodeAt } from './border-gates.js';
export { VOCABULARIES, allVocabularyTerms, vocabulary } from './vocabularies/index.js';
export { adminUnitsValidAt, agenciesValidAt, currentAgency, currentSuccessor, isValidAt, resolveAt } from './validity.js';
export { AGE_BAND_CODES, CHILD_AGE_LIMIT, ageAt, ageBand, isChildAt, isChildBand } from '../../src-shared/people/age.js';
export type { AgeAtEvent, AgeBandCode, AgePrecision, BirthInfo } from '../../src-shared/people/age.js';
export { parseIsoDate } from '../../src-shared/people/iso-date.js';
