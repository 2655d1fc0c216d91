import { useTranslation } from 'react-i18next';
import type { ActionStatus } from '../../src-shared/contract/index.js';
import { StatusTag, type Tone } from '../app/StatusTag.js';

const ACTION_TONES: Record<ActionStatus, Tone> = { open: 'neutral', in_progress: 'info', done: 'ok', dropped: 'neutral' };

/** An agreed action's status in words, and "Quá hạn" beside it when past its due date. */
export function ActionStatusTag({ status, overdue }: { status: ActionStatus; overdue?: boolean }) {
  const { t } = useTranslation();
  return (
    <span className="rep-nowrap">
      <StatusTag tone={ACTION_TONES[status]}>{t(`meet.actionStatus.${status}`)}</StatusTag>
      {overdue && (
        <StatusTag tone="bad">
          <span data-testid="action-overdue">{t('meet.detail.overdue')}</span>
        </StatusTag>
      )}
    </span>
  );
}

export function ConfidentialTag() {
  const { t } = useTranslation();
  return (
    <StatusTag tone="bad">
      <span data-testid="confidential-tag">{t('meet.detail.confidential')}</span>
    </StatusTag>
  );
}
