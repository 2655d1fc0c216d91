import { Button, Dropdown, Space, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseView, RepatriationStage } from '../../../src-shared/contract/index.js';
import { canDecide, canSubmit, reviewStatus } from '../../../src-shared/records/review.js';
import { navigate } from '../../app/router.js';
import { APPROVABLE, MAIN_STAGES, NEXT_STAGES } from '../model.js';
import { ChildBadge, OverdueTag, ReviewTag, StageTag } from '../tags.js';

type Template = 'handover_minutes' | 'internal_handover';

export interface DetailActions {
  move: (to: RepatriationStage) => void;
  edit: () => void;
  submit: () => void;
  approve: () => void;
  return: () => void;
  print: (template: Template) => void;
  remove: () => void;
}

/** The case's number and status in words, and the actions the person's role allows. */
export function DetailHeader({
  view,
  roles,
  busy,
  actions,
}: {
  view: CaseView;
  roles: { writer: boolean; commander: boolean; printer: boolean };
  busy: string | null;
  actions: DetailActions;
}) {
  const { t } = useTranslation();
  const { writer, commander, printer } = roles;
  const next = NEXT_STAGES[view.stage];
  const forward = next.filter((stage) => stage !== 'cancelled' && MAIN_STAGES.indexOf(stage) > MAIN_STAGES.indexOf(view.stage));
  const other = next.filter((stage) => !forward.includes(stage));
  const children = view.members.filter((m) => m.child).length;
  const decidable = commander && APPROVABLE.includes(view.stage) && canDecide(view.review);
  return (
    <div className="page-heading rep-detail-heading">
      <div>
        <Button type="link" className="rep-back" onClick={() => navigate('repatriations')}>
          ← {t('rep.detail.back')}
        </Button>
        <Typography.Title level={2} id="rep-case-title" className="page-title rep-case-title">
          <span className="tabular">{view.caseNumber}</span>
          <span className="rep-case-direction">{t(`rep.direction.${view.direction}`)}</span>
        </Typography.Title>
        <Space wrap size={6} className="rep-case-tags">
          <StageTag stage={view.stage} />
          <ReviewTag status={reviewStatus(view.review)} />
          {view.overdue && <OverdueTag />}
          {children > 0 && <ChildBadge count={children} />}
          <span className="rep-muted">{t('rep.detail.persons', { count: view.members.length })}</span>
        </Space>
      </div>
      <Space wrap className="rep-actions">
        {writer &&
          forward.map((stage) => (
            <Button key={stage} type="primary" loading={busy === 'move'} onClick={() => actions.move(stage)} data-testid={`move-${stage}`}>
              {t('rep.detail.moveTo', { stage: t(`rep.stage.${stage}`) })}
            </Button>
          ))}
        {writer && (
          <Button onClick={actions.edit} data-testid="edit-case">
            {t('rep.detail.edit')}
          </Button>
        )}
        {writer && canSubmit(view.review) && (
          <Button onClick={actions.submit} loading={busy === 'submit'} data-testid="submit-review">
            {t('rep.review.submit')}
          </Button>
        )}
        {decidable && (
          <Button onClick={actions.approve} loading={busy === 'approve'} data-testid="approve">
            {view.review.changedSinceApproval ? t('rep.review.reapprove') : t('rep.detail.approve')}
          </Button>
        )}
        {commander && canDecide(view.review) && (
          <Button onClick={actions.return} data-testid="return-case">
            {t('rep.review.return')}
          </Button>
        )}
        {printer && (
          <Space.Compact>
            <Tooltip title={t('rep.print.minutesTip')}>
              <Button onClick={() => actions.print('handover_minutes')} loading={busy === 'print'} data-testid="print-minutes">
                {t('rep.print.minutes')}
              </Button>
            </Tooltip>
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  { key: 'handover_minutes', label: t('rep.print.templates.handover_minutes') },
                  { key: 'internal_handover', label: t('rep.print.templates.internal_handover'), disabled: view.direction !== 'receiving_from_kh' },
                ],
                onClick: ({ key }) => actions.print(key as Template),
              }}
            >
              <Button aria-label={t('rep.print.choose')}>▾</Button>
            </Dropdown>
          </Space.Compact>
        )}
        {(writer && other.length > 0) || commander ? (
          <Dropdown
            trigger={['click']}
            menu={{
              items: [
                ...(writer ? other.map((stage) => ({ key: `move:${stage}`, label: t('rep.detail.moveTo', { stage: t(`rep.stage.${stage}`) }), danger: stage === 'cancelled' })) : []),
                ...(commander ? [{ key: 'delete', label: t('rep.detail.delete'), danger: true }] : []),
              ],
              onClick: ({ key }) => (key === 'delete' ? actions.remove() : actions.move(key.slice(5) as RepatriationStage)),
            }}
          >
            <Button>{t('rep.detail.more')} ▾</Button>
          </Dropdown>
        ) : null}
      </Space>
    </div>
  );
}
