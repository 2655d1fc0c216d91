import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../src-shared/contract/index.js';
import { formatDateTime } from '../../i18n/index.js';
import type { TKey } from '../../i18n/keys.js';

/** The register's template codes of a case's documents, in words (a code this release does not know is shown as it is). */
const TEMPLATE_WORDS: Partial<Record<string, TKey>> = {
  handover_minutes: 'rep.print.templates.handover_minutes',
  internal_handover: 'rep.print.templates.internal_handover',
  liaison_notice: 'rep.print.templates.liaison_notice',
};

/** Documents issued from this case, with their register numbers. */
export function IssuedDocuments({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      rowKey="number"
      pagination={false}
      dataSource={view.documents}
      data-testid="issued-documents"
      locale={{ emptyText: t('rep.detail.noDocuments') }}
      columns={[
        { title: t('rep.print.number'), dataIndex: 'number', render: (n: string) => <strong className="tabular">{n}</strong> },
        { title: t('rep.print.template'), dataIndex: 'template', render: (tpl: string) => (TEMPLATE_WORDS[tpl] ? t(TEMPLATE_WORDS[tpl]) : tpl) },
        { title: t('rep.print.issuedAt'), dataIndex: 'issuedAt', render: (at: string) => formatDateTime(at) },
        { title: t('rep.print.issuedBy'), dataIndex: 'issuedBy' },
        { title: t('rep.print.hash'), dataIndex: 'contentHash', render: (h: string) => <code>{h.slice(0, 16)}</code> },
      ]}
    />
  );
}
