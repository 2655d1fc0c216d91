import { Button, Descriptions, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MEETING_WRITERS, type MeetingView } from '../../src-shared/contract/index.js';
import { navigate } from '../app/router.js';
import { formatDateTime } from '../i18n/index.js';
import { useAmendReason } from '../records/useAmendReason.js';
import { MEETING_RECORD } from './record-kind.js';
import { Km } from '../repatriations/khmer.js';
import { formatDateTimeShort } from '../repatriations/model.js';
import { ReviewTag } from '../repatriations/tags.js';
import { hasRole, useSession } from '../session/session-context.js';
import { AttachmentsPanel } from './detail/AttachmentsPanel.js';
import { PrintMenu } from './detail/PrintMenu.js';
import { ReviewActions, ReviewBanner, ReviewHistory } from './detail/ReviewBar.js';
import { ActionsPanel, AgendaPanel, DelegatesPanel, ExchangesPanel, LinksPanel } from './detail/Sections.js';
import { useCounterparts } from './model.js';

/** One meeting: header and review, facts, delegations, agenda, information, agreed actions, links, files, history. */
export function MeetingDetail({ view, onChange }: { view: MeetingView; onChange: (view: MeetingView) => void }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const counterparts = useCounterparts();
  const writer = hasRole(session, ...MEETING_WRITERS);
  const amendReason = useAmendReason(MEETING_RECORD.texts);
  const edit = () => navigate('meetings', view.id, 'edit');
  return (
    <section aria-labelledby="meet-detail-title" className="meet-detail">
      <div className="page-heading meet-detail-heading">
        <div>
          <Typography.Title level={2} id="meet-detail-title" className="page-title">
            <span className="tabular" data-testid="meeting-number">
              {view.meetingNumber}
            </span>{' '}
            · {counterparts.label(view.counterpartCode)}
          </Typography.Title>
          <div className="meet-detail-sub">
            <span className="tabular">{formatDateTimeShort(view.startAt)}</span>
            <span>{t(`meet.type.${view.type}`)}</span>
            <span>{t(`meet.level.${view.level}`)}</span>
            <ReviewTag
              status={
                view.review.state === 'approved'
                  ? view.review.changedSinceApproval
                    ? 'changed_since_approval'
                    : 'approved'
                  : view.review.state === 'draft'
                    ? 'not_submitted'
                    : view.review.state
              }
            />
            {view.approved && <span className="rep-muted">{t('meet.detail.approvedOn', { when: formatDateTime(view.approved.at) })}</span>}
          </div>
        </div>
        <Space wrap>
          <Button onClick={() => navigate('meetings')}>{t('meet.detail.back')}</Button>
          {writer && (
            <Button onClick={edit} data-testid="meeting-edit">
              {t('common.edit')}
            </Button>
          )}
          {writer && <PrintMenu view={view} />}
          <ReviewActions view={view} onChange={onChange} onEdit={edit} />
        </Space>
      </div>
      <ReviewBanner view={view} />
      <section aria-labelledby="meet-d-facts" className="meet-panel">
        <h3 id="meet-d-facts">{t('meet.detail.facts')}</h3>
        <Descriptions
          size="small"
          column={3}
          items={[
            { key: 'type', label: t('meet.field.type'), children: t(`meet.type.${view.type}`) },
            { key: 'level', label: t('meet.field.level'), children: t(`meet.level.${view.level}`) },
            { key: 'host', label: t('meet.field.host'), children: t(`meet.side.${view.host}`) },
            { key: 'start', label: t('meet.field.startAt'), children: <span className="tabular">{formatDateTimeShort(view.startAt)}</span> },
            { key: 'end', label: t('meet.field.endAt'), children: <span className="tabular">{formatDateTimeShort(view.endAt) || t('common.none')}</span> },
            {
              key: 'place',
              label: t('meet.field.place'),
              children: (
                <span>
                  {view.place} <Km text={view.placeKm} />
                </span>
              ),
            },
          ]}
        />
      </section>
      <DelegatesPanel view={view} />
      <AgendaPanel view={view} />
      <ExchangesPanel view={view} />
      <ActionsPanel view={view} writer={writer} onChange={onChange} />
      {(view.proposals || view.notes) && (
        <section aria-labelledby="meet-d-other" className="meet-panel">
          <h3 id="meet-d-other">{t('meet.form.other')}</h3>
          {view.proposals && (
            <>
              <h4>{t('meet.field.proposals')}</h4>
              <p className="rep-comment-text">{view.proposals}</p>
            </>
          )}
          {view.notes && (
            <>
              <h4>{t('meet.field.notes')}</h4>
              <p className="rep-comment-text">{view.notes}</p>
            </>
          )}
        </section>
      )}
      <LinksPanel view={view} />
      <AttachmentsPanel view={view} writer={writer} onChange={onChange} reasonIfApproved={() => amendReason(view)} />
      <ReviewHistory view={view} onChange={onChange} />
    </section>
  );
}
