import { Button, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgreedActionView, MeetingDelegate, MeetingView } from '../../../src-shared/contract/index.js';
import { navigate } from '../../app/router.js';
import { formatDate } from '../../repatriations/model.js';
import { Km } from '../../repatriations/khmer.js';
import { ActionStatusTag, ConfidentialTag } from '../tags.js';
import { FollowUpDialog } from './FollowUpDialog.js';

/** Both delegations, each in its own table, with the Khmer name and position in Khmer script. */
export function DelegatesPanel({ view }: { view: MeetingView }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="meet-d-delegates" className="meet-panel">
      <h3 id="meet-d-delegates">{t('meet.detail.delegates')}</h3>
      {(['VN', 'KH'] as const).map((side) => (
        <div key={side} className="meet-side" data-testid={`detail-delegates-${side}`}>
          <h4>{t(`meet.side.${side}`)}</h4>
          <Table<MeetingDelegate>
            size="small"
            pagination={false}
            rowKey={(_, i) => String(i)}
            dataSource={view.delegates.filter((d) => d.side === side)}
            locale={{ emptyText: t('meet.detail.none') }}
            columns={[
              {
                title: t('meet.field.name'),
                key: 'name',
                render: (_, d) => (
                  <>
                    <div>{d.name}</div>
                    <Km text={d.nameKm} block />
                  </>
                ),
              },
              { title: t('meet.field.rank'), dataIndex: 'rank', width: 130 },
              {
                title: t('meet.field.position'),
                key: 'position',
                render: (_, d) => (
                  <>
                    <div>{d.position}</div>
                    <Km text={d.positionKm} block />
                  </>
                ),
              },
              { title: t('meet.field.agency'), dataIndex: 'agency' },
              { title: t('meet.field.role'), dataIndex: 'role', width: 150, render: (r: MeetingDelegate['role']) => t(`meet.role.${r}`) },
            ]}
          />
        </div>
      ))}
    </section>
  );
}

export function AgendaPanel({ view }: { view: MeetingView }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="meet-d-agenda" className="meet-panel">
      <h3 id="meet-d-agenda">{t('meet.detail.agenda')}</h3>
      {view.agenda.length === 0 ? (
        <p className="rep-muted">{t('meet.detail.none')}</p>
      ) : (
        <ol className="meet-agenda">
          {view.agenda.map((item, i) => (
            <li key={i}>
              {item.text}
              <Km text={item.textKm} block />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Information items; a confidential one is tagged "Mật", and shows no text to a reader the engine withheld it from. */
export function ExchangesPanel({ view }: { view: MeetingView }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="meet-d-exchanges" className="meet-panel">
      <h3 id="meet-d-exchanges">{t('meet.detail.exchanges')}</h3>
      {view.exchanges.length === 0 ? (
        <p className="rep-muted">{t('meet.detail.none')}</p>
      ) : (
        <ol className="meet-exchanges" data-testid="detail-exchanges">
          {view.exchanges.map((item, i) => (
            <li key={i} className="meet-exchange-item">
              <div className="meet-exchange-head">
                <strong>{t(`meet.topic.${item.topic}`)}</strong>
                <span className="rep-muted">{t(`meet.direction.${item.direction}`)}</span>
                {item.sensitivity === 'confidential' && <ConfidentialTag />}
              </div>
              {item.withheld ? (
                <p className="meet-withheld" data-testid="withheld">
                  {t('meet.detail.withheld')}
                </p>
              ) : (
                <>
                  <p className="rep-comment-text">{item.summary}</p>
                  <Km text={item.summaryKm} block />
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** Agreed actions with status, overdue mark, where a carried one came from or went to, and a progress dialog. */
export function ActionsPanel({ view, writer, onChange }: { view: MeetingView; writer: boolean; onChange: (view: MeetingView) => void }) {
  const { t } = useTranslation();
  const [following, setFollowing] = useState<AgreedActionView | null>(null);
  return (
    <section aria-labelledby="meet-d-actions" className="meet-panel">
      <h3 id="meet-d-actions">{t('meet.detail.actions')}</h3>
      <Table<AgreedActionView>
        size="small"
        pagination={false}
        rowKey="id"
        dataSource={view.actions}
        data-testid="detail-actions"
        locale={{ emptyText: t('meet.detail.none') }}
        columns={[
          {
            title: t('meet.field.actionText'),
            key: 'text',
            render: (_, a) => (
              <div>
                <div>{a.text}</div>
                <Km text={a.textKm} block />
                {a.carriedFromMeeting && (
                  <a href={`#/meetings/${a.carriedFromMeeting.id}`} className="meet-carried-link" data-testid="carried-from">
                    {t('meet.detail.carriedFrom', { number: a.carriedFromMeeting.number, date: formatDate(a.carriedFromMeeting.date) })}
                  </a>
                )}
                {a.carriedInto && (
                  <a href={`#/meetings/${a.carriedInto.id}`} className="meet-carried-link" data-testid="carried-into">
                    {t('meet.detail.carriedInto', { number: a.carriedInto.number, date: formatDate(a.carriedInto.date) })}
                  </a>
                )}
                {a.followUps.length > 0 && (
                  <ul className="meet-followups">
                    {a.followUps.map((f, i) => (
                      <li key={i}>
                        <span className="tabular">{formatDate(f.on)}</span>: {f.note}
                      </li>
                    ))}
                  </ul>
                )}
              </div>
            ),
          },
          {
            title: t('meet.field.ownerSide'),
            key: 'owner',
            width: 190,
            render: (_, a) => (
              <>
                <div>{t(`meet.side.${a.ownerSide}`)}</div>
                <div className="rep-muted">{a.owner}</div>
              </>
            ),
          },
          { title: t('meet.field.due'), dataIndex: 'due', width: 96, render: (d: string | null) => <span className="tabular">{formatDate(d) || t('common.none')}</span> },
          { title: t('meet.field.status'), key: 'status', width: 180, render: (_, a) => <ActionStatusTag status={a.status} overdue={a.overdue} /> },
          ...(writer
            ? [
                {
                  title: '',
                  key: 'follow',
                  width: 150,
                  render: (_: unknown, a: AgreedActionView) => (
                    <Button size="small" onClick={() => setFollowing(a)} data-testid="follow-up">
                      {t('meet.detail.followUp')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
      />
      {following && (
        <FollowUpDialog
          view={view}
          action={following}
          onClose={() => setFollowing(null)}
          onDone={(next) => {
            setFollowing(null);
            onChange(next);
          }}
        />
      )}
    </section>
  );
}

/** Records discussed at the meeting; a click opens the case. */
export function LinksPanel({ view }: { view: MeetingView }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="meet-d-links" className="meet-panel">
      <h3 id="meet-d-links">{t('meet.detail.links')}</h3>
      {view.links.length === 0 ? (
        <p className="rep-muted">{t('meet.detail.none')}</p>
      ) : (
        <ul className="meet-link-list" data-testid="detail-links">
          {view.links.map((link) => (
            <li key={link.id}>
              <Button type="link" className="tabular" onClick={() => navigate(link.kind === 'repatriation' ? 'repatriations' : 'interceptions', link.id)}>
                {link.number}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
