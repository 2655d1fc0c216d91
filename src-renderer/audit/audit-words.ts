import type { AuditEntryView } from '../../src-shared/contract/index.js';
import { currentCatalogue } from '../i18n/index.js';

/** An audit action in words; unknown codes (from capabilities added later) show as they are. */
export function actionLabel(code: string): string {
  const actions: Record<string, string> = currentCatalogue().audit.actions;
  return actions[code] ?? code;
}

export function recordTypeLabel(type: string): string {
  const types: Record<string, string> = currentCatalogue().audit.recordTypes;
  return types[type] ?? type;
}

const word = (value: unknown): string => {
  const catalogue = currentCatalogue();
  const reasons: Record<string, string> = catalogue.audit.reasons;
  const roles: Record<string, string> = catalogue.roles;
  if (Array.isArray(value)) return value.map(word).join(', ');
  if (typeof value === 'string') return reasons[value] ?? roles[value] ?? value;
  if (typeof value === 'boolean') return value ? catalogue.common.yes : catalogue.common.no;
  if (value === null || value === undefined) return catalogue.common.none;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
};

/** "reason: không thao tác · changed: display_name, roles" — compact, one line per entry. */
export function detailText(entry: AuditEntryView): string {
  return Object.entries(entry.detail ?? {})
    .map(([key, value]) => `${key}: ${word(value)}`)
    .join(' · ');
}
