import { Alert, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ActionRow } from '../../src-shared/contract/index.js';
import { navigate } from '../app/router.js';
import { invoke } from '../bridge/engine.js';
import { pick } from '../i18n/index.js';
import { formatDate } from '../repatriations/model.js';
import { hasRole, useEngineData, useSession } from '../session/session-context.js';
import { useCounterparts } from './model.js';
import { QueueList } from './ReviewQueue.js';
import './meetings.css';

/**
 * On the home page of a commander or a liaison officer: agreed actions past their due date across all
 * counterparts (a click opens the meeting), and, for the commander, meetings waiting for approval.
 */
export function MeetingHomeCards() {
  const { t } = useTranslation();
  const { session } = useSession();
  const counterparts = useCounterparts();
  const { data, error } = useEngineData(() => invoke('meetings.home', {}), []);
  if (error) return <Alert type="error" showIcon title={pick(error.message)} />;
  if (!data) return null;
  return (
    <>
      <section aria-labelledby="home-meeting-overdue" className="home-list" data-testid="home-meeting-overdue">
        <h3 id="home-meeting-overdue">
          {t('meet.home.overdueActions')} <span className="rep-muted">({data.overdueActions.length})</span>
        </h3>
        <Table<ActionRow>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={data.overdueActions}
          locale={{ emptyText: t('meet.home.empty') }}
          onRow={(row) => ({ onClick: () => navigate('meetings', row.meetingId), className: 'rep-row' })}
          columns={[
            {
              title: t('meet.home.meeting'),
              dataIndex: 'meetingNumber',
              width: 130,
              render: (value: string, row) => (
                <a href={`#/meetings/${row.meetingId}`} onClick={(event) => event.stopPropagation()} className="tabular rep-nowrap">
                  {value}
                </a>
              ),
            },
            { title: t('meet.field.counterpart'), dataIndex: 'counterpartCode', width: 300, render: (code: string) => counterparts.label(code) },
            { title: t('meet.field.actionText'), dataIndex: 'text' },
            { title: t('meet.field.ownerSide'), dataIndex: 'ownerSide', width: 130, render: (s: ActionRow['ownerSide']) => t(`meet.side.${s}`) },
            { title: t('meet.field.due'), dataIndex: 'due', width: 100, render: (d: string | null) => <span className="tabular meet-overdue-text">{formatDate(d)}</span> },
          ]}
        />
      </section>
      {hasRole(session, 'commander') && <QueueList id="home-meeting-waiting" title={t('meet.home.waiting')} rows={data.waiting} />}
    </>
  );
}
