import { Alert, Button } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../src-shared/contract/index.js';
import { pick } from '../i18n/index.js';
import { unplacedFields } from './engine-errors.js';

/**
 * An engine error as a notice: the general message, then each field message that has no field on this screen,
 * naming the field in words, with a button that goes to it (`onGoTo` opens the form and focuses the field).
 */
export function FieldErrorNotice({
  error,
  placed = [],
  fieldName,
  onGoTo,
  onClose,
  action,
  testId = 'field-error-notice',
}: {
  error: AppError;
  /** Paths already shown beside a field on this screen. */
  placed?: readonly string[];
  /** The field in words ("Thời điểm bàn giao"), from the screen's label table; null when the path has no name. */
  fieldName: (path: string) => string | null;
  onGoTo?: (path: string) => void;
  onClose?: () => void;
  /** A button for the whole notice (e.g. "fill in what is missing"). */
  action?: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation();
  const rest = unplacedFields(error, placed);
  const general = pick(error.message);
  return (
    <Alert
      type={error.code === 'conflict' ? 'warning' : 'error'}
      showIcon
      role="alert"
      data-testid={testId}
      closable={onClose ? { onClose } : undefined}
      action={action}
      title={general}
      description={
        rest.length > 0 && (
          <ul className="field-notice-list">
            {rest.map(([path, message]) => {
              const name = fieldName(path);
              const text = pick(message);
              return (
                <li key={path}>
                  {name && <strong>{name}: </strong>}
                  {text !== general || !name ? text : null}
                  {name && onGoTo && (
                    <Button size="small" type="link" className="field-notice-go" onClick={() => onGoTo(path)} data-testid={`go-to-${path}`}>
                      {t('common.goToField', { field: name })}
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        )
      }
      style={{ marginBottom: 12 }}
    />
  );
}
