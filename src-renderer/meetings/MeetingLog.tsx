import { Alert, Button, Checkbox, Input, Select, Space, Table, Typography } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  EXCHANGE_TOPICS,
  MEETING_LEVELS,
  MEETING_TYPES,
  MEETING_WRITERS,
  type ExchangeTopic,
  type MeetingLevel,
  type MeetingListRow,
  type MeetingType,
} from '../../src-shared/contract/index.js';
import { DateRangeFilter } from '../app/DateRangeFilter.js';
import { navigate } from '../app/router.js';
import { invoke } from '../bridge/engine.js';
import { clearNamed } from '../forms/clear-button.js';
import { pick } from '../i18n/index.js';
import { formatDate } from '../repatriations/model.js';
import { SaveSpreadsheetButton } from '../repatriations/SaveSpreadsheet.js';
import { ReviewTag } from '../repatriations/tags.js';
import { hasRole, useEngineData, useSession } from '../session/session-context.js';
import { MeetingsTabs } from './MeetingsTabs.js';
import { useCounterparts } from './model.js';

interface Filters {
  period: [Dayjs | null, Dayjs | null] | null;
  types: MeetingType[];
  levels: MeetingLevel[];
  topics: ExchangeTopic[];
  counterpartCode: string | null;
  overdueOnly: boolean;
  query: string;
}
const EMPTY: Filters = { period: null, types: [], levels: [], topics: [], counterpartCode: null, overdueOnly: false, query: '' };
// The log keeps its filters while a meeting is open, so coming back lands where one was.
let remembered = { filters: EMPTY, page: 1, pageSize: 50 };

