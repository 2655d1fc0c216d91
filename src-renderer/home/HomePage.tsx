import { Alert, Button, Spin, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { HomeCaseRow, RepatriationDirection, RepatriationHome, Role } from '../../src-shared/contract/index.js';
import { navigate } from '../app/router.js';
import { MeetingHomeCards } from '../meetings/HomeCards.js';
import { invoke } from '../bridge/engine.js';
import { formatDateTime, pick } from '../i18n/index.js';
import { formatDate } from '../repatriations/model.js';
import { OverdueTag, ReviewTag, StageTag } from '../repatriations/tags.js';
import { hasRole, useEngineData, useSession } from '../session/session-context.js';
import '../repatriations/repatriations.css';
import './home.css';
import type { TKey } from '../i18n/keys.js';

type ListKey = keyof RepatriationHome;

/** Which lists each role's home page shows, in order (what the person has to act on first). */
const SECTIONS: { key: ListKey; title: TKey; roles: Role[] }[] = [
  { key: 'returned', title: 'rep.home.returned', roles: ['officer', 'liaison', 'commander'] },
  { key: 'waiting', title: 'rep.home.waiting', roles: ['commander'] },
  { key: 'toPrint', title: 'rep.home.toPrint', roles: ['liaison'] },
  { key: 'overdue', title: 'rep.home.overdue', roles: ['officer', 'commander'] },
  { key: 'mine', title: 'rep.home.mine', roles: ['officer', 'liaison'] },
];

/**
 * The signed-in person's home page: the cases they have to act on, by role — the officer's open cases and overdue
 * verification deadlines, the commander's queue and returned cases, the liaison's agreed cases whose minutes are
 * not printed yet. A returned case shows the commander's comment. Numbers and facts only, never names.
 */
export function HomePage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const sections = SECTIONS.filter((section) => hasRole(session, ...section.roles));
  const { data, error, loading } = useEngineData(() => invoke('repatriations.home', {}), []);
  return (
    <section aria-labelledby="home-title" className="home-page">
      <div className="page-heading">
        <Typography.Title level={2} id="home-title" className="page-title">
          {t('rep.home.greeting', { name: session.displayName })}
        </Typography.Title>
        {hasRole(session, 'officer', 'liaison', 'commander', 'auditor') && <Button onClick={() => navigate('repatriations')}>{t('rep.home.openList')}</Button>}
      </div>
      {error && <Alert type="error" showIcon role="alert" title={pick(error.message)} />}
      {!data && loading && <Spin />}
      {hasRole(session, 'liaison', 'commander') && <MeetingHomeCards />}
      {data && sections.map((section) => <HomeList key={section.key} id={`home-${section.key}`} title={t(section.title)} rows={data[section.key]} />)}
    </section>
  );
}

function HomeList({ id, title, rows }: { id: string; title: string; rows: HomeCaseRow[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={id} className="home-list" data-testid={id}>
      <h3 id={id}>
        {title} <span className="rep-muted">({rows.length})</span>
      </h3>
      <Table<HomeCaseRow>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        // Rows carry a `children` count; antd would read it as tree rows and crash the page.
        expandable={{ childrenColumnName: '__tree' }}
        locale={{ emptyText: t('rep.home.empty') }}
        columns={[
          {
            title: t('rep.field.caseNumber'),
            key: 'number',
            width: 150,
            render: (_, row) => (
              <Button type="link" className="home-case-link tabular" onClick={() => navigate('repatriations', row.id)}>
                {row.caseNumber}
              </Button>
            ),
          },
          { title: t('rep.field.direction'), dataIndex: 'direction', width: 130, render: (d: RepatriationDirection) => t(`rep.directionShort.${d}`) },
          { title: t('rep.field.stage'), key: 'stage', width: 200, render: (_, row) => <StageTag stage={row.stage} /> },
          {
            title: t('rep.field.requestedOn'),
            key: 'dates',
            width: 190,
            render: (_, row) => (
              <span className="rep-nowrap">
                {formatDate(row.requestedOn)}
                {row.overdue && (
                  <>
                    {' '}
                    <OverdueTag />
                  </>
                )}
              </span>
            ),
          },
          {
            title: t('records.review.thread'),
            key: 'review',
            render: (_, row) => (
              <div>
                <ReviewTag status={row.review} />
                {row.returned && (
                  <div className="home-comment" data-testid="home-return-comment">
                    <span className="rep-comment-text">{row.returned.comment}</span>
                    <div className="rep-muted">{t('rep.home.returnedBy', { who: row.returned.by, when: formatDateTime(row.returned.at) })}</div>
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
