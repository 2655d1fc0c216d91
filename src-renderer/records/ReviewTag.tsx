import { useTranslation } from 'react-i18next';
import type { ReviewStatus } from '../../src-shared/records/review.js';
import { StatusTag, type Tone } from '../app/StatusTag.js';
import type { TKey } from '../i18n/keys.js';

const TONES: Record<ReviewStatus, Tone> = {
  not_submitted: 'neutral',
  submitted: 'info',
  returned: 'attention',
  approved: 'ok',
  changed_since_approval: 'attention',
};

const WORDS: Record<ReviewStatus, TKey> = {
  not_submitted: 'records.review.status.not_submitted',
  submitted: 'records.review.status.submitted',
  returned: 'records.review.status.returned',
  approved: 'records.review.status.approved',
  changed_since_approval: 'records.review.status.changed_since_approval',
};

/** Where a record stands in review, in words ("Đã sửa sau phê duyệt" until approved again), never colour alone. */
export function ReviewTag({ status }: { status: ReviewStatus }) {
  const { t } = useTranslation();
  return (
    <StatusTag tone={TONES[status]}>
      <span data-testid="review-status">{t(WORDS[status])}</span>
    </StatusTag>
  );
}
