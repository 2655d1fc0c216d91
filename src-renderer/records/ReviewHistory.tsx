import { Table } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewEvent } from '../../src-shared/records/review.js';
import { StatusTag } from '../app/StatusTag.js';
import type { TKey } from '../i18n/keys.js';
import { formatDateTime } from '../i18n/index.js';
import type { RecordViewBase } from './kind.js';
import type { RecordKindUi } from './texts.js';

/** One line of a record's history: when, what happened (words, a tag), who, and a note. */
export interface HistoryLine {
  at: string;
  by: string;
  step: ReactNode;
  note: string;
}

const EVENT_WORDS: Record<ReviewEvent['kind'], TKey> = {
  submit: 'records.review.event.submit',
  approve: 'records.review.event.approve',
  return: 'records.review.event.return',
  comment: 'records.review.event.comment',
  amend: 'records.review.event.amend',
};

/**
 * "Lịch sử": the review acts (submission, approval, return, comment, amendment with its reason and the fields it
 * changed, named in words) merged with the kind's own lines (e.g. stage moves), newest first.
 */
export function ReviewHistory<V extends RecordViewBase>({ kindUi, view, lines = [] }: { kindUi: RecordKindUi<V>; view: V; lines?: HistoryLine[] }) {
  const { t } = useTranslation();
  const reviewLines: HistoryLine[] = view.review.events.map((event) => {
    const fields = event.changed.map((path) => kindUi.fieldName(t, path) ?? path).join(', ');
    return {
      at: event.at,
      by: event.by,
      step: <StatusTag tone={event.kind === 'return' || event.kind === 'amend' ? 'attention' : event.kind === 'approve' ? 'ok' : 'info'}>{t(EVENT_WORDS[event.kind])}</StatusTag>,
      note: [event.text, event.kind === 'amend' && fields ? t('records.review.changedFields', { fields }) : ''].filter(Boolean).join(' · '),
    };
  });
  const all = [...lines, ...reviewLines].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return (
    <Table<HistoryLine>
      size="small"
      rowKey={(_, i) => String(i)}
      pagination={false}
      dataSource={all}
      data-testid="history-table"
      columns={[
        { title: t('records.history.at'), dataIndex: 'at', width: 170, render: (at: string) => <span className="tabular">{formatDateTime(at)}</span> },
        { title: t('records.history.step'), dataIndex: 'step' },
        { title: t('records.history.by'), dataIndex: 'by' },
        { title: t('records.history.note'), dataIndex: 'note' },
      ]}
    />
  );
}
