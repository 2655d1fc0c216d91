import { caseFieldsSchema, handoverItemSchema, REPATRIATION_DIRECTIONS, referralSchema } from '../../../src-shared/contract/index.js';

/** The choices of the case form's selects, from the contract's own enums (never a second list here). */
export const DIRECTIONS = REPATRIATION_DIRECTIONS;
export const REQUEST_SOURCES = caseFieldsSchema.shape.requestSource.unwrap().options;
export const ITEM_KINDS = handoverItemSchema.shape.kind.options;
export const REFERRAL_STATUSES = referralSchema.shape.status.unwrap().options;
