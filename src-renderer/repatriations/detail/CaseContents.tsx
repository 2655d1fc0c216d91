import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Bilingual, CaseMemberView, CaseView } from '../../../src-shared/contract/index.js';
import { invoke } from '../../bridge/engine.js';
import { pick } from '../../i18n/index.js';
import { AttachmentsPanel } from '../../records/AttachmentsPanel.js';
import { CASE_RECORD } from '../record-kind.js';
import { SaveSpreadsheetButton } from '../SaveSpreadsheet.js';
import { CaseTabs } from './CaseTabs.js';
import { DelegationsTable, InternalHandoverFacts, ItemsTable, ReferralsTable } from './HandoverTables.js';
import { HistoryTable } from './HistoryTable.js';
import { IssuedDocuments } from './IssuedDocuments.js';
import { PersonsTable } from './PersonsTable.js';

/**
 * The case's contents, one tab each: persons (with adding, importing and exporting the list), delegations, items,
 * referrals, the internal handover, files, issued documents and history. A tab whose list the engine found
 * wanting is marked ⚠ and says why above the list.
 */
export function CaseContents({
  view,
  writer,
  problems,
  tab,
  onTab,
  onChange,
  onPerson,
  onImport,
  onRemovePerson,
}: {
  view: CaseView;
  writer: boolean;
  problems: Record<string, Bilingual> | null;
  tab: string;
  onTab: (key: string) => void;
  onChange: (view: CaseView) => void;
  /** Opens the person dialog: a new person (null) or one of the case's. */
  onPerson: (member: CaseMemberView | null) => void;
  onImport: () => void;
  onRemovePerson: (member: CaseMemberView) => void;
}) {
  const { t } = useTranslation();
  const warn = (key: string) => (problems?.[key] ? ' ⚠' : '');
  const problem = (key: string) => problems?.[key] && <div className="rep-error-text">{pick(problems[key])}</div>;
  return (
    <CaseTabs
      label={t('rep.detail.tabsLabel')}
      active={tab}
      onChange={onTab}
      items={[
        {
          key: 'persons',
          label: t('rep.detail.tabPersons', { count: view.members.length }) + warn('members'),
          children: (
            <>
              {problem('members')}
              {writer && (
                <Space className="toolbar">
                  <Button onClick={() => onPerson(null)} data-testid="detail-add-person">
                    {t('rep.form.addPerson')}
                  </Button>
                  <Button onClick={onImport} data-testid="import-list">
                    {t('rep.import.open')}
                  </Button>
                  <SaveSpreadsheetButton make={() => invoke('repatriations.exportPeople', { id: view.id })} data-testid="export-people" disabled={!view.members.length}>
                    {t('rep.import.exportPeople')}
                  </SaveSpreadsheetButton>
                </Space>
              )}
              <PersonsTable view={view} writer={writer} onEdit={onPerson} onRemove={onRemovePerson} />
            </>
          ),
        },
        {
          key: 'delegations',
          label: t('rep.detail.tabDelegations', { count: view.delegations.length }) + warn('delegations'),
          children: (
            <>
              {problem('delegations')}
              <DelegationsTable view={view} />
            </>
          ),
        },
        { key: 'items', label: t('rep.detail.tabItems', { count: view.items.length }), children: <ItemsTable view={view} /> },
        {
          key: 'referrals',
          label: t('rep.detail.tabReferrals', { count: view.referrals.length }) + warn('referrals'),
          children: (
            <>
              {problem('referrals')}
              <ReferralsTable view={view} />
            </>
          ),
        },
        ...(view.direction === 'receiving_from_kh' ? [{ key: 'internal', label: t('rep.form.internal'), children: <InternalHandoverFacts view={view} /> }] : []),
        {
          key: 'files',
          label: t('rep.detail.tabFiles', { count: view.attachments.length }),
          children: <AttachmentsPanel kindUi={CASE_RECORD} view={view} canAdd={writer} onChange={onChange} />,
        },
        { key: 'documents', label: t('rep.detail.tabDocuments', { count: view.documents.length }), children: <IssuedDocuments view={view} /> },
        { key: 'history', label: t('rep.detail.tabHistory', { count: view.history.length + view.review.events.length }), children: <HistoryTable view={view} /> },
      ]}
    />
  );
}
