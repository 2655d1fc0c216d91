import { Button, Dropdown, Space, Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseView, RepatriationStage } from '../../../src-shared/contract/index.js';
import { navigate } from '../../app/router.js';
import { RecordHeader } from '../../records/RecordHeader.js';
import { ReviewActions } from '../../records/ReviewActions.js';
import type { RecordMutation } from '../../records/useRecordMutation.js';
import { APPROVABLE, MAIN_STAGES, NEXT_STAGES } from '../model.js';
import { CASE_RECORD } from '../record-kind.js';
import { ChildBadge, OverdueTag, StageTag } from '../tags.js';

/** What the print menu offers: the two minutes, and the bilingual notice to the counterpart office agreeing the handover. */
export type CaseTemplate = 'handover_minutes' | 'internal_handover' | 'liaison_notice';

export interface DetailActions {
  move: (to: RepatriationStage) => void;
  edit: () => void;
  print: (template: CaseTemplate) => void;
  remove: () => void;
}

/** What the person's roles let them do on a case (from the contract's channel access). */
export interface CaseRights {
  write: boolean;
  print: boolean;
  remove: boolean;
}

/** The case's number, direction and status in words, and the actions the person's role allows. */
export function DetailHeader({
  view,
  rights,
  mutation,
  onChange,
  actions,
}: {
  view: CaseView;
  rights: CaseRights;
  mutation: RecordMutation<CaseView>;
  onChange: (view: CaseView) => void;
  actions: DetailActions;
}) {
  const { t } = useTranslation();
  const next = NEXT_STAGES[view.stage];
  const forward = next.filter((stage) => stage !== 'cancelled' && MAIN_STAGES.indexOf(stage) > MAIN_STAGES.indexOf(view.stage));
  const other = next.filter((stage) => !forward.includes(stage));
  const children = view.members.filter((m) => m.child).length;
  return (
    <RecordHeader
      view={view}
      titleId="rep-case-title"
      back={{ label: t('rep.detail.back'), onClick: () => navigate('repatriations') }}
      title={
        <>
          <span className="tabular">{view.caseNumber}</span>
          <span className="rep-case-direction">{t(`rep.direction.${view.direction}`)}</span>
        </>
      }
      leadTags={<StageTag stage={view.stage} />}
      tags={
        <>
          {view.overdue && <OverdueTag />}
          {children > 0 && <ChildBadge count={children} />}
          <span className="rep-muted">{t('rep.detail.persons', { count: view.members.length })}</span>
        </>
      }
      tagsClassName="rep-case-tags"
      actions={
        <>
          {rights.write &&
            forward.map((stage) => (
              <Button key={stage} type="primary" loading={mutation.busy === 'move'} onClick={() => actions.move(stage)} data-testid={`move-${stage}`}>
                {t('rep.detail.moveTo', { stage: t(`rep.stage.${stage}`) })}
              </Button>
            ))}
          {rights.write && (
            <Button onClick={actions.edit} data-testid="edit-case">
              {t('rep.detail.edit')}
            </Button>
          )}
          <ReviewActions kindUi={CASE_RECORD} view={view} mutation={mutation} onChange={onChange} approvable={APPROVABLE.includes(view.stage)} />
          {rights.print && (
            <Space.Compact>
              <Tooltip title={t('rep.print.minutesTip')}>
                <Button onClick={() => actions.print('handover_minutes')} loading={mutation.busy === 'print'} data-testid="print-minutes">
                  {t('rep.print.minutes')}
                </Button>
              </Tooltip>
              <Dropdown
                trigger={['click']}
                menu={{
                  items: [
                    { key: 'handover_minutes', label: t('rep.print.templates.handover_minutes') },
                    { key: 'internal_handover', label: t('rep.print.templates.internal_handover'), disabled: view.direction !== 'receiving_from_kh' },
                    { key: 'liaison_notice', label: <span data-testid="print-liaison_notice">{t('rep.print.templates.liaison_notice')}</span> },
                  ],
                  onClick: ({ key }) => actions.print(key as CaseTemplate),
                }}
              >
                <Button aria-label={t('rep.print.choose')}>▾</Button>
              </Dropdown>
            </Space.Compact>
          )}
          {(rights.write && other.length > 0) || rights.remove ? (
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  ...(rights.write
                    ? other.map((stage) => ({ key: `move:${stage}`, label: t('rep.detail.moveTo', { stage: t(`rep.stage.${stage}`) }), danger: stage === 'cancelled' }))
                    : []),
                  ...(rights.remove ? [{ key: 'delete', label: t('rep.detail.delete'), danger: true }] : []),
                ],
                onClick: ({ key }) => (key === 'delete' ? actions.remove() : actions.move(key.slice(5) as RepatriationStage)),
              }}
            >
              <Button>{t('rep.detail.more')} ▾</Button>
            </Dropdown>
          ) : null}
        </>
      }
    />
  );
}
