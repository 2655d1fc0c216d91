import { Alert, Button, Select, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferenceItem } from '../../src-shared/contract/index.js';
import { ReviewFilter } from '../documents/ReviewFilter.js';
import { StatusTag } from '../app/StatusTag.js';
import { invoke } from '../bridge/engine.js';
import { formatDate, fold } from '../documents/format.js';
import { ReviewTag } from '../documents/ReviewTag.js';
import { needsNotice } from '../forms/engine-errors.js';
import { pick } from '../i18n/index.js';
import { useEngineData } from '../session/session-context.js';
import { ReferenceItemForm } from './ReferenceItemForm.js';
import { allKinds, isVocabulary, kindName } from './kinds.js';
import '../documents/documents.css';

type Dialog = { kind: 'add' } | { kind: 'edit'; item: ReferenceItem } | null;

/** Administration tab: reference data (vocabularies, border gates, agencies, administrative units). */
export function ReferenceTab() {
  const { t } = useTranslation();
  // All kinds at once (a few hundred rows): the kind switch is instant and names of successors resolve across kinds.
  const { data, error, loading, setData } = useEngineData(() => invoke('reference.list', {}));
  const [kind, setKind] = useState('border_gate');
  const [text, setText] = useState('');
  const [reviewOnly, setReviewOnly] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);

  const items = useMemo(() => data ?? [], [data]);
  const ofKind = useMemo(() => items.filter((item) => item.kind === kind), [items, kind]);
  const byCode = useMemo(() => new Map(ofKind.map((item) => [item.code, item])), [ofKind]);
  const units = useMemo(() => new Map(items.filter((item) => item.kind === 'admin_unit').map((item) => [item.code, item])), [items]);
  const parentOf = (code: string | null) => (code ? ((isVocabulary(kind) ? byCode : units).get(code) ?? null) : null);
  const shown = useMemo(() => {
    const wanted = fold(text.trim());
    return ofKind.filter(
      (item) => (!reviewOnly || item.needsReview) && (!wanted || [item.code, item.labelVi, item.labelKm, item.labelEn].some((value) => fold(value).includes(wanted))),
    );
  }, [ofKind, text, reviewOnly]);
  const counts = useMemo(() => {
    const map = new Map<string, number>();
    for (const item of items) map.set(item.kind, (map.get(item.kind) ?? 0) + 1);
    return map;
  }, [items]);
  const kinds = allKinds(counts.keys());
  const option = (value: string) => ({ value, label: counts.has(value) ? `${kindName(value)} (${counts.get(value)})` : kindName(value) });
  const needing = ofKind.filter((item) => item.needsReview).length;
  const gate = kind === 'border_gate';
  // Validity and successor columns only where the list uses them (agencies, administrative units), so gates and terms keep room for their names.
  const dated = ofKind.some((item) => item.validFrom || item.validTo || item.successorCode);

  const saved = (item: ReferenceItem) =>
    setData((current) => {
      if (!current) return current;
      const index = current.findIndex((other) => other.kind === item.kind && other.code === item.code);
      return index < 0 ? [...current, item] : current.map((other, i) => (i === index ? item : other));
    });

  const validity = (item: ReferenceItem) => {
    const from = formatDate(item.validFrom);
    const to = formatDate(item.validTo);
    if (from && to) return t('docs.reference.range', { from, to });
    if (from) return t('docs.reference.fromOnly', { from });
    if (to) return t('docs.reference.toOnly', { to });
    return <span className="cell-secondary">{t('docs.reference.always')}</span>;
  };

  return (
    <div>
      <Typography.Paragraph className="docs-intro">{t('docs.reference.intro')}</Typography.Paragraph>
      <div className="docs-filter">
        <label htmlFor="reference-kind">{t('docs.reference.kind')}</label>
        <Select
          id="reference-kind"
          value={kind}
          onChange={(value) => {
            setKind(value);
            setText('');
          }}
          style={{ width: 340 }}
          showSearch={{ optionFilterProp: 'label' }}
          listHeight={420}
          options={[
            { label: t('docs.reference.groupPlaces'), options: kinds.places.map(option) },
            { label: t('docs.reference.groupVocabulary'), options: kinds.vocabularies.map(option) },
          ]}
        />
        <Button type="primary" onClick={() => setDialog({ kind: 'add' })} disabled={!data}>
          {t('docs.reference.add')}
        </Button>
      </div>
      <ReviewFilter
        text={text}
        onText={setText}
        reviewOnly={reviewOnly}
        onReviewOnly={setReviewOnly}
        reviewOnlyLabel={t('docs.filter.reviewOnlyItems')}
        summary={
          data && (
            <span className="docs-summary" aria-live="polite">
              <span className="cell-secondary">{t('docs.reference.count', { shown: shown.length, total: ofKind.length })}</span>
              {needing > 0 && <StatusTag tone="attention">{t('docs.reference.reviewCount', { count: needing })}</StatusTag>}
            </span>
          )
        }
      />
      {error && needsNotice(error) && <Alert type="error" showIcon title={pick(error.message)} style={{ marginBottom: 12 }} />}
      <Table<ReferenceItem>
        size="small"
        rowKey="code"
        loading={loading}
        dataSource={shown}
        data-testid="reference-table"
        className="docs-table"
        pagination={{ pageSize: 50, showSizeChanger: false, hideOnSinglePage: true }}
        rowClassName={(item) => (item.active ? '' : 'row-inactive')}
        columns={[
          { title: t('docs.reference.code'), dataIndex: 'code', width: 160, render: (code: string) => <span className="docs-key wrap">{code}</span> },
          {
            title: gate ? t('docs.reference.gateVi') : t('docs.reference.vi'),
            dataIndex: 'labelVi',
            render: (labelVi: string, item) => {
              const parent = parentOf(item.parentCode);
              return (
                <>
                  {labelVi}
                  {parent && <div className="cell-secondary">{parent.labelVi}</div>}
                </>
              );
            },
          },
          {
            title: gate ? t('docs.reference.gateKm') : t('docs.reference.km'),
            dataIndex: 'labelKm',
            render: (labelKm: string) => (
              <span className="khmer-text" lang="km">
                {labelKm}
              </span>
            ),
          },
          {
            title: gate ? t('docs.reference.gateEn') : t('docs.reference.en'),
            dataIndex: 'labelEn',
            render: (labelEn: string) => <span className="cell-secondary">{labelEn}</span>,
          },
          ...(dated
            ? [
                { title: t('docs.reference.validity'), key: 'validity', render: (_: unknown, item: ReferenceItem) => <span className="tabular nowrap">{validity(item)}</span> },
                {
                  title: t('docs.reference.successor'),
                  dataIndex: 'successorCode',
                  render: (code: string | null) =>
                    code ? (byCode.get(code)?.labelVi ?? <span className="docs-key">{code}</span>) : <span className="cell-secondary">{t('common.none')}</span>,
                },
              ]
            : []),
          { title: t('docs.review.column'), dataIndex: 'needsReview', render: (needsReview: boolean) => <ReviewTag needsReview={needsReview} /> },
          {
            title: t('docs.reference.status'),
            dataIndex: 'active',
            render: (active: boolean) => <StatusTag tone={active ? 'ok' : 'neutral'}>{active ? t('docs.reference.active') : t('docs.reference.inactive')}</StatusTag>,
          },
          {
            title: t('docs.labels.actions'),
            key: 'actions',
            render: (_: unknown, item: ReferenceItem) => (
              <Button size="small" onClick={() => setDialog({ kind: 'edit', item })} aria-label={`${t('common.edit')} ${item.code}`}>
                {t('common.edit')}
              </Button>
            ),
          },
        ]}
      />
      {dialog && (
        <ReferenceItemForm
          kind={kind}
          item={dialog.kind === 'edit' ? dialog.item : null}
          siblings={ofKind}
          parents={isVocabulary(kind) ? ofKind : [...units.values()]}
          onClose={() => setDialog(null)}
          onSaved={saved}
        />
      )}
    </div>
  );
}
