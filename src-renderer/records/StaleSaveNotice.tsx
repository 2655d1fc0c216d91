import { Alert, Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/index.js';
import type { StaleSave } from './kind.js';
import type { RecordTexts } from './texts.js';

/** A field whose stored value differs from what is in the form: its name and the stored value, in words. */
export interface DifferingField {
  key: string;
  label: string;
  theirs: string;
}

/**
 * Someone else saved the record while this person was editing it: who and when, which fields now differ from
 * what is in the form (with the stored value), and the two ways on. The form below is never cleared.
 */
export function StaleSaveNotice({
  stale,
  texts,
  differing,
  onKeepMine,
  onTakeTheirs,
  busy,
}: {
  stale: StaleSave<unknown>;
  texts: Pick<RecordTexts, 'staleTitle' | 'staleSameFields'>;
  differing: DifferingField[];
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  busy?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      role="alert"
      data-testid="conflict-notice"
      className="record-conflict"
      title={t(texts.staleTitle, { who: stale.updatedBy, when: formatDateTime(stale.updatedAt) })}
      description={
        <div>
          <p style={{ margin: '4px 0' }}>{t('records.conflict.kept')}</p>
          {differing.length ? (
            <>
              <p style={{ margin: '4px 0' }}>{t('records.conflict.differs')}</p>
              <ul className="record-conflict-list">
                {differing.map((field) => (
                  <li key={field.key}>
                    <strong>{field.label}</strong>: {t('records.conflict.theirs')} “{field.theirs}”
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p style={{ margin: '4px 0' }}>{t(texts.staleSameFields)}</p>
          )}
          <Space wrap style={{ marginTop: 8 }}>
            <Button type="primary" onClick={onKeepMine} loading={busy}>
              {t('records.conflict.keepMine')}
            </Button>
            <Button onClick={onTakeTheirs}>{t('records.conflict.takeTheirs')}</Button>
          </Space>
        </div>
      }
    />
  );
}
