import { Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, CaseView, RepatriationStage } from '../../../src-shared/contract/index.js';
import { invoke } from '../../bridge/engine.js';
import { pick } from '../../i18n/index.js';

/** A stage move, with an optional note (short dialog: Enter moves). */
export function MoveDialog({ to, busy, onMove, onClose }: { to: RepatriationStage; busy: boolean; onMove: (note: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  return (
    <Modal
      open
      title={t('rep.detail.moveTitle', { stage: t(`rep.stage.${to}`) })}
      onCancel={onClose}
      okText={t('rep.detail.moveOk')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, danger: to === 'cancelled' }}
      onOk={() => onMove(note)}
    >
      <label className="rep-block-label">
        <span>{t('rep.detail.moveNote')}</span>
        <Input
          autoFocus
          value={note}
          maxLength={500}
          onChange={(event) => setNote(event.target.value)}
          onPressEnter={() => onMove(note)}
        />
      </label>
    </Modal>
  );
}

/** Soft delete with a reason (a commander's act). */
export function DeleteDialog({ view, onDeleted, onClose }: { view: CaseView; onDeleted: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    const result = await invoke('repatriations.delete', { id: view.id, version: view.version, reason });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onDeleted();
  };
  return (
    <Modal
      open
      title={t('rep.detail.deleteTitle', { number: view.caseNumber })}
      onCancel={onClose}
      okText={t('rep.detail.delete')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, loading: busy }}
      onOk={() => void submit()}
    >
      <p>{t('rep.detail.deleteText')}</p>
      <label className="rep-block-label">
        <span>{t('rep.detail.deleteReason')}</span>
        <Input.TextArea autoFocus rows={3} value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} status={error?.fields?.reason ? 'error' : undefined} />
      </label>
      {error && <div className="rep-error-text" role="alert">{pick(error.fields?.reason ?? error.message)}</div>}
    </Modal>
  );
}

/** The commander returns the case to its author; the comment is required and says what to fix. */
export function ReturnDialog({ view, onReturned, onClose }: { view: CaseView; onReturned: (view: CaseView) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    const result = await invoke('repatriations.return', { id: view.id, version: view.version, comment });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onReturned(result.value);
  };
  const problem = error && pick(error.fields?.comment ?? error.message);
  return (
    <Modal
      open
      title={t('rep.review.returnTitle', { number: view.caseNumber })}
      onCancel={onClose}
      okText={t('rep.review.returnOk')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, 'data-testid': 'return-ok' }}
      onOk={() => void submit()}
    >
      <p>{t('rep.review.returnText')}</p>
      <label className="rep-block-label">
        <span>{t('rep.review.comment')}</span>
        <Input.TextArea
          autoFocus
          rows={4}
          value={comment}
          maxLength={1000}
          onChange={(event) => setComment(event.target.value)}
          status={problem ? 'error' : undefined}
          aria-invalid={!!problem}
          data-testid="return-comment"
        />
      </label>
      {problem && (
        <div className="rep-error-text" role="alert">
          {problem}
        </div>
      )}
    </Modal>
  );
}
