import { Alert, App as AntApp, Button, Descriptions, Dropdown, Input, Modal, Space, Steps, Table, Tabs, Tooltip, Typography } from 'antd';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES,
  type AppError,
  type Bilingual,
  type CaseMemberView,
  type CaseView,
  type RepatriationStage,
} from '../../src-shared/contract/index.js';
import { StatusTag } from '../app/StatusTag.js';
import { navigate } from '../app/router.js';
import { invoke } from '../bridge/engine.js';
import { needsNotice } from '../forms/engine-errors.js';
import { formatDateTime, pick } from '../i18n/index.js';
import { hasRole, useSession } from '../session/session-context.js';
import { birthText } from './CaseList.js';
import { conflictOf } from './ConflictNotice.js';
import { useAskReason } from './form-parts.js';
import { ImportDialog } from './ImportDialog.js';
import { APPROVABLE, base64ToBlob, formatBytes, formatDate, formatDateTimeShort, MAIN_STAGES, NEXT_STAGES, readBase64 } from './model.js';
import { PersonForm, type MemberDraft } from './PersonForm.js';
import { SaveSpreadsheetButton } from './SaveSpreadsheet.js';
import { PrintPreview, type PrintedDocument } from './PrintPreview.js';
import { GATE, useReferenceData, V } from './reference-data.js';
import { ApprovedTag, ChildBadge, OverdueTag, StageTag } from './tags.js';

type Dialog =
  | { kind: 'move'; to: RepatriationStage }
  | { kind: 'person'; member: CaseMemberView | null }
  | { kind: 'import' }
  | { kind: 'delete' }
  | { kind: 'print'; document: PrintedDocument }
  | { kind: 'attachment'; name: string; url: string; type: string }
  | null;

/**
 * One case, opened (the engine audits the opening): where it stands in the workflow and who moved it, the
 * persons (children marked), both delegations, what was handed over, referrals, files and issued documents —
 * and the actions the person's role allows.
 */
