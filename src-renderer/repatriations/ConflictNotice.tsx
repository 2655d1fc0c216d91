import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseFields, CaseView } from '../../src-shared/contract/index.js';
import { formatDateTime } from '../i18n/index.js';
import { differingFields, formatDate, formatDateTimeShort } from './model.js';
import { GATE, useReferenceData, V } from './reference-data.js';

export interface Conflict {
  current: CaseView;
  updatedBy: string;
  updatedAt: string;
}

/** Reads the engine's conflict detail (the stored case, who saved it and when). */
export function conflictOf(detail: unknown): Conflict | null {
  const d = detail as Partial<Conflict> | undefined;
  if (!d?.current) return null;
  return { current: d.current, updatedBy: d.updatedBy ?? d.current.updatedBy, updatedAt: d.updatedAt ?? d.current.updatedAt };
}

/**
 * Someone else saved the case while this person was editing it: who and when, which fields now differ from
 * what is in the form (with the stored value), and the two ways on. The form below is never cleared.
 */
export function ConflictNotice({
  conflict,
  mine,
  onTakeTheirs,
  onKeepMine,
  busy,
}: {
  conflict: Conflict;
  mine: Partial<CaseFields>;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  const ref = useReferenceData();
  const differing = differingFields(mine, conflict.current);
  const stored = (key: keyof CaseFields): string => {
    const value = conflict.current[key];
    if (value === null || value === '' || value === undefined) return t('rep.conflict.empty');
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (Array.isArray(value)) return t('rep.conflict.lines', { count: value.length });
    if (key === 'handoverAt') return formatDateTimeShort(String(value));
    if (key.endsWith('Date') || key === 'requestedOn' || key === 'verificationDeadline') return formatDate(String(value));
    if (key === 'gateCode') return ref.label(GATE, String(value));
    if (key === 'transportMode') return ref.label(V.transport, String(value));
    if (key === 'direction') return t(`rep.direction.${value}`);
    if (key === 'requestSource') return t(`rep.source.${value}`);
    if (typeof value === 'object') return t('rep.conflict.changed');
    const text = String(value);
    return text.length > 80 ? `${text.slice(0, 80)}…` : text;
  };
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      data-testid="conflict-notice"
      className="rep-conflict"
      title={t('rep.conflict.title', { who: conflict.updatedBy, when: formatDateTime(conflict.updatedAt) })}
      description={
        <div>
          <p style={{ margin: '4px 0' }}>{t('rep.conflict.kept')}</p>
          {differing.length ? (
            <>
              <p style={{ margin: '4px 0' }}>{t('rep.conflict.differs')}</p>
              <ul className="rep-conflict-list">
                {differing.map((key) => (
                  <li key={key}>
                    <strong>{t(`rep.field.${key}`)}</strong>: {t('rep.conflict.theirs')} “{stored(key)}”
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p style={{ margin: '4px 0' }}>{t('rep.conflict.sameFields')}</p>
          )}
          <Space wrap style={{ marginTop: 8 }}>
            <Button type="primary" onClick={onKeepMine} loading={busy}>
              {t('rep.conflict.keepMine')}
            </Button>
            <Button onClick={onTakeTheirs}>{t('rep.conflict.takeTheirs')}</Button>
          </Space>
        </div>
      }
    />
  );
}
