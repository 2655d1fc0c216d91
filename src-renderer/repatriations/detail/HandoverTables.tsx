import { Descriptions, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../src-shared/contract/index.js';
import { StatusTag } from '../../app/StatusTag.js';
import { AsTyped, Km } from '../khmer.js';
import { formatDate, formatDateTimeShort } from '../model.js';
import { useReferenceData, V } from '../reference-data.js';

const personName = (view: CaseView, id: string | null) => (id ? (view.members.find((m) => m.person.id === id)?.person.fullNameVi ?? id) : null);

/** A value as typed (marked Khmer when it is in Khmer script) and its Khmer version under it. */
function BothScripts({ text, km }: { text: string; km?: string }) {
  return (
    <>
      <AsTyped text={text} />
      <Km text={km} block />
    </>
  );
}

/** Both delegations; a Khmer name or position is shown under the Vietnamese one and marked lang="km". */
export function DelegationsTable({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      rowKey={(_, i) => String(i)}
      pagination={false}
      dataSource={view.delegations}
      data-testid="delegations-table"
      locale={{ emptyText: t('rep.detail.none') }}
      columns={[
        { title: t('rep.delegation.side'), dataIndex: 'side', width: 140, render: (side: 'VN' | 'KH') => t(`rep.side.${side}`) },
        { title: t('rep.delegation.name'), key: 'name', render: (_, d) => <BothScripts text={d.name} km={d.nameKm} /> },
        { title: t('rep.delegation.rank'), dataIndex: 'rank' },
        { title: t('rep.delegation.position'), key: 'position', render: (_, d) => <BothScripts text={d.position} km={d.positionKm} /> },
        { title: t('rep.delegation.agency'), dataIndex: 'agency' },
        {
          title: t('rep.delegation.role'),
          key: 'role',
          render: (_, d) => (
            <Space size={4}>
              {d.isHead && <StatusTag tone="info">{t('rep.delegation.head')}</StatusTag>}
              {d.isInterpreter && <StatusTag tone="neutral">{t('rep.delegation.interpreter')}</StatusTag>}
            </Space>
          ),
        },
      ]}
    />
  );
}

/** Documents and belongings handed over, each with its owner when it belongs to one person. */
export function ItemsTable({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  return (
    <Table
      size="small"
      rowKey={(_, i) => String(i)}
      pagination={false}
      dataSource={view.items}
      locale={{ emptyText: t('rep.detail.none') }}
      columns={[
        {
          title: t('rep.item.kind'),
          dataIndex: 'kind',
          width: 140,
          render: (kind: 'document' | 'belonging') => t(kind === 'document' ? 'rep.item.document' : 'rep.item.belonging'),
        },
        { title: t('rep.item.description'), dataIndex: 'description' },
        { title: t('rep.item.quantity'), dataIndex: 'quantity', width: 90, align: 'right' },
        { title: t('rep.item.owner'), dataIndex: 'personId', render: (id: string | null) => personName(view, id) ?? t('common.none') },
      ]}
    />
  );
}

/** Referrals to support services after the handover. */
export function ReferralsTable({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const ref = useReferenceData();
  return (
    <Table
      size="small"
      rowKey={(_, i) => String(i)}
      pagination={false}
      dataSource={view.referrals}
      locale={{ emptyText: t('rep.detail.none') }}
      columns={[
        { title: t('rep.referral.person'), dataIndex: 'personId', render: (id: string) => personName(view, id) },
        { title: t('rep.referral.service'), dataIndex: 'service', render: (code: string) => ref.label(V.service, code) },
        { title: t('rep.referral.provider'), dataIndex: 'provider' },
        { title: t('rep.referral.on'), dataIndex: 'referredOn', render: (d: string | null) => formatDate(d) || t('common.none') },
        { title: t('rep.referral.status'), dataIndex: 'status', render: (s: CaseView['referrals'][number]['status']) => t(`rep.referral.statuses.${s}`) },
      ]}
    />
  );
}

/** The handover of received victims to the provincial police (Vietnamese-only minutes). */
export function InternalHandoverFacts({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const internal = view.internalHandover;
  if (!internal) return <Typography.Paragraph type="secondary">{t('rep.internal.none')}</Typography.Paragraph>;
  return (
    <Descriptions
      size="small"
      bordered
      column={2}
      items={[
        { key: 'giver', label: t('rep.internal.giverUnit'), children: internal.giverUnit || t('common.none') },
        { key: 'receiver', label: t('rep.internal.receiverUnit'), children: internal.receiverUnit },
        { key: 'at', label: t('rep.internal.at'), children: formatDateTimeShort(internal.at) || t('common.none') },
        { key: 'place', label: t('rep.internal.place'), children: internal.place || t('common.none') },
        {
          key: 'members',
          label: t('rep.internal.members'),
          span: 2,
          children:
            internal.receiverMembers
              .map((m) => `${m.rank ? `${m.rank} ` : ''}${m.name}${m.position ? ` (${m.position})` : ''}${m.isHead ? ` — ${t('rep.delegation.head')}` : ''}`)
              .join('; ') || t('common.none'),
        },
      ]}
    />
  );
}
