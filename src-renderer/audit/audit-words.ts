import type { AuditEntryView } from '../../src-shared/contract/index.js';
import { currentCatalogue, formatDateTime } from '../i18n/index.js';

/** An audit action in words; unknown codes (from capabilities added later) show as they are. */
export function actionLabel(code: string): string {
  const actions: Record<string, string> = currentCatalogue().audit.actions;
  return actions[code] ?? code;
}

export function recordTypeLabel(type: string): string {
  const types: Record<string, string> = currentCatalogue().audit.recordTypes;
  return types[type] ?? type;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function word(value: unknown, key: string): string {
  const catalogue = currentCatalogue();
  const reasons: Record<string, string> = catalogue.audit.reasons;
  const roles: Record<string, string> = catalogue.roles;
  const fields: Record<string, string> = catalogue.audit.fields;
  if (Array.isArray(value)) return value.map((item) => word(item, key)).join(', ');
  if (typeof value === 'string') {
    if (key === 'changed') return fields[value] ?? value;
    if (ISO_INSTANT.test(value)) return formatDateTime(value);
    return reasons[value] ?? roles[value] ?? value;
  }
  if (typeof value === 'boolean') return value ? catalogue.common.yes : catalogue.common.no;
  if (value === null || value === undefined) return catalogue.common.none;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** "lý do: không thao tác · đã sửa: họ và tên, vai trò" — compact, one line per entry; unknown keys as they are. */
export function detailText(entry: AuditEntryView): string {
  const keys: Record<string, string> = currentCatalogue().audit.detailKeys;
  return Object.entries(entry.detail ?? {})
    .map(([key, value]) => `${keys[key] ?? key}: ${word(value, key)}`)
    .join(' · ');
}
