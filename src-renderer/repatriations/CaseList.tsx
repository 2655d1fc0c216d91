import { Alert, Button, Checkbox, Grid, Input, Select, Space, Table, Tooltip, Typography, type InputRef } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REPATRIATION_STAGES, type CaseListRow, type PersonHit, type RepatriationDirection, type RepatriationStage } from '../../src-shared/contract/index.js';
import { DateRangeFilter } from '../app/DateRangeFilter.js';
import { navigate } from '../app/router.js';
import { invoke } from '../bridge/engine.js';
import { pick } from '../i18n/index.js';
import { hasRole, useEngineData, useSession } from '../session/session-context.js';
import { formatDate } from './model.js';
import { Km } from './khmer.js';
import { shortQueryHint } from '../../src-shared/people/name-query.js';
import { SaveSpreadsheetButton } from './SaveSpreadsheet.js';
import { GATE, useReferenceData } from './reference-data.js';
import { ApprovedTag, ChildBadge, OverdueTag, StageTag } from './tags.js';
import { clearNamed } from '../forms/clear-button.js';
import type { TFunction } from 'i18next';

interface Filters {
  stages: RepatriationStage[];
  direction: RepatriationDirection | null;
  period: [Dayjs | null, Dayjs | null] | null;
  gateCode: string | null;
  childrenOnly: boolean;
  overdueOnly: boolean;
  query: string;
}

const EMPTY: Filters = { stages: [], direction: null, period: null, gateCode: null, childrenOnly: false, overdueOnly: false, query: '' };
// The list keeps its filters while a case is open, so coming back lands where one was.
let remembered: { filters: Filters; page: number; pageSize: number } = { filters: EMPTY, page: 1, pageSize: 100 };

