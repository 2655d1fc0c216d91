import { useTranslation } from 'react-i18next';
import type { RepatriationStage } from '../../src-shared/contract/index.js';
import { StatusTag, type Tone } from '../app/StatusTag.js';

const STAGE_TONES: Record<RepatriationStage, Tone> = {
  requested: 'neutral',
  verifying: 'info',
  agreed: 'info',
  handed_over: 'ok',
  referred: 'ok',
  closed: 'neutral',
  cancelled: 'bad',
};

/** The stage in words and colour. */
export function StageTag({ stage }: { stage: RepatriationStage }) {
  const { t } = useTranslation();
  return <StatusTag tone={STAGE_TONES[stage]}>{t(`rep.stage.${stage}`)}</StatusTag>;
}

/** Children are always marked in words and colour, wherever a person appears. */
export function ChildBadge({ count }: { count?: number }) {
  const { t } = useTranslation();
  return <span className="rep-child-badge">{count === undefined ? t('rep.child') : t('rep.childrenCount', { count })}</span>;
}

export function OverdueTag() {
  const { t } = useTranslation();
  return <StatusTag tone="bad">{t('rep.overdue')}</StatusTag>;
}

export function ApprovedTag({ approved }: { approved: boolean }) {
  const { t } = useTranslation();
  return approved ? <StatusTag tone="ok">{t('rep.approved')}</StatusTag> : <StatusTag tone="neutral">{t('rep.notApproved')}</StatusTag>;
}

export { ReviewTag } from '../records/ReviewTag.js';
