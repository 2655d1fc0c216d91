import { Alert, Button, Form, Input, Select, Table, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountSummary, AppError, AuditEntryView, AuditVerdict } from '../../src-shared/contract/index.js';
import { DateRangeFilter } from '../app/DateRangeFilter.js';
import { StatusTag } from '../app/StatusTag.js';
import { invoke } from '../bridge/engine.js';
import { currentCatalogue, formatDateTime, pick } from '../i18n/index.js';
import { hasRole, useEngineData, useSession } from '../session/session-context.js';
import { AnchorCheck } from './AnchorCheck.js';
import { actionLabel, detailText, recordTypeLabel } from './audit-words.js';
import { clearNamed } from '../forms/clear-button.js';

interface Filter {
  accountId?: string;
  action?: string;
  recordType?: string;
  recordId?: string;
  from?: string;
  to?: string;
}

interface FilterValues {
  accountId?: string;
  action?: string;
  recordType?: string;
  recordId?: string;
  dates?: [Dayjs | null, Dayjs | null] | null;
}

const PAGE_SIZE = 50;

/** Administrator, commander, auditor: who did what, when — with the hash chain checked on demand. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const { session, locked } = useSession();
  const admin = hasRole(session, 'administrator');
  const [form] = Form.useForm<FilterValues>();
  const [filter, setFilter] = useState<Filter>({});
  const [page, setPage] = useState(1);
  const { data, error, loading, reload } = useEngineData(() => invoke('audit.list', { ...filter, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE }), [filter, page]);
  const accounts = useEngineData(() => (admin ? invoke('accounts.list', {}) : Promise.resolve({ ok: true as const, value: [] as AccountSummary[] })), [admin]);

  // Without the accounts list (not an administrator), offer the people seen in the log so far.
  const seen = useRef(new Map<string, string>());
  if (locked) seen.current.clear();
  data?.entries.forEach((entry) => entry.accountId && seen.current.set(entry.accountId, entry.actor));
  const people = useMemo(() => {
    if (admin) return (accounts.data ?? []).map((a) => ({ value: a.id, label: `${a.displayName} (${a.username})` }));
    return [...seen.current.entries()].map(([value, label]) => ({ value, label }));
  }, [admin, accounts.data, data]);
  const names = useMemo(() => new Map((accounts.data ?? []).map((a) => [a.id, a])), [accounts.data]);

  const apply = (values: FilterValues) => {
    const [from, to] = values.dates ?? [];
    setFilter({
      accountId: values.accountId || undefined,
      action: values.action || undefined,
      recordType: values.recordType || undefined,
      recordId: values.recordId?.trim() || undefined,
      from: from ? from.format('YYYY-MM-DD') : undefined,
      to: to ? to.format('YYYY-MM-DD') : undefined,
    });
    setPage(1);
  };

  const catalogue = currentCatalogue();
  const actionOptions = [
    ...Object.entries(catalogue.audit.actionGroups).map(([value, label]) => ({ value, label })),
    ...Object.entries(catalogue.audit.actions).map(([value, label]) => ({ value, label })),
  ];
  const recordTypeOptions = Object.entries(catalogue.audit.recordTypes).map(([value, label]) => ({ value, label }));

  return (
    <section aria-labelledby="audit-title">
      <div className="page-heading">
        <Typography.Title level={2} id="audit-title" className="page-title">
          {t('audit.title')}
        </Typography.Title>
        <VerifyButton onVerified={() => void reload()} />
      </div>
      <Typography.Paragraph type="secondary">{t('audit.intro')}</Typography.Paragraph>
      <AnchorCheck />
      <Form form={form} layout="vertical" className="filter-bar" onFinish={apply} key={i18n.language}>
        <Form.Item name="accountId" label={t('audit.person')}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder={t('audit.personPlaceholder')} options={people} style={{ width: 210 }} />
        </Form.Item>
        <Form.Item name="action" label={t('audit.action')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('audit.actionPlaceholder')}
            options={actionOptions}
            style={{ width: 210 }}
            popupMatchSelectWidth={320}
          />
        </Form.Item>
        <Form.Item name="recordType" label={t('audit.recordType')}>
          <Select allowClear placeholder={t('audit.recordTypePlaceholder')} options={recordTypeOptions} style={{ width: 130 }} />
        </Form.Item>
        <Form.Item name="recordId" label={t('audit.recordId')}>
          <Input allowClear={clearNamed(t('common.clearText'))} style={{ width: 120 }} spellCheck={false} />
        </Form.Item>
        <Form.Item name="dates" label={t('audit.dates')}>
          <DateRangeFilter fromLabel={t('audit.from')} toLabel={t('audit.to')} width={118} />
        </Form.Item>
        <Form.Item>
          <div style={{ display: 'flex', gap: 8 }}>
            <Button type="default" htmlType="submit">
              {t('audit.search')}
            </Button>
            <Button
              type="text"
              onClick={() => {
                form.resetFields();
                apply({});
              }}
            >
              {t('audit.clear')}
            </Button>
          </div>
        </Form.Item>
      </Form>
      {error && <Alert type="error" showIcon title={pick(error.message)} style={{ marginBottom: 12 }} />}
      <Table<AuditEntryView>
        size="small"
        rowKey="seq"
        loading={loading}
        dataSource={data?.entries ?? []}
        data-testid="audit-table"
        scroll={{ y: 'calc(100vh - 420px)' }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.total ?? 0,
          showSizeChanger: false,
          showTotal: (total) => t('audit.total', { count: total }),
          onChange: setPage,
        }}
        columns={[
          { title: t('audit.columns.seq'), dataIndex: 'seq', width: 64, align: 'right' },
          { title: t('audit.columns.at'), dataIndex: 'at', width: 168, render: (at: string) => <span className="tabular">{formatDateTime(at)}</span> },
          {
            title: t('audit.columns.person'),
            dataIndex: 'actor',
            width: 240,
            render: (actor: string, entry) => {
              if (actor === 'system' && !entry.accountId) return <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>;
              const account = entry.accountId ? names.get(entry.accountId) : undefined;
              return account ? `${account.displayName} (${actor})` : actor;
            },
          },
          {
            title: t('audit.columns.action'),
            dataIndex: 'action',
            width: 210,
            render: (action: string) => <span title={action}>{actionLabel(action)}</span>,
          },
          {
            title: t('audit.columns.record'),
            key: 'record',
            width: 170,
            render: (_: unknown, entry) => {
              if (!entry.recordType) return <Typography.Text type="secondary">{t('common.none')}</Typography.Text>;
              const account = entry.recordType === 'account' && entry.recordId ? names.get(entry.recordId) : undefined;
              return (
                <span title={entry.recordId ?? undefined}>
                  {recordTypeLabel(entry.recordType)}{' '}
                  {account ? account.username : entry.recordId ? <Typography.Text type="secondary">{shortId(entry.recordId)}</Typography.Text> : null}
                </span>
              );
            },
          },
          { title: t('audit.columns.detail'), key: 'detail', ellipsis: { showTitle: true }, render: (_: unknown, entry) => detailText(entry) },
        ]}
      />
    </section>
  );
}

function VerifyButton({ onVerified }: { onVerified: () => void }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [verdict, setVerdict] = useState<AuditVerdict | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const verify = async () => {
    setBusy(true);
    const result = await invoke('audit.verify', {});
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setVerdict(result.value);
    onVerified();
  };
  return (
    <div className="verify" aria-live="polite">
      {verdict && (
        <span data-testid="audit-verdict">
          {verdict.intact ? (
            <StatusTag tone="ok">
              <span className="verdict">✓ {t('audit.intact', { count: verdict.entries })}</span>
            </StatusTag>
          ) : (
            <>
              <StatusTag tone="bad">
                <span className="verdict">✗ {t('audit.broken', { seq: verdict.brokenAt ?? '?' })}</span>
              </StatusTag>
              <Typography.Text type="danger">{t('audit.brokenHelp')}</Typography.Text>
            </>
          )}
        </span>
      )}
      {error && <Typography.Text type="danger">{pick(error.message)}</Typography.Text>}
      <Button type="primary" onClick={() => void verify()} loading={busy}>
        {busy ? t('audit.verifying') : t('audit.verify')}
      </Button>
    </div>
  );
}

/** UUIDs are long and alike at the start: their last 8 characters tell them apart. Other ids (codes) stay whole. */
const shortId = (id: string) => (/^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(id) ? id.slice(-8) : id);
