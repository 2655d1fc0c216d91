import { DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTION_STATUSES, type ActionStatus, type AgreedActionView, type AppError, type MeetingView } from '../../../src-shared/contract/index.js';
import { invoke } from '../../bridge/engine.js';
import { pick } from '../../i18n/index.js';

/** Progress on one agreed action: a new status and a dated note (tracking, not an amendment of what was agreed). */
export function FollowUpDialog({ view, action, onDone, onClose }: { view: MeetingView; action: AgreedActionView; onDone: (view: MeetingView) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ActionStatus>(action.status);
  const [on, setOn] = useState<Dayjs | null>(dayjs());
  const [note, setNote] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const save = async () => {
    setBusy(true);
    const result = await invoke('meetings.followUp', { id: view.id, version: view.version, actionId: action.id, status, note, on: on?.format('YYYY-MM-DD') ?? '' });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onDone(result.value);
  };
  const fieldError = (name: string) => (error?.fields?.[name] ? { validateStatus: 'error' as const, help: pick(error.fields[name]) } : {});
  return (
    <Modal
      open
      title={t('meet.detail.followUpTitle', { text: action.text })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, 'data-testid': 'follow-up-save' }}
      onOk={() => void save()}
      onCancel={onClose}
    >
      {error && !Object.keys(error.fields ?? {}).some((k) => ['status', 'note', 'on'].includes(k)) && (
        <div className="rep-error-text" role="alert">
          {pick(error.message)}
        </div>
      )}
      <Form layout="vertical">
        <Form.Item label={t('meet.field.status')} {...fieldError('status')}>
          <Select
            value={status}
            onChange={setStatus}
            options={ACTION_STATUSES.map((value) => ({ value, label: t(`meet.actionStatus.${value}`) }))}
            aria-label={t('meet.field.status')}
          />
        </Form.Item>
        <Form.Item label={t('meet.detail.followUpOn')} {...fieldError('on')}>
          <DatePicker value={on} onChange={setOn} format="DD/MM/YYYY" needConfirm={false} aria-label={t('meet.detail.followUpOn')} />
        </Form.Item>
        <Form.Item label={t('meet.detail.followUpNote')} {...fieldError('note')}>
          <Input.TextArea
            rows={3}
            value={note}
            maxLength={1000}
            onChange={(event) => setNote(event.target.value)}
            aria-label={t('meet.detail.followUpNote')}
            data-testid="follow-up-note"
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
