import { Descriptions, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Bilingual, CaseView } from '../../../src-shared/contract/index.js';
import { StatusTag } from '../../app/StatusTag.js';
import { formatDateTime, pick } from '../../i18n/index.js';
import { formatDate, formatDateTimeShort } from '../model.js';
import { GATE, useReferenceData, V } from '../reference-data.js';
import { OverdueTag } from '../tags.js';

/** The case's facts at a glance; a refused step's messages stand beside the facts they are about. */
export function CaseFacts({ view, problems }: { view: CaseView; problems: Record<string, Bilingual> | null }) {
  const { t } = useTranslation();
  const ref = useReferenceData();
  const miss = (field: string) => problems?.[field] && <div className="rep-error-text">{pick(problems[field])}</div>;
  return (
    <Descriptions
      size="small"
      bordered
      column={4}
      className="rep-facts"
      items={[
        { key: 'requestedOn', label: t('rep.field.requestedOn'), children: <span className="rep-nowrap">{formatDate(view.requestedOn)}</span> },
        {
          key: 'deadline',
          label: t('rep.field.verificationDeadline'),
          children: (
            <Space size={6} wrap>
              <span className="rep-nowrap">{formatDate(view.verificationDeadline) || t('common.none')}</span>
              {view.overdue && <OverdueTag />}
            </Space>
          ),
        },
        {
          key: 'source',
          label: t('rep.field.requestSource'),
          span: 2,
          children: `${t(`rep.source.${view.requestSource}`)}${view.counterpartReference ? ` · ${view.counterpartReference}` : ''}`,
        },
        {
          key: 'agreedDate',
          label: t('rep.field.agreedDate'),
          children: (
            <>
              <span className="rep-nowrap">{formatDate(view.agreedDate) || t('common.none')}</span>
              {miss('agreedDate')}
            </>
          ),
        },
        {
          key: 'handoverAt',
          label: t('rep.field.handoverAt'),
          children: (
            <>
              <span className="rep-nowrap">{formatDateTimeShort(view.handoverAt) || t('common.none')}</span>
              {miss('handoverAt')}
            </>
          ),
        },
        {
          key: 'gate',
          label: t('rep.field.gate'),
          children: (
            <>
              {view.gateCode ? ref.label(GATE, view.gateCode) : t('common.none')}
              {miss('gateCode')}
            </>
          ),
        },
        {
          key: 'transport',
          label: t('rep.field.transportMode'),
          children: (
            <>
              {view.transportMode ? ref.label(V.transport, view.transportMode) : t('common.none')}
              {miss('transportMode')}
            </>
          ),
        },
        { key: 'place', label: t('rep.field.placeNote'), span: 2, children: view.placeNote || t('common.none') },
        {
          key: 'checks',
          label: t('rep.detail.checks'),
          span: 2,
          children: (
            <>
              <Space wrap size={4}>
                <StatusTag tone={view.dossierChecked ? 'ok' : 'neutral'}>{view.dossierChecked ? t('rep.detail.dossierYes') : t('rep.detail.dossierNo')}</StatusTag>
                <StatusTag tone={view.identityCheckDone ? 'ok' : 'neutral'}>{view.identityCheckDone ? t('rep.detail.identityYes') : t('rep.detail.identityNo')}</StatusTag>
              </Space>
              {miss('identityCheckDone')}
            </>
          ),
        },
        { key: 'health', label: t('rep.field.healthSummary'), span: 2, children: view.healthSummary || t('common.none') },
        { key: 'summary', label: t('rep.field.summary'), span: 2, children: view.summary || t('common.none') },
        ...(view.approved
          ? [
              {
                key: 'approved',
                label: t('rep.detail.approvedBy'),
                span: 4,
                children: t('rep.detail.approvedLine', { who: view.approved.by, when: formatDateTime(view.approved.at) }),
              },
            ]
          : []),
      ]}
    />
  );
}
