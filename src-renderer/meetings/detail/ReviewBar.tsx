import { Alert, App as AntApp, Button, Input, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_WRITERS, type AppError, type MeetingView } from '../../../src-shared/contract/index.js';
import { canDecide, canSubmit, COMMENT_MAX, openReturn } from '../../../src-shared/records/review.js';
import { invoke } from '../../bridge/engine.js';
import { FieldErrorNotice } from '../../forms/FieldErrorNotice.js';
import { formatDateTime, pick } from '../../i18n/index.js';
import { hasRole, useSession } from '../../session/session-context.js';
import { useFieldName } from '../field-names.js';

/** What the author must act on: the commander's return comment, or "changed since approval". */
export function ReviewBanner({ view }: { view: MeetingView }) {
  const { t } = useTranslation();
  const back = openReturn(view.review);
  if (back)
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="returned-banner"
        title={t('meet.detail.returnedBanner', { who: back.by, when: formatDateTime(back.at) })}
        description={<span className="rep-comment-text">{back.text}</span>}
        style={{ marginBottom: 12 }}
      />
    );
  if (view.review.changedSinceApproval)
    return <Alert type="info" showIcon data-testid="changed-banner" title={t('meet.detail.changedSinceApproval')} style={{ marginBottom: 12 }} />;
  return null;
}

/** Submit (writers), approve and return with a comment (commander), by the state the engine reports. */
export function ReviewActions({ view, onChange, onEdit }: { view: MeetingView; onChange: (view: MeetingView) => void; onEdit: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { session } = useSession();
  const fieldName = useFieldName();
  const writer = hasRole(session, ...MEETING_WRITERS);
  const commander = hasRole(session, 'commander');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [returning, setReturning] = useState(false);
  const [comment, setComment] = useState('');

  const act = async (what: 'submit' | 'approve' | 'return') => {
    setBusy(what);
    const result =
      what === 'return'
        ? await invoke('meetings.return', { id: view.id, version: view.version, comment })
        : await invoke(what === 'submit' ? 'meetings.submit' : 'meetings.approve', { id: view.id, version: view.version });
    setBusy(null);
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    setError(null);
    setReturning(false);
    setComment('');
    void message.success(t(what === 'submit' ? 'meet.detail.submitted' : what === 'approve' ? 'meet.detail.approved' : 'meet.detail.returnedDone'));
    onChange(result.value);
    return true;
  };

  const submittable = writer && canSubmit(view.review);
  const decidable = commander && view.review.state !== 'draft' && view.review.state !== 'returned' && canDecide(view.review);
  return (
    <>
      {error && <FieldErrorNotice error={error} fieldName={fieldName} onGoTo={onEdit} onClose={() => setError(null)} testId="review-error" />}
      {(submittable || decidable) && (
        <Space wrap className="meet-review-actions">
          {submittable && (
            <Button type="primary" loading={busy === 'submit'} onClick={() => void act('submit')} data-testid="meeting-submit">
              {t('meet.detail.submit')}
            </Button>
          )}
          {decidable && (
            <Button type="primary" loading={busy === 'approve'} onClick={() => void act('approve')} data-testid="meeting-approve">
              {t('meet.detail.approve')}
            </Button>
          )}
          {decidable && (
            <Button danger onClick={() => setReturning(true)} data-testid="meeting-return">
              {t('meet.detail.return')}
            </Button>
          )}
        </Space>
      )}
      <Modal
        open={returning}
        title={t('meet.detail.returnTitle', { number: view.meetingNumber })}
        okText={t('meet.detail.returnOk')}
        cancelText={t('common.cancel')}
        okButtonProps={{ danger: true, loading: busy === 'return', 'data-testid': 'return-ok' }}
        onOk={() => void act('return')}
        onCancel={() => setReturning(false)}
      >
        <p>{t('meet.detail.returnText')}</p>
        <Input.TextArea
          rows={3}
          value={comment}
          maxLength={COMMENT_MAX}
          aria-label={t('meet.detail.comment')}
          onChange={(event) => setComment(event.target.value)}
          data-testid="return-comment"
          autoFocus
        />
        {error && returning && (
          <div className="rep-error-text" role="alert">
            {pick(error.fields?.comment ?? error.message)}
          </div>
        )}
      </Modal>
    </>
  );
}

/** Every review event, oldest first (submit, return with its comment, approve, comments, amendments with the reason), and a box to comment. */
export function ReviewHistory({ view, onChange }: { view: MeetingView; onChange: (view: MeetingView) => void }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const [text, setText] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async () => {
    setBusy(true);
    const result = await invoke('meetings.comment', { id: view.id, comment: text });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setText('');
    onChange(result.value);
  };
  return (
    <section aria-labelledby="meet-history-title" className="rep-thread meet-panel">
      <h3 id="meet-history-title">{t('meet.detail.history')}</h3>
      {view.review.events.length === 0 ? (
        <p className="rep-muted">{t('meet.detail.historyEmpty')}</p>
      ) : (
        <ol className="rep-thread-list" data-testid="review-history">
          {view.review.events.map((event, i) => (
            <li key={i}>
              <div className="rep-muted">
                <strong>{t(`records.review.event.${event.kind}`)}</strong> · {event.by} · {formatDateTime(event.at)}
              </div>
              {event.text && <div className="rep-comment-text">{event.text}</div>}
            </li>
          ))}
        </ol>
      )}
      {hasRole(session, ...MEETING_WRITERS) && (
        <div className="rep-thread-add">
          <Input.TextArea
            rows={2}
            value={text}
            maxLength={COMMENT_MAX}
            aria-label={t('meet.detail.addComment')}
            placeholder={t('meet.detail.addComment')}
            onChange={(event) => setText(event.target.value)}
          />
          <Button onClick={() => void send()} loading={busy} disabled={!text.trim()}>
            {t('meet.detail.sendComment')}
          </Button>
          {error && (
            <div className="rep-error-text" role="alert">
              {pick(error.fields?.comment ?? error.message)}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
