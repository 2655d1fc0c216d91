import { Button, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { COMMENT_MAX } from '../../src-shared/records/review.js';
import { formatDateTime, pick } from '../i18n/index.js';
import { invokeStep, type RecordKind, type RecordViewBase } from './kind.js';
import { useRecordMutation } from './useRecordMutation.js';

/**
 * The comment thread of a record (returns and comments), oldest first, and a box to add one when `canComment`
 * (the screen decides with canCall(`${kind}.comment`)). A refused comment keeps its text and says why.
 */
export function CommentThread<V extends RecordViewBase>({ kind, view, canComment, onChange }: { kind: RecordKind; view: V; canComment: boolean; onChange: (view: V) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const mutation = useRecordMutation<V>();
  const comments = view.review.events.filter((event) => event.kind === 'comment' || event.kind === 'return');

  const send = async () => {
    const next = await mutation.run('comment', () => invokeStep<V, 'comment'>(kind, 'comment', { id: view.id, comment: text }));
    if (!next) return;
    setText('');
    onChange(next);
  };
  const error = mutation.error;

  return (
    <section aria-labelledby="record-thread-title" className="record-thread">
      <h3 id="record-thread-title">{t('records.review.thread')}</h3>
      {comments.length === 0 ? (
        <p className="record-muted">{t('records.review.threadEmpty')}</p>
      ) : (
        <ol className="record-thread-list" data-testid="comment-thread">
          {comments.map((event, i) => (
            <li key={i}>
              <div className="record-muted">
                <strong>{event.by}</strong> · {formatDateTime(event.at)}
                {event.kind === 'return' && ` · ${t('records.review.event.return')}`}
              </div>
              <div className="record-comment-text">{event.text}</div>
            </li>
          ))}
        </ol>
      )}
      {canComment && (
        <div className="record-thread-add">
          <Input.TextArea
            rows={2}
            value={text}
            maxLength={COMMENT_MAX}
            aria-label={t('records.review.addComment')}
            placeholder={t('records.review.addComment')}
            status={error ? 'error' : undefined}
            onChange={(event) => setText(event.target.value)}
          />
          <Button onClick={() => void send()} loading={mutation.busy === 'comment'} data-testid="send-comment">
            {t('records.review.send')}
          </Button>
          {error && (
            <div className="record-error-text" role="alert" data-testid="comment-error">
              {[
                pick(error.fields?.comment ?? error.message),
                ...Object.entries(error.fields ?? {})
                  .filter(([path]) => path !== 'comment')
                  .map(([, m]) => pick(m)),
              ].join(' ')}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