/** The meeting log, newest first, one engine page at a time; no confidential text ever reaches a row. */
export function MeetingLog() {
  const { t } = useTranslation();
  const { session } = useSession();
  const writer = hasRole(session, ...MEETING_WRITERS);
  const counterparts = useCounterparts();
  const [filters, setFilters] = useState<Filters>(remembered.filters);
  const [typed, setTyped] = useState(remembered.filters.query);
  const [page, setPage] = useState(remembered.page);
  const [pageSize, setPageSize] = useState(remembered.pageSize);
  remembered = { filters, page, pageSize };

  const listFilter = {
    from: filters.period?.[0]?.format('YYYY-MM-DD') ?? null,
    to: filters.period?.[1]?.format('YYYY-MM-DD') ?? null,
    types: filters.types,
    levels: filters.levels,
    topics: filters.topics,
    counterpartCode: filters.counterpartCode,
    overdueOnly: filters.overdueOnly,
    query: filters.query,
  };
  const { data, error, loading, reload } = useEngineData(
    () => invoke('meetings.list', { ...listFilter, offset: (page - 1) * pageSize, limit: pageSize }),
    [filters, page, pageSize],
  );

  const change = (patch: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...patch }));
    setPage(1);
  };
  useEffect(() => {
    if (typed === filters.query) return;
    const timer = setTimeout(() => change({ query: typed }), 350);
    return () => clearTimeout(timer);
  }, [typed]);

  const filtered = JSON.stringify(filters) !== JSON.stringify(EMPTY);

  return (
    <section aria-labelledby="meet-title">
      <div className="page-heading">
        <Typography.Title level={2} id="meet-title" className="page-title">
          {t('meet.title')}
        </Typography.Title>
        <Space wrap>
          <Button onClick={() => void reload()} loading={loading}>
            {t('common.reload')}
          </Button>
          {writer && (
            <SaveSpreadsheetButton make={() => invoke('meetings.export', listFilter)} data-testid="meetings-export">
              {t('meet.list.export')}
            </SaveSpreadsheetButton>
          )}
          {writer && (
            <Button type="primary" onClick={() => navigate('meetings', 'new')} data-testid="meeting-new">
              {t('meet.list.new')}
            </Button>
          )}
        </Space>
      </div>
      <MeetingsTabs current="log" />
      <div className="rep-filters" role="search" aria-label={t('meet.list.filters')}>
        <div className="rep-filter meet-filter-search">
          <span id="meet-search-label">{t('meet.list.search')}</span>
          <Input.Search
            aria-labelledby="meet-search-label"
            allowClear={clearNamed(t('common.clearText'))}
            value={typed}
            placeholder={t('meet.list.searchPlaceholder')}
            enterButton={<Button icon={<SearchOutlined />} aria-label={t('common.search')} />}
            onChange={(event) => setTyped(event.target.value)}
            onSearch={(value) => {
              setTyped(value);
              change({ query: value });
            }}
            data-testid="meetings-search"
          />
        </div>
        <DateRangeFilter
          className="rep-filter"
          label={t('meet.list.period')}
          fromLabel={t('meet.list.from')}
          toLabel={t('meet.list.to')}
          value={filters.period}
          onChange={(period) => change({ period })}
          width={112}
        />
        <label className="rep-filter">
          <span>{t('meet.field.type')}</span>
          <Select
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            value={filters.types}
            placeholder={t('meet.list.allTypes')}
            options={MEETING_TYPES.map((value) => ({ value, label: t(`meet.type.${value}`) }))}
            onChange={(types) => change({ types })}
            style={{ width: 160 }}
            popupMatchSelectWidth={240}
          />
        </label>
        <label className="rep-filter">
          <span>{t('meet.field.level')}</span>
          <Select
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            value={filters.levels}
            placeholder={t('meet.list.allLevels')}
            options={MEETING_LEVELS.map((value) => ({ value, label: t(`meet.level.${value}`) }))}
            onChange={(levels) => change({ levels })}
            style={{ width: 130 }}
            popupMatchSelectWidth={200}
          />
        </label>
        <label className="rep-filter">
          <span>{t('meet.field.topics')}</span>
          <Select
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            value={filters.topics}
            placeholder={t('meet.list.allTopics')}
            options={EXCHANGE_TOPICS.map((value) => ({ value, label: t(`meet.topic.${value}`) }))}
            onChange={(topics) => change({ topics })}
            style={{ width: 160 }}
            popupMatchSelectWidth={240}
          />
        </label>
        <label className="rep-filter">
          <span>{t('meet.field.counterpart')}</span>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={filters.counterpartCode}
            placeholder={t('meet.list.allCounterparts')}
            options={counterparts.options}
            onChange={(code) => change({ counterpartCode: code ?? null })}
            style={{ width: 190 }}
            popupMatchSelectWidth={380}
          />
        </label>
        <div className="rep-filter rep-filter-checks">
          <Checkbox checked={filters.overdueOnly} onChange={(event) => change({ overdueOnly: event.target.checked })}>
            {t('meet.list.overdueOnly')}
          </Checkbox>
          {filtered && (
            <Button
              type="link"
              size="small"
              onClick={() => {
                setTyped('');
                change(EMPTY);
              }}
            >
              {t('meet.list.clear')}
            </Button>
          )}
        </div>
      </div>
      {error && <Alert type="error" showIcon title={pick(error.message)} style={{ marginBottom: 12 }} />}
      <Table<MeetingListRow>
        size="small"
        rowKey="id"
        data-testid="meeting-table"
        loading={loading}
        dataSource={data?.rows ?? []}
        scroll={{ y: 'calc(100vh - 400px)' }}
        locale={{ emptyText: filtered ? t('meet.list.emptyFiltered') : t('meet.list.empty') }}
        onRow={(row) => ({ onClick: () => navigate('meetings', row.id), className: 'rep-row' })}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total) => t('meet.list.total', { count: total }),
          onChange: (next, size) => {
            setPage(size !== pageSize ? 1 : next);
            setPageSize(size);
          },
        }}
        columns={[
          {
            title: t('meet.field.meetingNumber'),
            dataIndex: 'meetingNumber',
            width: 118,
            render: (value: string, row) => (
              <a href={`#/meetings/${row.id}`} onClick={(event) => event.stopPropagation()} className="tabular rep-nowrap">
                {value}
              </a>
            ),
          },
          { title: t('meet.field.date'), dataIndex: 'eventDate', width: 96, render: (d: string) => <span className="tabular">{formatDate(d)}</span> },
          { title: t('meet.field.type'), dataIndex: 'type', width: 120, render: (v: MeetingType) => t(`meet.type.${v}`) },
          { title: t('meet.field.level'), dataIndex: 'level', width: 84, render: (v: MeetingLevel) => t(`meet.level.${v}`) },
          {
            title: t('meet.field.counterpart'),
            dataIndex: 'counterpartCode',
            // The office's name wraps between words, never inside one (it was squeezed to a letter column).
            className: 'meet-counterpart-cell',
            render: (code: string) => (
              <a
                href={`#/meetings/timeline/${encodeURIComponent(code)}`}
                onClick={(event) => event.stopPropagation()}
                title={t('meet.list.timelineOf', { name: counterparts.label(code) })}
                data-testid="counterpart-link"
              >
                {counterparts.label(code)}
              </a>
            ),
          },
          { title: t('meet.field.host'), dataIndex: 'host', width: 64, render: (h: 'VN' | 'KH') => t(`meet.sideShort.${h}`) },
          {
            title: t('meet.field.delegates'),
            dataIndex: 'delegates',
            width: 96,
            render: (d: MeetingListRow['delegates']) => <span className="rep-nowrap">{t('meet.list.delegatesCell', { vn: d.VN, kh: d.KH })}</span>,
          },
          { title: t('meet.field.topics'), dataIndex: 'topics', width: 140, render: (topics: ExchangeTopic[]) => topics.map((x) => t(`meet.topic.${x}`)).join(', ') },
          {
            title: t('meet.field.actions'),
            dataIndex: 'actions',
            width: 104,
            render: (a: MeetingListRow['actions']) =>
              a.total === 0 ? (
                <span className="rep-muted">{t('meet.list.noActions')}</span>
              ) : (
                <div>
                  <div>{t('meet.list.pending', { count: a.pending })}</div>
                  {a.overdue > 0 && <div className="meet-overdue-text">{t('meet.list.overdue', { count: a.overdue })}</div>}
                </div>
              ),
          },
          { title: t('meet.field.review'), dataIndex: 'review', width: 128, render: (review: MeetingListRow['review']) => <ReviewTag status={review} /> },
        ]}
      />
    </section>
  );
}
