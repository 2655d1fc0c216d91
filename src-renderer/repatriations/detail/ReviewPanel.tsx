import { Alert, Button, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, CaseView } from '../../../src-shared/contract/index.js';
import { COMMENT_MAX, openReturn } from '../../../src-shared/records/review.js';
import { invoke } from '../../bridge/engine.js';
import { formatDateTime, pick } from '../../i18n/index.js';

/** What the author must act on: the commander's return comment, or "changed since approval". */
export function ReviewBanner({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const back = openReturn(view.review);
  if (back)
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="returned-banner"
        title={t('rep.review.returnedBanner', { who: back.by, when: formatDateTime(back.at) })}
        description={<span className="rep-comment-text">{back.text}</span>}
        style={{ marginBottom: 12 }}
      />
    );
  if (view.review.changedSinceApproval) return <Alert type="info" showIcon data-testid="changed-banner" title={t('rep.review.changedBanner')} style={{ marginBottom: 12 }} />;
  return null;
}

/** The comment thread on the case (returns and comments), oldest first, and a box to add one. */
export function CommentThread({ view, canComment, onChange }: { view: CaseView; canComment: boolean; onChange: (view: CaseView) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const comments = view.review.events.filter((event) => event.kind === 'comment' || event.kind === 'return');

  const send = async () => {
    setBusy(true);
    const result = await invoke('repatriations.comment', { id: view.id, comment: text });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setText('');
    onChange(result.value);
  };

  return (
    <section aria-labelledby="rep-thread-title" className="rep-thread">
      <h3 id="rep-thread-title">{t('rep.review.thread')}</h3>
      {comments.length === 0 ? (
        <p className="rep-muted">{t('rep.review.threadEmpty')}</p>
      ) : (
        <ol className="rep-thread-list" data-testid="comment-thread">
          {comments.map((event, i) => (
            <li key={i}>
              <div className="rep-muted">
                <strong>{event.by}</strong> · {formatDateTime(event.at)}
                {event.kind === 'return' && ` · ${t('rep.review.event.return')}`}
              </div>
              <div className="rep-comment-text">{event.text}</div>
            </li>
          ))}
        </ol>
      )}
      {canComment && (
        <div className="rep-thread-add">
          <Input.TextArea
            rows={2}
            value={text}
            maxLength={COMMENT_MAX}
            aria-label={t('rep.review.addComment')}
            placeholder={t('rep.review.addComment')}
            status={error ? 'error' : undefined}
            onChange={(event) => setText(event.target.value)}
          />
          <Button onClick={() => void send()} loading={busy} data-testid="send-comment">
            {t('rep.review.send')}
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
