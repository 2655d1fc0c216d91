import { useTranslation } from 'react-i18next';
import type { CaseFields, CaseView } from '../../src-shared/contract/index.js';
import type { StaleSave } from '../records/kind.js';
import { StaleSaveNotice } from '../records/StaleSaveNotice.js';
import { caseFieldName } from './field-names.js';
import { differingFields, formatDate, formatDateTimeShort } from './model.js';
import { CASE_RECORD } from './record-kind.js';
import { GATE, useReferenceData, V } from './reference-data.js';

/**
 * A stale save of the case form: the shared notice, with the case fields that now differ from what is in the
 * form and their stored values in words (dates as officers write them, codes as their labels).
 */
export function ConflictNotice({
  conflict,
  mine,
  onTakeTheirs,
  onKeepMine,
  busy,
}: {
  conflict: StaleSave<CaseView>;
  mine: Partial<CaseFields>;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const ref = useReferenceData();
  const stored = (key: keyof CaseFields): string => {
    const value = conflict.current[key];
    if (value === null || value === '' || value === undefined) return t('records.conflict.empty');
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (Array.isArray(value)) return t('records.conflict.lines', { count: value.length });
    if (key === 'handoverAt') return formatDateTimeShort(String(value));
    if (key.endsWith('Date') || key === 'requestedOn' || key === 'verificationDeadline') return formatDate(String(value));
    if (key === 'gateCode') return ref.label(GATE, String(value));
    if (key === 'transportMode') return ref.label(V.transport, String(value));
    if (key === 'direction') return t(`rep.direction.${value as CaseView['direction']}`);
    if (key === 'requestSource') return t(`rep.source.${value as CaseView['requestSource']}`);
    if (typeof value === 'object') return t('records.conflict.changed');
    const text = String(value);
    return text.length > 80 ? `${text.slice(0, 80)}…` : text;
  };
  const differing = differingFields(mine, conflict.current).map((key) => ({ key, label: caseFieldName(t, key) ?? key, theirs: stored(key) }));
  return <StaleSaveNotice stale={conflict} texts={CASE_RECORD.texts} differing={differing} onKeepMine={onKeepMine} onTakeTheirs={onTakeTheirs} busy={busy} />;
}
