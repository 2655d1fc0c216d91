import { Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMENT_MAX } from '../../src-shared/records/review.js';
import { pick } from '../i18n/index.js';
import { invokeStep, type RecordViewBase } from './kind.js';
import type { RecordKindUi } from './texts.js';
import { useRecordMutation } from './useRecordMutation.js';

/** The commander returns the record to its author; the comment is required and says what to fix. */
export function ReturnDialog<V extends RecordViewBase>({
  kindUi,
  view,
  onReturned,
  onClose,
}: {
  kindUi: RecordKindUi<V>;
  view: V;
  onReturned: (view: V) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const mutation = useRecordMutation<V>();
  const submit = async () => {
    const next = await mutation.run('return', () => invokeStep<V, 'return'>(kindUi.kind, 'return', { id: view.id, version: view.version, comment }));
    if (next) onReturned(next);
  };
  const error = mutation.error;
  const problem = error && pick(error.fields?.comment ?? error.message);
  return (
    <Modal
      open
      title={t(kindUi.texts.returnTitle, { number: kindUi.number(view) })}
      onCancel={onClose}
      okText={t(kindUi.texts.returnOk)}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: mutation.busy === 'return', 'data-testid': 'return-ok' }}
      onOk={() => void submit()}
    >
      <p>{t(kindUi.texts.returnText)}</p>
      <label className="record-block-label">
        <span>{t('records.review.comment')}</span>
        <Input.TextArea
          autoFocus
          rows={4}
          value={comment}
          maxLength={COMMENT_MAX}
          onChange={(event) => setComment(event.target.value)}
          status={problem ? 'error' : undefined}
          aria-invalid={!!problem}
          data-testid="return-comment"
        />
      </label>
      {problem && (
        <div className="record-error-text" role="alert">
          {problem}
        </div>
      )}
    </Modal>
  );
}
