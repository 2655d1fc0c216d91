import { Button, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewStatus } from '../../src-shared/records/review.js';
import { formatDateTime } from '../i18n/index.js';
import type { RecordViewBase } from './kind.js';
import { ReviewTag } from './ReviewTag.js';
import './records.css';

/**
 * The top of a record screen: a way back, the record's number or title (the `title` slot, under the heading id
 * `titleId` that labels the page section), its review state in words (with "changed since approval"), the
 * version, who approved it and when, the kind's own tags, and the actions (the ReviewActions and the kind's own).
 */
export function RecordHeader({
  view,
  titleId,
  title,
  back,
  leadTags,
  tags,
  tagsClassName,
  actions,
}: {
  view: RecordViewBase;
  titleId: string;
  title: ReactNode;
  back?: { label: string; onClick: () => void };
  /** Tags of the kind shown before the review state (e.g. the stage), and after it (overdue, counts). */
  leadTags?: ReactNode;
  tags?: ReactNode;
  tagsClassName?: string;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <div className="page-heading record-heading">
      <div>
        {back && (
          <Button type="link" className="record-back" onClick={back.onClick}>
            ← {back.label}
          </Button>
        )}
        <Typography.Title level={2} id={titleId} className="page-title record-title">
          {title}
        </Typography.Title>
        <div className={`record-tags ${tagsClassName ?? ''}`}>
          {leadTags}
          <ReviewTag status={reviewStatus(view.review)} />
          {tags}
          <span className="record-muted" data-testid="record-version">
            {t('records.header.version', { version: view.version })}
          </span>
          {view.approved && (
            <span className="record-muted" data-testid="record-approved">
              {t('records.header.approvedBy', { who: view.approved.by, when: formatDateTime(view.approved.at) })}
            </span>
          )}
        </div>
      </div>
      {actions && <div className="record-actions">{actions}</div>}
    </div>
  );
}
