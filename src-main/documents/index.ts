/** The document engine's public surface: templates, labels, content hash, rendering. */
export { renderPdf, warmUp, type RenderOptions } from './pdf/render.js';
export { setFontDirectory, getFontDirectory } from './pdf/fonts.js';
export type { DocumentDefinition, Content } from './pdf/definition.js';
export { contentHash, canonicalJson } from './content-hash.js';
export { DEFAULT_LABELS, fillLabel, type LabelKey, type LabelText, type Labels, type SeedLabel } from './labels/default-labels.js';
export { type OfficeProfile, documentNumber } from './layout/headers.js';
export type { Bilingual } from './layout/blocks.js';
export type { Birth, PersonRow, Sex } from './layout/persons-table.js';
export { ageOn, isChildOn } from './layout/persons-table.js';
export type { IsoDate } from './layout/dates.js';
export { khmerDate, khmerDateLine, vietnameseDateLine, toKhmerDigits } from './layout/dates.js';
export { shortHash, verificationPayload } from './layout/signatures.js';
export type { DelegationMember, Delegations, ItemLine, PrintOptions, Side } from './templates/common.js';
export { buildVictimHandover, type VictimHandoverInput } from './templates/victim-handover.js';
export { buildMeetingMinutes, type MeetingMinutesInput, type MeetingType, type MeetingLevel, type ExchangeTopic } from './templates/meeting-minutes.js';
export { buildReturnedCrossers, type ReturnedCrossersInput } from './templates/returned-crossers.js';
export { buildInternalHandover, type InternalHandoverInput, type InternalParty } from './templates/internal-handover.js';
