import { Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { pick } from '../i18n/index.js';
import { invokeStep, type RecordViewBase } from './kind.js';
import type { RecordKindUi } from './texts.js';
import { useRecordMutation } from './useRecordMutation.js';

/** Soft delete with a reason (the record stays in the vault, marked deleted; the act is audited). */
export function DeleteDialog<V extends RecordViewBase>({ kindUi, view, onDeleted, onClose }: { kindUi: RecordKindUi<V>; view: V; onDeleted: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const mutation = useRecordMutation<V>();
  const submit = async () => {
    const done = await mutation.run('delete', () => invokeStep<V, 'delete'>(kindUi.kind, 'delete', { id: view.id, version: view.version, reason }));
    if (done) onDeleted();
  };
  const error = mutation.error;
  return (
    <Modal
      open
      title={t(kindUi.texts.deleteTitle, { number: kindUi.number(view) })}
      onCancel={onClose}
      okText={t(kindUi.texts.deleteOk)}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, loading: mutation.busy === 'delete' }}
      onOk={() => void submit()}
    >
      <p>{t(kindUi.texts.deleteText)}</p>
      <label className="record-block-label">
        <span>{t('records.deleteReason')}</span>
        <Input.TextArea
          autoFocus
          rows={3}
          value={reason}
          maxLength={500}
          onChange={(event) => setReason(event.target.value)}
          status={error?.fields?.reason ? 'error' : undefined}
        />
      </label>
      {error && (
        <div className="record-error-text" role="alert">
          {pick(error.fields?.reason ?? error.message)}
        </div>
      )}
    </Modal>
  );
}
