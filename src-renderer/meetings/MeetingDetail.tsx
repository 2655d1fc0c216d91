import { Button, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MeetingView } from '../../src-shared/contract/index.js';
import { navigate } from '../app/router.js';
import { AttachmentsPanel } from '../records/AttachmentsPanel.js';
import { CommentThread } from '../records/CommentThread.js';
import { canCall } from '../records/kind.js';
import { MutationNotice } from '../records/MutationNotice.js';
import { RecordHeader } from '../records/RecordHeader.js';
import { ReviewActions } from '../records/ReviewActions.js';
import { ReviewBanner } from '../records/ReviewBanner.js';
import { ReviewHistory } from '../records/ReviewHistory.js';
import { useRecordMutation } from '../records/useRecordMutation.js';
import { Km } from '../repatriations/khmer.js';
import { formatDateTimeShort } from '../repatriations/model.js';
import { useSession } from '../session/session-context.js';
import { PrintMenu } from './detail/PrintMenu.js';
import { ActionsPanel, AgendaPanel, DelegatesPanel, ExchangesPanel, LinksPanel } from './detail/Sections.js';
import { useCounterparts } from './model.js';
import { MEETING_RECORD } from './record-kind.js';

/**
 * One meeting: the shared record header (review state, version, who approved) with edit, print and the review
 * actions; the return or "changed since approval" banner; the refusal of the last call; the meeting's own panels
 * (facts, delegations, agenda, information, agreed actions, links); then the shared files, comment thread and history.
 */
export function MeetingDetail({ view, onChange }: { view: MeetingView; onChange: (view: MeetingView) => void }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const counterparts = useCounterparts();
  const rights = {
    write: canCall('meetings.update', session.roles),
    print: canCall('meetings.print', session.roles),
    attach: canCall('meetings.addAttachment', session.roles),
    comment: canCall('meetings.comment', session.roles),
  };
  // A stale version shows the stored meeting (nothing typed is lost on this screen).
  const mutation = useRecordMutation<MeetingView>({ onStale: (stale) => onChange(stale.current) });
  const edit = () => navigate('meetings', view.id, 'edit');
  return (
    <section aria-labelledby="meet-detail-title" className="meet-detail">
      <RecordHeader
        view={view}
        titleId="meet-detail-title"
        back={{ label: t('meet.detail.back'), onClick: () => navigate('meetings') }}
        title={
          <>
            <span className="tabular" data-testid="meeting-number">
              {view.meetingNumber}
            </span>{' '}
            · {counterparts.label(view.counterpartCode)}
          </>
        }
        leadTags={
          <>
            <span className="tabular">{formatDateTimeShort(view.startAt)}</span>
            <span>{t(`meet.type.${view.type}`)}</span>
            <span>{t(`meet.level.${view.level}`)}</span>
          </>
        }
        actions={
          <>
            {rights.write && (
              <Button onClick={edit} data-testid="meeting-edit">
                {t('common.edit')}
              </Button>
            )}
            {rights.print && <PrintMenu view={view} />}
            <ReviewActions kindUi={MEETING_RECORD} view={view} mutation={mutation} onChange={onChange} />
          </>
        }
      />
      <ReviewBanner view={view} texts={MEETING_RECORD.texts} />
      <MutationNotice kindUi={MEETING_RECORD} mutation={mutation} onGoTo={rights.write ? edit : undefined} testId="review-error" />
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
      <ActionsPanel view={view} writer={rights.write} onChange={onChange} />
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
      <section aria-labelledby="meet-d-files" className="meet-panel">
        <h3 id="meet-d-files">{t('meet.detail.attachments')}</h3>
        <AttachmentsPanel kindUi={MEETING_RECORD} view={view} canAdd={rights.attach} onChange={onChange} />
      </section>
      <div className="meet-thread">
        <CommentThread kind={MEETING_RECORD.kind} view={view} canComment={rights.comment} onChange={onChange} />
      </div>
      <section aria-labelledby="meet-d-history" className="meet-panel">
        <h3 id="meet-d-history">{t('meet.detail.history')}</h3>
        <ReviewHistory kindUi={MEETING_RECORD} view={view} />
      </section>
    </section>
  );
}