export function CaseDetail({
  view,
  onChange,
  onEditWith,
}: {
  view: CaseView;
  onChange: (view: CaseView) => void;
  /** Opens the edit form with the engine's messages placed beside the fields. */
  onEditWith: (errors?: Record<string, Bilingual>) => void;
}) {
  const { t } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const { session } = useSession();
  const ref = useReferenceData();
  const askReason = useAskReason();
  const writer = hasRole(session, 'officer', 'liaison', 'commander');
  const commander = hasRole(session, 'commander');
  const printer = hasRole(session, 'liaison', 'commander');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [missing, setMissing] = useState<Record<string, Bilingual> | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [tab, setTab] = useState('persons');

  useEffect(() => {
    setMissing(null);
    setError(null);
  }, [view.id]);

  /** Runs a change; on a stale version says who changed the case and shows the stored case (nothing typed is lost here). */
  const run = async <T,>(label: string, call: () => Promise<{ ok: true; value: T } | { ok: false; error: AppError }>): Promise<T | null> => {
    setBusy(label);
    const result = await call();
    setBusy(null);
    if (!result.ok) {
      setError(result.error);
      const conflict = result.error.code === 'conflict' ? conflictOf(result.error.detail) : null;
      if (conflict) onChange(conflict.current);
      return null;
    }
    setError(null);
    return result.value;
  };

  const reasonIfApproved = async (): Promise<string | null> => (view.approved ? askReason() : '');

  const move = async (to: RepatriationStage, note: string) => {
    setBusy('move');
    const result = await invoke('repatriations.move', { id: view.id, version: view.version, to, note });
    setBusy(null);
    if (!result.ok) {
      if (result.error.code === 'rule_violation' && result.error.fields) {
        setMissing(result.error.fields);
        setError(null);
      } else setError(result.error);
      if (result.error.code === 'conflict') {
        const conflict = conflictOf(result.error.detail);
        if (conflict) onChange(conflict.current);
      }
      setDialog(null);
      return;
    }
    setMissing(null);
    setError(null);
    setDialog(null);
    void message.success(t('rep.detail.moved', { stage: t(`rep.stage.${to}`) }));
    onChange(result.value);
  };

  const approve = () =>
    modal.confirm({
      title: t('rep.detail.approveTitle', { number: view.caseNumber }),
      content: t('rep.detail.approveText'),
      okText: t('rep.detail.approve'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const next = await run('approve', () => invoke('repatriations.approve', { id: view.id, version: view.version }));
        if (next) {
          void message.success(t('rep.detail.approved'));
          onChange(next);
        }
      },
    });

  const print = async (template: 'handover_minutes' | 'internal_handover') => {
    const printed = await run('print', () => invoke('repatriations.print', { id: view.id, template }));
    if (!printed) return;
    const title = t(`rep.print.templates.${template}`);
    setDialog({ kind: 'print', document: { ...printed, title, fileName: `${printed.number.replace(/[^\p{L}\p{N}-]+/gu, '_')}_${view.caseNumber}.pdf` } });
    // The register number is now in the case's issued documents.
    const fresh = await invoke('repatriations.get', { id: view.id });
    if (fresh.ok) onChange(fresh.value);
  };

  const saveMember = async (draft: MemberDraft, member: CaseMemberView | null): Promise<AppError | null> => {
    const amendmentReason = await reasonIfApproved();
    if (amendmentReason === null) return null;
    const result =
      member && 'person' in draft
        ? await invoke('repatriations.updateMember', {
            id: view.id,
            version: view.version,
            personId: member.person.id,
            personVersion: member.person.version,
            person: draft.person,
            participation: draft.participation,
            amendmentReason,
          })
        : await invoke('repatriations.addMembers', {
            id: view.id,
            version: view.version,
            members: ['personId' in draft ? { personId: draft.personId, participation: draft.participation } : { person: draft.person, participation: draft.participation }],
            amendmentReason,
          });
    if (!result.ok) {
      const conflict = result.error.code === 'conflict' ? conflictOf(result.error.detail) : null;
      if (conflict) {
        onChange(conflict.current);
        return { ...result.error, message: { vi: `${result.error.message.vi} ${t('rep.detail.conflictRetry', { lng: 'vi', who: conflict.updatedBy })}`, en: `${result.error.message.en} ${t('rep.detail.conflictRetry', { lng: 'en', who: conflict.updatedBy })}` } };
      }
      // "members.0.person.sex" (add) → "person.sex"; "member.person.sex" (update) likewise.
      const fields = Object.fromEntries(Object.entries(result.error.fields ?? {}).map(([path, text]) => [path.replace(/^members?\.(\d+\.)?/, ''), text]));
      return { ...result.error, fields };
    }
    setDialog(null);
    void message.success(t('common.saved'));
    onChange(result.value);
    return null;
  };

  const removeMember = (member: CaseMemberView) =>
    modal.confirm({
      title: t('rep.detail.removeTitle', { name: member.person.fullNameVi }),
      content: t('rep.detail.removeText'),
      okText: t('common.remove'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        const amendmentReason = await reasonIfApproved();
        if (amendmentReason === null) return;
        const next = await run('remove', () => invoke('repatriations.removeMember', { id: view.id, version: view.version, personId: member.person.id, amendmentReason }));
        if (next) onChange(next);
      },
    });

  const next = NEXT_STAGES[view.stage];
  const forward = next.filter((stage) => stage !== 'cancelled' && MAIN_STAGES.indexOf(stage) > MAIN_STAGES.indexOf(view.stage));
  const other = next.filter((stage) => !forward.includes(stage));
  const miss = (field: string) => missing?.[field] && <div className="rep-error-text" role="alert">{pick(missing[field])}</div>;
  const children = view.members.filter((m) => m.child).length;
  const minutes = view.documents.find((doc) => doc.template === 'handover_minutes');

  return (
    <section aria-labelledby="rep-case-title" className="rep-detail">
      <div className="page-heading rep-detail-heading">
        <div>
          <Button type="link" className="rep-back" onClick={() => navigate('repatriations')}>
            ← {t('rep.detail.back')}
          </Button>
          <Typography.Title level={2} id="rep-case-title" className="page-title rep-case-title">
            <span className="tabular">{view.caseNumber}</span>
            <span className="rep-case-direction">{t(`rep.direction.${view.direction}`)}</span>
          </Typography.Title>
          <Space wrap size={6} className="rep-case-tags">
            <StageTag stage={view.stage} />
            <ApprovedTag approved={!!view.approved} />
            {view.overdue && <OverdueTag />}
            {children > 0 && <ChildBadge count={children} />}
            <span className="rep-muted">{t('rep.detail.persons', { count: view.members.length })}</span>
          </Space>
        </div>
        <Space wrap className="rep-actions">
          {writer && forward.map((stage) => (
            <Button key={stage} type="primary" loading={busy === 'move'} onClick={() => setDialog({ kind: 'move', to: stage })} data-testid={`move-${stage}`}>
              {t('rep.detail.moveTo', { stage: t(`rep.stage.${stage}`) })}
            </Button>
          ))}
          {writer && (
            <Button onClick={() => onEditWith()} data-testid="edit-case">
              {t('rep.detail.edit')}
            </Button>
          )}
          {commander && !view.approved && APPROVABLE.includes(view.stage) && (
            <Button onClick={approve} loading={busy === 'approve'} data-testid="approve">
              {t('rep.detail.approve')}
            </Button>
          )}
          {printer && (
            <Space.Compact>
              <Tooltip title={t('rep.print.minutesTip')}>
                <Button onClick={() => void print('handover_minutes')} loading={busy === 'print'} data-testid="print-minutes">
                  {t('rep.print.minutes')}
                </Button>
              </Tooltip>
              <Dropdown
                trigger={['click']}
                menu={{
                  items: [
                    { key: 'handover_minutes', label: t('rep.print.templates.handover_minutes') },
                    { key: 'internal_handover', label: t('rep.print.templates.internal_handover'), disabled: view.direction !== 'receiving_from_kh' },
                  ],
                  onClick: ({ key }) => void print(key as 'handover_minutes' | 'internal_handover'),
                }}
              >
                <Button aria-label={t('rep.print.choose')}>▾</Button>
              </Dropdown>
            </Space.Compact>
          )}
          {(writer && other.length > 0) || commander ? (
            <Dropdown
              trigger={['click']}
              menu={{
                items: [
                  ...(writer ? other.map((stage) => ({ key: `move:${stage}`, label: t('rep.detail.moveTo', { stage: t(`rep.stage.${stage}`) }), danger: stage === 'cancelled' })) : []),
                  ...(commander ? [{ key: 'delete', label: t('rep.detail.delete'), danger: true }] : []),
                ],
                onClick: ({ key }) => (key === 'delete' ? setDialog({ kind: 'delete' }) : setDialog({ kind: 'move', to: key.slice(5) as RepatriationStage })),
              }}
            >
              <Button aria-label={t('rep.detail.more')}>{t('rep.detail.more')} ▾</Button>
            </Dropdown>
          ) : null}
        </Space>
      </div>

      {error && needsNotice(error) && (
        <Alert
          type={error.code === 'conflict' ? 'warning' : 'error'}
          showIcon
          role="alert"
          closable={{ onClose: () => setError(null) }}
          title={error.code === 'conflict' ? t('rep.detail.conflict', { who: conflictOf(error.detail)?.updatedBy ?? '', when: formatDateTime(conflictOf(error.detail)?.updatedAt ?? '') }) : pick(error.message)}
          description={error.code !== 'conflict' && error.fields ? Object.values(error.fields).map((m) => pick(m)).join(' ') : undefined}
          style={{ marginBottom: 12 }}
          data-testid="detail-error"
        />
      )}
      {missing && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          data-testid="missing"
          title={t('rep.detail.missingTitle')}
          description={
            <ul className="rep-missing-list">
              {Object.entries(missing).map(([field, text]) => (
                <li key={field}>
                  <strong>{t(`rep.field.${field}`, { defaultValue: field })}</strong>: {pick(text)}
                </li>
              ))}
            </ul>
          }
          action={
            writer && (
              <Button onClick={() => onEditWith(missing)} data-testid="fill-missing">
                {t('rep.detail.fillMissing')}
              </Button>
            )
          }
          style={{ marginBottom: 12 }}
        />
      )}

      <StageSteps view={view} />

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
          { key: 'source', label: t('rep.field.requestSource'), span: 2, children: `${t(`rep.source.${view.requestSource}`)}${view.counterpartReference ? ` · ${view.counterpartReference}` : ''}` },
          { key: 'agreedDate', label: t('rep.field.agreedDate'), children: <><span className="rep-nowrap">{formatDate(view.agreedDate) || t('common.none')}</span>{miss('agreedDate')}</> },
          { key: 'handoverAt', label: t('rep.field.handoverAt'), children: <><span className="rep-nowrap">{formatDateTimeShort(view.handoverAt) || t('common.none')}</span>{miss('handoverAt')}</> },
          { key: 'gate', label: t('rep.field.gate'), children: <>{view.gateCode ? ref.label(GATE, view.gateCode) : t('common.none')}{miss('gateCode')}</> },
          { key: 'transport', label: t('rep.field.transportMode'), children: <>{view.transportMode ? ref.label(V.transport, view.transportMode) : t('common.none')}{miss('transportMode')}</> },
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
          ...(view.approved ? [{ key: 'approved', label: t('rep.detail.approvedBy'), span: 4, children: t('rep.detail.approvedLine', { who: view.approved.by, when: formatDateTime(view.approved.at) }) }] : []),
        ]}
      />

      <Tabs
        activeKey={tab}
        onChange={setTab}
        className="rep-tabs"
        items={[
          {
            key: 'persons',
            label: <>{t('rep.detail.tabPersons', { count: view.members.length })}{missing?.members && ' ⚠'}</>,
            children: (
              <>
                {miss('members')}
                {writer && (
                  <Space className="toolbar">
                    <Button onClick={() => setDialog({ kind: 'person', member: null })} data-testid="detail-add-person">
                      {t('rep.form.addPerson')}
                    </Button>
                    <Button onClick={() => setDialog({ kind: 'import' })} data-testid="import-list">
                      {t('rep.import.open')}
                    </Button>
                    <SaveSpreadsheetButton make={() => invoke('repatriations.exportPeople', { id: view.id })} data-testid="export-people" disabled={!view.members.length}>
                      {t('rep.import.exportPeople')}
                    </SaveSpreadsheetButton>
                  </Space>
                )}
                <PersonsTable view={view} writer={writer} onEdit={(member) => setDialog({ kind: 'person', member })} onRemove={removeMember} />
              </>
            ),
          },
          {
            key: 'delegations',
            label: <>{t('rep.detail.tabDelegations', { count: view.delegations.length })}{missing?.delegations && ' ⚠'}</>,
            children: (
              <>
                {miss('delegations')}
                <Table
                  size="small"
                  rowKey={(_, i) => String(i)}
                  pagination={false}
                  dataSource={view.delegations}
                  locale={{ emptyText: t('rep.detail.none') }}
                  columns={[
                    { title: t('rep.delegation.side'), dataIndex: 'side', width: 140, render: (side: 'VN' | 'KH') => t(`rep.side.${side}`) },
                    { title: t('rep.delegation.name'), dataIndex: 'name', render: (name: string) => <span className="rep-km-capable">{name}</span> },
                    { title: t('rep.delegation.rank'), dataIndex: 'rank' },
                    { title: t('rep.delegation.position'), dataIndex: 'position' },
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
              </>
            ),
          },
          {
            key: 'items',
            label: t('rep.detail.tabItems', { count: view.items.length }),
            children: (
              <Table
                size="small"
                rowKey={(_, i) => String(i)}
                pagination={false}
                dataSource={view.items}
                locale={{ emptyText: t('rep.detail.none') }}
                columns={[
                  { title: t('rep.item.kind'), dataIndex: 'kind', width: 140, render: (kind: string) => t(`rep.item.${kind}`) },
                  { title: t('rep.item.description'), dataIndex: 'description' },
                  { title: t('rep.item.quantity'), dataIndex: 'quantity', width: 90, align: 'right' },
                  { title: t('rep.item.owner'), dataIndex: 'personId', render: (id: string | null) => (id ? (view.members.find((m) => m.person.id === id)?.person.fullNameVi ?? id) : t('common.none')) },
                ]}
              />
            ),
          },
          {
            key: 'referrals',
            label: <>{t('rep.detail.tabReferrals', { count: view.referrals.length })}{missing?.referrals && ' ⚠'}</>,
            children: (
              <>
                {miss('referrals')}
                <Table
                  size="small"
                  rowKey={(_, i) => String(i)}
                  pagination={false}
                  dataSource={view.referrals}
                  locale={{ emptyText: t('rep.detail.none') }}
                  columns={[
                    { title: t('rep.referral.person'), dataIndex: 'personId', render: (id: string) => view.members.find((m) => m.person.id === id)?.person.fullNameVi ?? id },
                    { title: t('rep.referral.service'), dataIndex: 'service', render: (code: string) => ref.label(V.service, code) },
                    { title: t('rep.referral.provider'), dataIndex: 'provider' },
                    { title: t('rep.referral.on'), dataIndex: 'referredOn', render: (d: string | null) => formatDate(d) || t('common.none') },
                    { title: t('rep.referral.status'), dataIndex: 'status', render: (s: string) => t(`rep.referral.statuses.${s}`) },
                  ]}
                />
              </>
            ),
          },
          ...(view.direction === 'receiving_from_kh'
            ? [
                {
                  key: 'internal',
                  label: t('rep.form.internal'),
                  children: view.internalHandover ? (
                    <Descriptions
                      size="small"
                      bordered
                      column={2}
                      items={[
                        { key: 'giver', label: t('rep.internal.giverUnit'), children: view.internalHandover.giverUnit || t('common.none') },
                        { key: 'receiver', label: t('rep.internal.receiverUnit'), children: view.internalHandover.receiverUnit },
                        { key: 'at', label: t('rep.internal.at'), children: formatDateTimeShort(view.internalHandover.at) || t('common.none') },
                        { key: 'place', label: t('rep.internal.place'), children: view.internalHandover.place || t('common.none') },
                        {
                          key: 'members',
                          label: t('rep.internal.members'),
                          span: 2,
                          children: view.internalHandover.receiverMembers.map((m) => `${m.rank ? `${m.rank} ` : ''}${m.name}${m.position ? ` (${m.position})` : ''}${m.isHead ? ` — ${t('rep.delegation.head')}` : ''}`).join('; ') || t('common.none'),
                        },
                      ]}
                    />
                  ) : (
                    <Typography.Paragraph type="secondary">{t('rep.internal.none')}</Typography.Paragraph>
                  ),
                },
              ]
            : []),
          {
            key: 'files',
            label: t('rep.detail.tabFiles', { count: view.attachments.length }),
            children: <Attachments view={view} writer={writer} onChange={onChange} onOpen={(file) => setDialog({ kind: 'attachment', ...file })} />,
          },
          {
            key: 'documents',
            label: t('rep.detail.tabDocuments', { count: view.documents.length }),
            children: (
              <Table
                size="small"
                rowKey="number"
                pagination={false}
                dataSource={view.documents}
                data-testid="issued-documents"
                locale={{ emptyText: t('rep.detail.noDocuments') }}
                columns={[
                  { title: t('rep.print.number'), dataIndex: 'number', render: (n: string) => <strong className="tabular">{n}</strong> },
                  { title: t('rep.print.template'), dataIndex: 'template', render: (tpl: string) => t(`rep.print.templates.${tpl}`, { defaultValue: tpl }) },
                  { title: t('rep.print.issuedAt'), dataIndex: 'issuedAt', render: (at: string) => formatDateTime(at) },
                  { title: t('rep.print.issuedBy'), dataIndex: 'issuedBy' },
                  { title: t('rep.print.hash'), dataIndex: 'contentHash', render: (h: string) => <code>{h.slice(0, 16)}</code> },
                ]}
              />
            ),
          },
          {
            key: 'history',
            label: t('rep.detail.tabHistory', { count: view.history.length }),
            children: (
              <Table
                size="small"
                rowKey={(_, i) => String(i)}
                pagination={false}
                dataSource={[...view.history].reverse()}
                columns={[
                  { title: t('rep.history.at'), dataIndex: 'at', width: 170, render: (at: string) => <span className="tabular">{formatDateTime(at)}</span> },
                  { title: t('rep.history.step'), key: 'step', render: (_, h) => (h.from ? <>{t(`rep.stage.${h.from}`)} → <StageTag stage={h.to} /></> : <StageTag stage={h.to} />) },
                  { title: t('rep.history.by'), dataIndex: 'by' },
                  { title: t('rep.history.note'), dataIndex: 'note' },
                ]}
              />
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" className="rep-footnote">
        {t('rep.detail.footnote', { created: formatDateTime(view.createdAt), createdBy: view.createdBy, updated: formatDateTime(view.updatedAt), updatedBy: view.updatedBy })}
        {minutes && ` · ${t('rep.detail.minutesIssued', { number: minutes.number })}`}
      </Typography.Paragraph>

      {dialog?.kind === 'move' && <MoveDialog to={dialog.to} busy={busy === 'move'} onMove={(note) => void move(dialog.to, note)} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'person' && (
        <PersonForm
          title={dialog.member ? t('rep.person.editTitle') : t('rep.person.addTitle')}
          initial={
            dialog.member
              ? {
                  person: (({ id: _id, version: _version, ...person }) => person)(dialog.member.person),
                  participation: dialog.member.participation,
                }
              : undefined
          }
          eventDate={view.eventDate}
          allowLink={!dialog.member}
          onSubmit={(draft) => saveMember(draft, dialog.member)}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'import' && (
        <ImportDialog
          view={view}
          onAdded={(next) => {
            setDialog(null);
            onChange(next);
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'delete' && (
        <DeleteDialog
          view={view}
          onDeleted={() => {
            setDialog(null);
            void message.success(t('rep.detail.deleted', { number: view.caseNumber }));
            navigate('repatriations');
          }}
          onClose={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'print' && <PrintPreview document={dialog.document} onClose={() => setDialog(null)} />}
      {dialog?.kind === 'attachment' && (
        <Modal
          open
          title={dialog.name}
          width="min(1100px, 96vw)"
          onCancel={() => {
            URL.revokeObjectURL(dialog.url);
            setDialog(null);
          }}
          footer={
            <Button href={dialog.url} download={dialog.name}>
              {t('rep.files.download')}
            </Button>
          }
        >
          {dialog.type === 'application/pdf' ? <iframe title={dialog.name} src={dialog.url} className="rep-pdf-frame" /> : <img src={dialog.url} alt={dialog.name} className="rep-image" />}
        </Modal>
      )}
    </section>
  );
}

/** The workflow as steps: each reached step says who moved it there and when. */
function StageSteps({ view }: { view: CaseView }) {
  const { t } = useTranslation();
  const cancelled = view.stage === 'cancelled';
  const stages: RepatriationStage[] = cancelled
    ? [...MAIN_STAGES.filter((s) => view.history.some((h) => h.to === s)), 'cancelled']
    : [...MAIN_STAGES];
  const current = stages.indexOf(view.stage);
  return (
    <Steps
      size="small"
      className="rep-steps"
      current={current}
      status={cancelled ? 'error' : view.stage === 'closed' ? 'finish' : 'process'}
      items={stages.map((stage) => {
        const last = [...view.history].reverse().find((h) => h.to === stage);
        return {
          title: t(`rep.stage.${stage}`),
          content: last ? (
            <span className="rep-step-who">
              {formatDateTime(last.at).slice(0, 16)} · {last.by}
              {last.note && (
                <>
                  <br />
                  <em>{last.note}</em>
                </>
              )}
            </span>
          ) : undefined,
        };
      })}
    />
  );
}

function PersonsTable({ view, writer, onEdit, onRemove }: { view: CaseView; writer: boolean; onEdit: (m: CaseMemberView) => void; onRemove: (m: CaseMemberView) => void }) {
  const { t } = useTranslation();
  const ref = useReferenceData();
  return (
    <Table<CaseMemberView>
      size="small"
      rowKey={(m) => m.person.id}
      dataSource={view.members}
      data-testid="persons-table"
      pagination={view.members.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
      rowClassName={(m) => (m.child ? 'rep-row-child' : '')}
      locale={{ emptyText: t('rep.form.noPersons') }}
      columns={[
        { title: t('rep.person.no'), key: 'no', width: 50, render: (_, __, i) => i + 1 },
        { title: t('rep.person.fullNameVi'), key: 'name', render: (_, m) => <strong>{m.person.fullNameVi}</strong> },
        { title: t('rep.person.nameKm'), key: 'km', render: (_, m) => <span className="rep-km">{m.person.nameKm}</span> },
        { title: t('rep.person.sex'), key: 'sex', width: 80, render: (_, m) => ref.label(V.sex, m.person.sex) },
        {
          title: t('rep.person.ageBirth'),
          key: 'age',
          width: 220,
          render: (_, m) => (
            <Space size={6} wrap>
              <span>
                {m.ageYears !== null ? t(m.ageExact ? 'rep.person.age' : 'rep.person.ageAbout', { years: m.ageYears }) : t('rep.person.ageUnknownShort')}
                <span className="rep-muted"> · {birthText(m.person.birth, t)}</span>
              </span>
              {m.child && <ChildBadge />}
            </Space>
          ),
        },
        { title: t('rep.person.role'), key: 'role', width: 150, render: (_, m) => ref.label(V.role, m.participation.role) },
        { title: t('rep.person.nationality'), key: 'nat', width: 110, render: (_, m) => ref.label(V.nationality, m.person.nationality) },
        { title: t('rep.person.health'), key: 'health', width: 150, render: (_, m) => ref.label(V.health, m.participation.healthStatus) },
        ...(writer
          ? [
              {
                title: t('rep.form.actions'),
                key: 'actions',
                width: 130,
                render: (_: unknown, m: CaseMemberView) => (
                  <Space size={4}>
                    <Button size="small" onClick={() => onEdit(m)} aria-label={`${t('common.edit')} ${m.person.fullNameVi}`}>
                      {t('common.edit')}
                    </Button>
                    <Button size="small" danger onClick={() => onRemove(m)} aria-label={`${t('common.remove')} ${m.person.fullNameVi}`}>
                      {t('common.remove')}
                    </Button>
                  </Space>
                ),
              },
            ]
          : []),
      ]}
    />
  );
}

function MoveDialog({ to, busy, onMove, onClose }: { to: RepatriationStage; busy: boolean; onMove: (note: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  return (
    <Modal
      open
      title={t('rep.detail.moveTitle', { stage: t(`rep.stage.${to}`) })}
      onCancel={onClose}
      okText={t('rep.detail.moveOk')}
      cancelText={t('common.cancel')}
      okButtonProps={{ loading: busy, danger: to === 'cancelled' }}
      onOk={() => onMove(note)}
    >
      <label className="rep-block-label">
        <span>{t('rep.detail.moveNote')}</span>
        <Input
          autoFocus
          value={note}
          maxLength={500}
          onChange={(event) => setNote(event.target.value)}
          onPressEnter={() => onMove(note)}
        />
      </label>
    </Modal>
  );
}

function DeleteDialog({ view, onDeleted, onClose }: { view: CaseView; onDeleted: () => void; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    const result = await invoke('repatriations.delete', { id: view.id, version: view.version, reason });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onDeleted();
  };
  return (
    <Modal
      open
      title={t('rep.detail.deleteTitle', { number: view.caseNumber })}
      onCancel={onClose}
      okText={t('rep.detail.delete')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger: true, loading: busy }}
      onOk={() => void submit()}
    >
      <p>{t('rep.detail.deleteText')}</p>
      <label className="rep-block-label">
        <span>{t('rep.detail.deleteReason')}</span>
        <Input.TextArea autoFocus rows={3} value={reason} maxLength={500} onChange={(event) => setReason(event.target.value)} status={error?.fields?.reason ? 'error' : undefined} />
      </label>
      {error && <div className="rep-error-text" role="alert">{pick(error.fields?.reason ?? error.message)}</div>}
    </Modal>
  );
}

/** Scans of signed minutes and photos: PDF, JPEG or PNG up to 15 MB, checked before sending. */
function Attachments({
  view,
  writer,
  onChange,
  onOpen,
}: {
  view: CaseView;
  writer: boolean;
  onChange: (view: CaseView) => void;
  onOpen: (file: { name: string; url: string; type: string }) => void;
}) {
  const { t } = useTranslation();
  const [problem, setProblem] = useState<string | null>(null);
  const [description, setDescription] = useState('');
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const upload = async (file: File) => {
    setProblem(null);
    if (!(ATTACHMENT_TYPES as readonly string[]).includes(file.type)) return setProblem(t('rep.files.wrongType', { name: file.name }));
    if (file.size > ATTACHMENT_MAX_BYTES) return setProblem(t('rep.files.tooBig', { name: file.name, size: formatBytes(file.size) }));
    setBusy(true);
    const result = await invoke('repatriations.addAttachment', {
      id: view.id,
      version: view.version,
      fileName: file.name,
      mimeType: file.type as (typeof ATTACHMENT_TYPES)[number],
      contentBase64: await readBase64(file),
      description,
    });
    setBusy(false);
    if (!result.ok) {
      const conflict = result.error.code === 'conflict' ? conflictOf(result.error.detail) : null;
      if (conflict) onChange(conflict.current);
      return setProblem(conflict ? t('rep.files.conflict', { who: conflict.updatedBy }) : [pick(result.error.message), ...Object.values(result.error.fields ?? {}).map((m) => pick(m))].join(' '));
    }
    setDescription('');
    onChange(result.value);
  };

  const open = async (id: string) => {
    const result = await invoke('repatriations.getAttachment', { id: view.id, attachmentId: id });
    if (!result.ok) return setProblem(pick(result.error.message));
    onOpen({ name: result.value.fileName, type: result.value.mimeType, url: URL.createObjectURL(base64ToBlob(result.value.contentBase64, result.value.mimeType)) });
  };

  const actions: ReactNode = writer && (
    <div className="rep-upload">
      <Input value={description} onChange={(event) => setDescription(event.target.value)} placeholder={t('rep.files.description')} aria-label={t('rep.files.description')} maxLength={300} style={{ width: 320 }} />
      <Button loading={busy} onClick={() => input.current?.click()}>
        {t('rep.files.upload')}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        accept="application/pdf,image/jpeg,image/png"
        data-testid="attachment-file"
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void upload(file);
        }}
      />
      <Typography.Text type="secondary">{t('rep.files.limits')}</Typography.Text>
    </div>
  );

  return (
    <>
      {actions}
      {problem && <Alert type="error" showIcon role="alert" title={problem} style={{ margin: '8px 0' }} data-testid="attachment-error" />}
      <Table
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={view.attachments}
        locale={{ emptyText: t('rep.files.none') }}
        columns={[
          { title: t('rep.files.name'), dataIndex: 'fileName', render: (name: string, file) => <Tooltip title={t('rep.files.open')}><Button type="link" onClick={() => void open(file.id)}>{name}</Button></Tooltip> },
          { title: t('rep.files.descriptionTitle'), dataIndex: 'description' },
          { title: t('rep.files.size'), dataIndex: 'sizeBytes', width: 90, render: (n: number) => formatBytes(n) },
          { title: t('rep.files.uploaded'), key: 'up', render: (_, file) => `${formatDateTime(file.uploadedAt)} · ${file.uploadedBy}` },
        ]}
      />
    </>
  );
}
