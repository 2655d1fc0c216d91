import type { TFunction } from 'i18next';
import type { TKey } from '../i18n/keys.js';

/** Case fields in words, for messages about a field that is not on the screen (static keys, checkable). */
const FIELD_KEYS: Record<string, TKey> = {
  direction: 'rep.field.direction',
  requestSource: 'rep.field.requestSource',
  counterpartReference: 'rep.field.counterpartReference',
  requestedOn: 'rep.field.requestedOn',
  verificationDeadline: 'rep.field.verificationDeadline',
  agreedDate: 'rep.field.agreedDate',
  gateCode: 'rep.field.gateCode',
  transportMode: 'rep.field.transportMode',
  handoverAt: 'rep.field.handoverAt',
  placeNote: 'rep.field.placeNote',
  dossierChecked: 'rep.field.dossierChecked',
  identityCheckDone: 'rep.field.identityCheckDone',
  healthSummary: 'rep.field.healthSummary',
  summary: 'rep.field.summary',
  delegations: 'rep.field.delegations',
  items: 'rep.field.items',
  referrals: 'rep.field.referrals',
  internalHandover: 'rep.field.internalHandover',
  members: 'rep.field.members',
  amendmentReason: 'rep.field.amendmentReason',
  template: 'rep.field.template',
};

/** "fields.handoverAt" or "handoverAt" → "Thời điểm bàn giao"; a path inside a list names the list. */
export function caseFieldName(t: TFunction, path: string): string | null {
  const head = path.replace(/^fields\./, '').split('.')[0];
  const key = FIELD_KEYS[head];
  return key ? t(key) : null;
}

/** Fields that live on the case form (a "go to the field" opens the form there); the rest live on the detail tabs. */
export const isFormField = (path: string) => {
  const head = path.replace(/^fields\./, '').split('.')[0];
  return head in FIELD_KEYS && head !== 'members' && head !== 'template' && head !== 'amendmentReason';
};