/** Cases, newest request first, one server page at a time (smooth at 100 000 cases): no names in the rows. */
export function CaseList() {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const { session } = useSession();
  const writer = hasRole(session, 'officer', 'liaison', 'commander');
  const ref = useReferenceData();
  const [filters, setFilters] = useState<Filters>(remembered.filters);
  const [typed, setTyped] = useState(remembered.filters.query);
  const [page, setPage] = useState(remembered.page);
  const [pageSize, setPageSize] = useState(remembered.pageSize);
  const search = useRef<InputRef>(null);
  remembered = { filters, page, pageSize };

  const listFilter = {
    stages: filters.stages,
    direction: filters.direction,
    from: filters.period?.[0]?.format('YYYY-MM-DD') ?? null,
    to: filters.period?.[1]?.format('YYYY-MM-DD') ?? null,
    gateCode: filters.gateCode,
    childrenOnly: filters.childrenOnly,
    overdueOnly: filters.overdueOnly,
    query: filters.query,
  };
  const { data, error, loading, reload } = useEngineData(
    () => invoke('repatriations.list', { ...listFilter, offset: (page - 1) * pageSize, limit: pageSize }),
    [filters, page, pageSize],
  );
  const personQuery = filters.query.trim();
  const people = useEngineData(
    () =>
      personQuery && !/^HH-/i.test(personQuery) ? invoke('people.search', { query: personQuery, limit: 8 }) : Promise.resolve({ ok: true as const, value: [] as PersonHit[] }),
    [personQuery],
  );

  const change = (patch: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...patch }));
    setPage(1);
  };

  // Typing searches after a short pause; Enter searches at once.
  useEffect(() => {
    if (typed === filters.query) return;
    const timer = setTimeout(() => change({ query: typed }), 350);
    return () => clearTimeout(timer);
  }, [typed]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'k' || key === 'f') {
        event.preventDefault();
        search.current?.focus({ cursor: 'all' });
      } else if (key === 'n' && writer) {
        event.preventDefault();
        navigate('repatriations', 'new');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [writer]);

  const filtered = JSON.stringify({ ...filters, query: '' }) !== JSON.stringify({ ...EMPTY, query: '' }) || !!filters.query;

  return (
    <section aria-labelledby="rep-title">
      <div className="page-heading">
        <Typography.Title level={2} id="rep-title" className="page-title">
          {t('rep.title')}
        </Typography.Title>
        <Space>
          <Button onClick={() => void reload()} loading={loading}>
            {t('common.reload')}
          </Button>
          {writer && (
            <SaveSpreadsheetButton make={() => invoke('repatriations.exportList', listFilter)} data-testid="export-list">
              {t('rep.import.exportList')}
            </SaveSpreadsheetButton>
          )}
          {writer && (
            <Tooltip title={t('rep.list.newTip')}>
              <Button type="primary" onClick={() => navigate('repatriations', 'new')} aria-keyshortcuts="Control+N">
                {t('rep.list.new')} <kbd className="kbd rep-kbd-primary">Ctrl+N</kbd>
              </Button>
            </Tooltip>
          )}
        </Space>
      </div>
      <div className="rep-filters" role="search" aria-label={t('rep.list.filters')}>
        <div className="rep-filter rep-filter-search">
          <span id="rep-search-label">{t('rep.list.search')}</span>
          <Input.Search
            ref={search}
            aria-labelledby="rep-search-label"
            allowClear={clearNamed(t('common.clearText'))}
            value={typed}
            placeholder={t('rep.list.searchPlaceholder')}
            aria-keyshortcuts="Control+K Control+F"
            enterButton={<Button icon={<SearchOutlined />} aria-label={t('common.search')} />}
            onChange={(event) => setTyped(event.target.value)}
            onSearch={(value) => {
              setTyped(value);
              change({ query: value });
            }}
          />
        </div>
        <label className="rep-filter">
          <span>{t('rep.field.stage')}</span>
          <Select
            mode="multiple"
            allowClear
            maxTagCount="responsive"
            value={filters.stages}
            placeholder={t('rep.list.allStages')}
            options={REPATRIATION_STAGES.map((stage) => ({ value: stage, label: t(`rep.stage.${stage}`) }))}
            onChange={(stages) => change({ stages })}
            style={{ width: 170 }}
          />
        </label>
        <label className="rep-filter">
          <span>{t('rep.field.direction')}</span>
          <Select
            allowClear
            value={filters.direction}
            placeholder={t('rep.list.allDirections')}
            options={(['receiving_from_kh', 'handing_over_to_kh'] as const).map((d) => ({ value: d, label: t(`rep.direction.${d}`) }))}
            onChange={(direction) => change({ direction: direction ?? null })}
            style={{ width: 180 }}
          />
        </label>
        <DateRangeFilter
          className="rep-filter"
          label={t('rep.list.period')}
          fromLabel={t('rep.list.from')}
          toLabel={t('rep.list.to')}
          value={filters.period}
          onChange={(period) => change({ period })}
          width={112}
        />
        <label className="rep-filter">
          <span>{t('rep.field.gate')}</span>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            value={filters.gateCode}
            placeholder={t('rep.list.allGates')}
            options={ref.options(GATE)}
            onChange={(gateCode) => change({ gateCode: gateCode ?? null })}
            style={{ width: 170 }}
            popupMatchSelectWidth={300}
          />
        </label>
        <div className="rep-filter rep-filter-checks">
          <Checkbox checked={filters.childrenOnly} onChange={(event) => change({ childrenOnly: event.target.checked })}>
            {t('rep.list.childrenOnly')}
          </Checkbox>
          <Checkbox checked={filters.overdueOnly} onChange={(event) => change({ overdueOnly: event.target.checked })}>
            {t('rep.list.overdueOnly')}
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
              {t('rep.list.clear')}
            </Button>
          )}
        </div>
      </div>
      {!!people.data?.length && (
        <div className="rep-people-hits" data-testid="people-hits" aria-live="polite">
          <span className="rep-people-hits-title">{t('rep.list.peopleFound')}</span>
          {people.data.map((hit) => (
            <span key={hit.id} className="rep-person-hit">
              <strong>{hit.fullNameVi}</strong>
              {hit.nameKm && ' '}
              <Km text={hit.nameKm} />
              <span className="rep-muted">
                {' '}
                · {birthText(hit.birth, t)} · {t('rep.list.caseCount', { count: hit.caseCount })}
              </span>
            </span>
          ))}
        </div>
      )}
      {error && <Alert type="error" showIcon title={pick(error.message)} style={{ marginBottom: 12 }} />}
      <Table<CaseListRow>
        size="small"
        rowKey="id"
        data-testid="case-table"
        loading={loading}
        // Rows have a "children" count: not tree data.
        expandable={{ childrenColumnName: '__tree' }}
        dataSource={data?.rows ?? []}
        // Below 992 px (150 % zoom) the direction and the two dates give way: the list never scrolls sideways.
        scroll={{ y: 'calc(100vh - 360px)', x: screens.lg ? 1090 : undefined }}
        className="rep-case-table"
        locale={{ emptyText: filtered ? (shortQueryHint(filters.query) ? pick(shortQueryHint(filters.query)!) : t('rep.list.emptyFiltered')) : t('rep.list.empty') }}
        // The whole row opens the case for the mouse; for the keyboard the case number's link is the row's one Tab stop.
        onRow={(row) => ({
          onClick: () => navigate('repatriations', row.id),
          className: 'rep-row',
        })}
        pagination={{
          current: page,
          pageSize,
          total: data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [50, 100, 200, 500],
          showTotal: (total) => t('rep.list.total', { count: total }),
          onChange: (next, size) => {
            setPage(size !== pageSize ? 1 : next);
            setPageSize(size);
          },
        }}
        columns={[
          {
            title: t('rep.field.caseNumber'),
            dataIndex: 'caseNumber',
            width: 124,
            render: (value: string, row) => (
              <a href={`#/repatriations/${row.id}`} onClick={(event) => event.stopPropagation()} className="tabular rep-nowrap">
                {value}
              </a>
            ),
          },
          { title: t('rep.field.direction'), dataIndex: 'direction', width: 116, responsive: ['lg'], render: (d: RepatriationDirection) => t(`rep.directionShort.${d}`) },
          { title: t('rep.field.stage'), dataIndex: 'stage', width: screens.lg ? 160 : 184, render: (stage: RepatriationStage) => <StageTag stage={stage} /> },
          { title: t('rep.list.requestedShort'), dataIndex: 'requestedOn', width: 96, responsive: ['lg'], render: (d: string) => <span className="tabular">{formatDate(d)}</span> },
          {
            title: t('rep.list.agreedShort'),
            dataIndex: 'agreedDate',
            width: 100,
            responsive: ['lg'],
            render: (d: string | null) => <span className="tabular">{formatDate(d) || t('common.none')}</span>,
          },
          {
            title: t('rep.field.gate'),
            dataIndex: 'gateCode',
            ellipsis: { showTitle: true },
            render: (code: string | null) => (code ? ref.shortLabel(GATE, code) : t('common.none')),
          },
          { title: t('rep.list.persons'), dataIndex: 'persons', width: 76, align: 'right' },
          {
            title: t('rep.list.children'),
            dataIndex: 'children',
            width: 96,
            render: (count: number) => (count ? <ChildBadge count={count} /> : <span className="rep-muted">0</span>),
          },
          {
            title: t('rep.field.verificationDeadline'),
            dataIndex: 'verificationDeadline',
            width: 108,
            render: (d: string | null, row) => (
              <span className="rep-deadline">
                <span className="tabular">{formatDate(d) || t('common.none')}</span>
                {row.overdue && <OverdueTag />}
              </span>
            ),
          },
          { title: t('rep.list.approval'), dataIndex: 'approved', width: screens.lg ? 124 : 140, render: (approved: boolean) => <ApprovedTag approved={approved} /> },
        ]}
      />
    </section>
  );
}

/** "12/04/1999", "năm 1990", "khoảng 16 tuổi (05/03/2026)", or "chưa rõ". */
export function birthText(birth: PersonHit['birth'], t: TFunction): string {
  if (birth.exact) return formatDate(birth.exact);
  if (birth.year) return t('rep.birth.yearOnly', { year: birth.year });
  if (birth.estimatedAge) return t('rep.birth.about', { years: birth.estimatedAge.years, at: formatDate(birth.estimatedAge.at) });
  return t('rep.birth.unknown');
}
