import { Alert, Spin, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MeetingQueueRow, MeetingType } from '../../src-shared/contract/index.js';
import { navigate } from '../app/router.js';
import { invoke } from '../bridge/engine.js';
import { formatDateTime, pick } from '../i18n/index.js';
import { formatDate } from '../repatriations/model.js';
import { ReviewTag } from '../repatriations/tags.js';
import { useEngineData } from '../session/session-context.js';
import { MeetingsTabs } from './MeetingsTabs.js';
import { useCounterparts } from './model.js';

/** The commander's queue: submitted meetings oldest first; returned ones with the comment to act on; own drafts. */
export function ReviewQueue() {
  const { t } = useTranslation();
  const { data, error, loading } = useEngineData(() => invoke('meetings.home', {}), []);
  return (
    <section aria-labelledby="meet-queue-title">
      <div className="page-heading">
        <Typography.Title level={2} id="meet-queue-title" className="page-title">
          {t('meet.queue.title')}
        </Typography.Title>
      </div>
      <MeetingsTabs current="queue" />
      {error && <Alert type="error" showIcon title={pick(error.message)} />}
      {!data && loading && <Spin />}
      {data && (
        <>
          <QueueList id="queue-waiting" title={t('meet.queue.waiting')} rows={data.waiting} />
          <QueueList id="queue-returned" title={t('meet.queue.returned')} rows={data.returned} />
          {data.drafts.length > 0 && <QueueList id="queue-drafts" title={t('meet.queue.drafts')} rows={data.drafts} />}
        </>
      )}
    </section>
  );
}

export function QueueList({ id, title, rows }: { id: string; title: string; rows: MeetingQueueRow[] }) {
  const { t } = useTranslation();
  const counterparts = useCounterparts();
  return (
    <section aria-labelledby={id} className="home-list" data-testid={id}>
      <h3 id={id}>
        {title} <span className="rep-muted">({rows.length})</span>
      </h3>
      <Table<MeetingQueueRow>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        locale={{ emptyText: t('meet.queue.empty') }}
        onRow={(row) => ({ onClick: () => navigate('meetings', row.id), className: 'rep-row' })}
        columns={[
          {
            title: t('meet.field.meetingNumber'),
            dataIndex: 'meetingNumber',
            width: 124,
            render: (value: string, row) => (
              <a href={`#/meetings/${row.id}`} onClick={(event) => event.stopPropagation()} className="tabular rep-nowrap">
                {value}
              </a>
            ),
          },
          { title: t('meet.field.date'), dataIndex: 'eventDate', width: 100, render: (d: string) => <span className="tabular">{formatDate(d)}</span> },
          { title: t('meet.field.type'), dataIndex: 'type', width: 150, render: (v: MeetingType) => t(`meet.type.${v}`) },
          { title: t('meet.field.counterpart'), dataIndex: 'counterpartCode', render: (code: string) => counterparts.label(code) },
          {
            title: t('meet.queue.submittedAt'),
            dataIndex: 'submittedAt',
            width: 160,
            render: (at: string | null) => <span className="tabular">{at ? formatDateTime(at) : t('common.none')}</span>,
          },
          {
            title: t('meet.field.review'),
            key: 'review',
            width: 320,
            render: (_, row) => (
              <div>
                <ReviewTag status={row.review} />
                {row.returned && (
                  <div className="home-comment" data-testid="queue-return-comment">
                    <span className="rep-comment-text">{row.returned.comment}</span>
                    <div className="rep-muted">{t('meet.queue.returnedBy', { who: row.returned.by, when: formatDateTime(row.returned.at) })}</div>
                  </div>
                )}
              </div>
            ),
          },
        ]}
      />
    </section>
  );
}
