import { Alert, Button, Space } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../src-shared/contract/index.js';
import { pick } from '../i18n/index.js';

/**
 * The engine's refusal of a form save. On a version conflict it offers the two ways out the accounts tab
 * offers: keep what I typed (and save over the newer version) or take the newer version. `theirs` shows
 * what the other person saved, so the choice is made knowingly.
 */
export function SaveError({ error, theirs, onKeepMine, onTakeTheirs }: { error: AppError; theirs?: ReactNode; onKeepMine?: () => void; onTakeTheirs?: () => void }) {
  const { t } = useTranslation();
  const conflict = error.code === 'conflict' && onKeepMine && onTakeTheirs;
  return (
    <Alert
      type={conflict ? 'warning' : 'error'}
      showIcon
      role="alert"
      title={pick(error.message)}
      style={{ marginBottom: 16 }}
      description={
        conflict && (
          <>
            {theirs && (
              <div className="conflict-theirs">
                <strong>{t('docs.conflict.theirs')}:</strong> {theirs}
              </div>
            )}
            <Space wrap style={{ marginTop: 8 }}>
              <Button size="small" onClick={onKeepMine}>
                {t('docs.conflict.keepMine')}
              </Button>
              <Button size="small" onClick={onTakeTheirs}>
                {t('docs.conflict.takeTheirs')}
              </Button>
            </Space>
          </>
        )
      }
    />
  );
}
