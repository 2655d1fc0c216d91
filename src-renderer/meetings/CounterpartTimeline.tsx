import { Alert, Button, Spin, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { navigate } from '../app/router.js';
import { invoke } from '../bridge/engine.js';
import { pick } from '../i18n/index.js';
import { formatDate } from '../repatriations/model.js';
import { ReviewTag } from '../repatriations/tags.js';
import { useEngineData } from '../session/session-context.js';
import { useCounterparts } from './model.js';
import { ActionStatusTag } from './tags.js';

/** Every meeting with one counterpart office, newest first, with what was agreed and where it stands. */
export function CounterpartTimeline({ code }: { code: string }) {
  const { t } = useTranslation();
  const counterparts = useCounterparts();
  const { data, error, loading } = useEngineData(() => invoke('meetings.timeline', { counterpartCode: code }), [code]);
  const name = counterparts.label(code);
  return (
    <section aria-labelledby="meet-timeline-title">
      <div className="page-heading">
        <Typography.Title level={2} id="meet-timeline-title" className="page-title">
          {t('meet.timeline.title', { name })}
        </Typography.Title>
        <Button onClick={() => navigate('meetings')}>{t('meet.timeline.back')}</Button>
      </div>
      {error && <Alert type="error" showIcon title={pick(error.message)} />}
      {!data && loading && <Spin />}
      {data && data.length === 0 && <p className="rep-muted">{t('meet.timeline.empty')}</p>}
      {data && data.length > 0 && (
        <Timeline
          className="meet-timeline"
          data-testid="meeting-timeline"
          items={data.map(({ meeting, actions }) => ({
            key: meeting.id,
            content: (
              <div className="meet-timeline-item">
                <div className="meet-timeline-head">
                  <a href={`#/meetings/${meeting.id}`} className="tabular">
                    {meeting.meetingNumber}
                  </a>
                  <span className="tabular">{formatDate(meeting.eventDate)}</span>
                  <span>{t(`meet.type.${meeting.type}`)}</span>
                  <span className="rep-muted">{meeting.topics.map((x) => t(`meet.topic.${x}`)).join(', ')}</span>
                  <ReviewTag status={meeting.review} />
                </div>
                {actions.length > 0 && (
                  <ul className="meet-timeline-actions">
                    {actions.map((action) => (
                      <li key={action.id}>
                        <span>{action.text}</span> <span className="rep-muted tabular">{formatDate(action.due)}</span>{' '}
                        <ActionStatusTag status={action.status} overdue={action.overdue} />
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ),
          }))}
        />
      )}
    </section>
  );
}
