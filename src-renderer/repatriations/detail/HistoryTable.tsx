import { Table } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../src-shared/contract/index.js';
import type { ReviewEvent } from '../../../src-shared/records/review.js';
import { StatusTag } from '../../app/StatusTag.js';
import { formatDateTime } from '../../i18n/index.js';
import { caseFieldName } from '../field-names.js';
import { StageTag } from '../tags.js';

interface Line {
  at: string;
  by: string;
  step: ReactNode;
  note: string;
}

const REVIEW_KEYS: Record<ReviewEvent['kind'], string> = {
  submit: 'rep.review.event.submit',
  approve: 'rep.review.event.approve',
  return: 'rep.review.event.return',
  comment: 'rep.review.event.comment',
  amend: 'rep.review.event.amend',
};

/** "Lịch sử": stage moves and review acts (submission, approval, return, amendment with its reason), newest first. */
export function HistoryTable({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const stageLines: Line[] = view.history.map((h) => ({
    at: h.at,
    by: h.by,
    step: h.from ? (
      <>
        {t(`rep.stage.${h.from}`)} → <StageTag stage={h.to} />
      </>
    ) : (
      <StageTag stage={h.to} />
    ),
    note: h.note,
  }));
  const reviewLines: Line[] = view.review.events.map((event) => {
    const fields = event.changed.map((path) => caseFieldName(t, path) ?? path).join(', ');
    return {
      at: event.at,
      by: event.by,
      step: <StatusTag tone={event.kind === 'return' || event.kind === 'amend' ? 'attention' : event.kind === 'approve' ? 'ok' : 'info'}>{t(REVIEW_KEYS[event.kind])}</StatusTag>,
      note: [event.text, event.kind === 'amend' && fields ? t('rep.review.changedFields', { fields }) : ''].filter(Boolean).join(' · '),
    };
  });
  const lines = [...stageLines, ...reviewLines].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return (
    <Table<Line>
      size="small"
      rowKey={(_, i) => String(i)}
      pagination={false}
      dataSource={lines}
      data-testid="history-table"
      columns={[
        { title: t('rep.history.at'), dataIndex: 'at', width: 170, render: (at: string) => <span className="tabular">{formatDateTime(at)}</span> },
        { title: t('rep.history.step'), dataIndex: 'step' },
        { title: t('rep.history.by'), dataIndex: 'by' },
        { title: t('rep.history.note'), dataIndex: 'note' },
      ]}
    />
  );
}
