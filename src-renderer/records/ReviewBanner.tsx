import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { openReturn } from '../../src-shared/records/review.js';
import { formatDateTime } from '../i18n/index.js';
import type { RecordViewBase } from './kind.js';
import type { RecordTexts } from './texts.js';

/** What the author must act on: the commander's return comment, or "changed since approval". Nothing otherwise. */
export function ReviewBanner({ view, texts }: { view: RecordViewBase; texts: RecordTexts }) {
  const { t } = useTranslation();
  const back = openReturn(view.review);
  if (back)
    return (
      <Alert
        type="warning"
        showIcon
        data-testid="returned-banner"
        title={t(texts.returnedBanner, { who: back.by, when: formatDateTime(back.at) })}
        description={<span className="record-comment-text">{back.text}</span>}
        style={{ marginBottom: 12 }}
      />
    );
  if (view.review.changedSinceApproval) return <Alert type="info" showIcon data-testid="changed-banner" title={t(texts.changedBanner)} style={{ marginBottom: 12 }} />;
  return null;
}
