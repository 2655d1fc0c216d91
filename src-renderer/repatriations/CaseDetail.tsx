import { App as AntApp, Button, Modal, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Bilingual, CaseMemberView, CaseView, RepatriationStage } from '../../src-shared/contract/index.js';
import { navigate } from '../app/router.js';
import { invoke } from '../bridge/engine.js';
import { FieldErrorNotice } from '../forms/FieldErrorNotice.js';
import { formatDateTime, pick } from '../i18n/index.js';
import { hasRole, useSession } from '../session/session-context.js';
import { conflictOf } from './ConflictNotice.js';
import { Attachments } from './detail/Attachments.js';
import { CaseFacts } from './detail/CaseFacts.js';
import { CaseTabs } from './detail/CaseTabs.js';
import { DetailHeader } from './detail/DetailHeader.js';
import { DeleteDialog, MoveDialog, ReturnDialog } from './detail/dialogs.js';
import { DelegationsTable, InternalHandoverFacts, ItemsTable, ReferralsTable } from './detail/HandoverTables.js';
import { HistoryTable } from './detail/HistoryTable.js';
import { IssuedDocuments } from './detail/IssuedDocuments.js';
import { PersonsTable } from './detail/PersonsTable.js';
import { CommentThread, ReviewBanner } from './detail/ReviewPanel.js';
import { StageSteps } from './detail/StageSteps.js';
import { caseFieldName, isFormField } from './field-names.js';
import { useAskReason } from './form-parts.js';
import { ImportDialog } from './ImportDialog.js';
import { PersonForm, type MemberDraft } from './PersonForm.js';
import { SaveSpreadsheetButton } from './SaveSpreadsheet.js';
import { PrintPreview, type PrintedDocument } from './PrintPreview.js';

type Dialog =
  | { kind: 'move'; to: RepatriationStage }
  | { kind: 'person'; member: CaseMemberView | null }
  | { kind: 'import' }
  | { kind: 'delete' }
  | { kind: 'return' }
  | { kind: 'print'; document: PrintedDocument }
  | { kind: 'attachment'; name: string; url: string; type: string }
  | null;

/** Where a field error that is not on the case form is fixed: a tab here. */
const TAB_OF: Record<string, string> = { members: 'persons' };

/**
 * One case, opened (the engine audits the opening): where it stands in the workflow and in review, the persons
 * (children marked), both delegations, what was handed over, referrals, files, issued documents and history —
 * and the actions the person's role allows. Every refusal reaches the screen: a message beside the fact it is
 * about, and a notice naming each field with a way to go to it.
 */
export function CaseDetail({
  view,
  onChange,
  onEditWith,
}: {
  view: CaseView;
  onChange: (view: CaseView) => void;
  /** Opens the edit form with the engine's messages beside the fields, focusing `focus`. */
  onEditWith: (errors?: Record<string, Bilingual>, focus?: string) => void;
}) {
  const { t } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const { session } = useSession();
  const askReason = useAskReason();
  const writer = hasRole(session, 'officer', 'liaison', 'commander');
  const commander = hasRole(session, 'commander');
  const printer = hasRole(session, 'liaison', 'commander');
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [tab, setTab] = useState('persons');

  useEffect(() => setError(null), [view.id]);

  /** Runs a change; a refusal is kept for the notice; a stale version shows the stored case (nothing typed is lost here). */
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
    setDialog(null);
    const next = await run('move', () => invoke('repatriations.move', { id: view.id, version: view.version, to, note }));
    if (!next) return;
    void message.success(t('rep.detail.moved', { stage: t(`rep.stage.${to}`) }));
    onChange(next);
  };

  const submit = async () => {
    const next = await run('submit', () => invoke('repatriations.submit', { id: view.id, version: view.version }));
    if (!next) return;
    void message.success(t('rep.review.submitted'));
    onChange(next);
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
    const title = t(template === 'handover_minutes' ? 'rep.print.templates.handover_minutes' : 'rep.print.templates.internal_handover');
    setDialog({ kind: 'print', document: { ...printed, title, fileName: `${printed.number.replace(/[^\p{L}\p{N}-]+/gu, '_')}_${view.caseNumber}.pdf` } });
    // The register number is now in the case's issued documents.
    const fresh = await invoke('repatriations.get', { id: view.id });
    if (fresh.ok) onChange(fresh.value);
  };

  /** "Go to the field": a list on a tab here, or the field on the case form (opened with every message placed). */
  const goTo = (path: string) => {
    const head = path.replace(/^fields\./, '').split('.')[0];
    if (isFormField(head)) return onEditWith(error?.fields, path);
    const tabKey = TAB_OF[head];
    if (!tabKey) return;
    setTab(tabKey);
    document.querySelector<HTMLElement>(`[data-testid="tab-${tabKey}"]`)?.focus();
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

  const problems = error?.code === 'rule_violation' ? (error.fields ?? null) : null;
  const minutes = view.documents.find((doc) => doc.template === 'handover_minutes');
  const warn = (key: string) => (problems?.[key] ? ' ⚠' : '');

  return (
    <section aria-labelledby="rep-case-title" className="rep-detail">
      <DetailHeader
        view={view}
        roles={{ writer, commander, printer }}
        busy={busy}
        actions={{
          move: (to) => setDialog({ kind: 'move', to }),
          edit: () => onEditWith(),
          submit: () => void submit(),
          approve,
          return: () => setDialog({ kind: 'return' }),
          print: (template) => void print(template),
          remove: () => setDialog({ kind: 'delete' }),
        }}
      />
      <ReviewBanner view={view} />
      {error && (
        <FieldErrorNotice
          error={
            error.code === 'conflict'
              ? {
                  ...error,
                  message: {
                    vi: t('rep.detail.conflict', { lng: 'vi', who: conflictOf(error.detail)?.updatedBy ?? '', when: formatDateTime(conflictOf(error.detail)?.updatedAt ?? '') }),
                    en: t('rep.detail.conflict', { lng: 'en', who: conflictOf(error.detail)?.updatedBy ?? '', when: formatDateTime(conflictOf(error.detail)?.updatedAt ?? '') }),
                  },
                }
              : error
          }
          fieldName={(path) => caseFieldName(t, path)}
          onGoTo={writer ? goTo : undefined}
          onClose={() => setError(null)}
          testId={problems ? 'missing' : 'detail-error'}
          action={
            writer &&
            problems && (
              <Button onClick={() => onEditWith(problems)} data-testid="fill-missing">
                {t('rep.detail.fillMissing')}
              </Button>
            )
          }
        />
      )}

      <StageSteps view={view} />
      <CaseFacts view={view} problems={problems} />

      <CaseTabs
        label={t('rep.detail.tabsLabel')}
        active={tab}
        onChange={setTab}
        items={[
          {
            key: 'persons',
            label: t('rep.detail.tabPersons', { count: view.members.length }) + warn('members'),
            children: (
              <>
                {problems?.members && <div className="rep-error-text">{pick(problems.members)}</div>}
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
            label: t('rep.detail.tabDelegations', { count: view.delegations.length }) + warn('delegations'),
            children: (
              <>
                {problems?.delegations && <div className="rep-error-text">{pick(problems.delegations)}</div>}
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
                {problems?.referrals && <div className="rep-error-text">{pick(problems.referrals)}</div>}
                <ReferralsTable view={view} />
              </>
            ),
          },
          ...(view.direction === 'receiving_from_kh' ? [{ key: 'internal', label: t('rep.form.internal'), children: <InternalHandoverFacts view={view} /> }] : []),
          {
            key: 'files',
            label: t('rep.detail.tabFiles', { count: view.attachments.length }),
            children: <Attachments view={view} writer={writer} onChange={onChange} onOpen={(file) => setDialog({ kind: 'attachment', ...file })} reasonIfApproved={reasonIfApproved} />,
          },
          { key: 'documents', label: t('rep.detail.tabDocuments', { count: view.documents.length }), children: <IssuedDocuments view={view} /> },
          { key: 'history', label: t('rep.detail.tabHistory', { count: view.history.length + view.review.events.length }), children: <HistoryTable view={view} /> },
        ]}
      />
      <CommentThread view={view} canComment={writer} onChange={onChange} />
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
      {dialog?.kind === 'return' && (
        <ReturnDialog
          view={view}
          onReturned={(next) => {
            setDialog(null);
            void message.success(t('rep.review.returned'));
            onChange(next);
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
