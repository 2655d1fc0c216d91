import { App as AntApp, Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Bilingual, CaseMemberView, CaseView, RepatriationStage } from '../../src-shared/contract/index.js';
import { navigate } from '../app/router.js';
import { invoke } from '../bridge/engine.js';
import { formatDateTime } from '../i18n/index.js';
import type { TKey } from '../i18n/keys.js';
import { CommentThread } from '../records/CommentThread.js';
import { DeleteDialog } from '../records/DeleteDialog.js';
import { canCall } from '../records/kind.js';
import { MutationNotice } from '../records/MutationNotice.js';
import { ReviewBanner } from '../records/ReviewBanner.js';
import { useRecordMutation } from '../records/useRecordMutation.js';
import { useSession } from '../session/session-context.js';
import { CaseContents } from './detail/CaseContents.js';
import { CaseFacts } from './detail/CaseFacts.js';
import { DetailHeader, type CaseTemplate } from './detail/DetailHeader.js';
import { DiscussedIn } from './detail/DiscussedIn.js';
import { MoveDialog } from './detail/MoveDialog.js';
import { StageSteps } from './detail/StageSteps.js';
import { useMemberActions } from './detail/useMemberActions.js';
import { isFormField } from './field-names.js';
import { ImportDialog } from './ImportDialog.js';
import { PersonForm } from './PersonForm.js';
import { PrintPreview, type PrintedDocument } from './PrintPreview.js';
import { CASE_RECORD } from './record-kind.js';

type Dialog =
  | { kind: 'move'; to: RepatriationStage }
  | { kind: 'person'; member: CaseMemberView | null }
  | { kind: 'import' }
  | { kind: 'delete' }
  | { kind: 'print'; document: PrintedDocument }
  | null;

const PRINT_TITLES: Record<CaseTemplate, TKey> = {
  handover_minutes: 'rep.print.templates.handover_minutes',
  internal_handover: 'rep.print.templates.internal_handover',
  liaison_notice: 'rep.print.templates.liaison_notice',
};

/** Where a field error that is not on the case form is fixed: a tab here. */
const TAB_OF: Record<string, string> = { members: 'persons' };

/**
 * One case, opened (the engine audits the opening): the container of the detail screen. It holds the case's
 * one mutation (busy, refusals, stale versions), the open dialog and tab, and hands each part its job: header and
 * actions, review banner, the refusal notice, stage steps, facts, contents tabs, comment thread. Every refusal
 * reaches the screen: a message beside the fact it is about, and a notice naming each field with a way to go to it.
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
  const { message } = AntApp.useApp();
  const { session } = useSession();
  const rights = {
    write: canCall('repatriations.update', session.roles),
    print: canCall('repatriations.print', session.roles),
    remove: canCall('repatriations.delete', session.roles),
  };
  const [dialog, setDialog] = useState<Dialog>(null);
  const [tab, setTab] = useState('persons');
  // A stale version shows the stored case (nothing typed is lost on this screen).
  const mutation = useRecordMutation<CaseView>({ onStale: (stale) => onChange(stale.current) });
  const members = useMemberActions(view, onChange, mutation);

  const move = async (to: RepatriationStage, note: string) => {
    setDialog(null);
    const next = await mutation.run('move', () => invoke('repatriations.move', { id: view.id, version: view.version, to, note }));
    if (!next) return;
    void message.success(t('rep.detail.moved', { stage: t(`rep.stage.${to}`) }));
    onChange(next);
  };

  const print = async (template: CaseTemplate) => {
    // The notice printed from a case agrees the handover: its facts (date, gate, transport, persons) come from the case.
    const input = template === 'liaison_notice' ? ({ id: view.id, template, purpose: 'handoverArrangement' } as const) : { id: view.id, template };
    const printed = await mutation.run('print', () => invoke('repatriations.print', input));
    if (!printed) return;
    const title = t(PRINT_TITLES[template]);
    setDialog({ kind: 'print', document: { ...printed, title, fileName: `${printed.number.replace(/[^\p{L}\p{N}-]+/gu, '_')}_${view.caseNumber}.pdf` } });
    // The register number is now in the case's issued documents.
    const fresh = await invoke('repatriations.get', { id: view.id });
    if (fresh.ok) onChange(fresh.value);
  };

  /** "Go to the field": a list on a tab here, or the field on the case form (opened with every message placed). */
  const goTo = (path: string) => {
    const head = path.replace(/^fields\./, '').split('.')[0];
    if (isFormField(head)) return onEditWith(mutation.error?.fields, path);
    const tabKey = TAB_OF[head];
    if (!tabKey) return;
    setTab(tabKey);
    document.querySelector<HTMLElement>(`[data-testid="tab-${tabKey}"]`)?.focus();
  };

  const problems = mutation.error?.code === 'rule_violation' ? (mutation.error.fields ?? null) : null;
  const minutes = view.documents.find((doc) => doc.template === 'handover_minutes');

  return (
    <section aria-labelledby="rep-case-title" className="rep-detail">
      <DetailHeader
        view={view}
        rights={rights}
        mutation={mutation}
        onChange={onChange}
        actions={{
          move: (to) => setDialog({ kind: 'move', to }),
          edit: () => onEditWith(),
          print: (template) => void print(template),
          remove: () => setDialog({ kind: 'delete' }),
        }}
      />
      <ReviewBanner view={view} texts={CASE_RECORD.texts} />
      <MutationNotice
        kindUi={CASE_RECORD}
        mutation={mutation}
        onGoTo={rights.write ? goTo : undefined}
        testId={problems ? 'missing' : 'detail-error'}
        action={
          rights.write &&
          problems && (
            <Button onClick={() => onEditWith(problems)} data-testid="fill-missing">
              {t('rep.detail.fillMissing')}
            </Button>
          )
        }
      />

      <StageSteps view={view} />
      <CaseFacts view={view} problems={problems} />
      <CaseContents
        view={view}
        writer={rights.write}
        problems={problems}
        tab={tab}
        onTab={setTab}
        onChange={onChange}
        onPerson={(member) => setDialog({ kind: 'person', member })}
        onImport={() => setDialog({ kind: 'import' })}
        onRemovePerson={members.remove}
      />
      <DiscussedIn caseId={view.id} />
      <CommentThread kind={CASE_RECORD.kind} view={view} canComment={canCall('repatriations.comment', session.roles)} onChange={onChange} />
      <Typography.Paragraph type="secondary" className="rep-footnote">
        {t('rep.detail.footnote', { created: formatDateTime(view.createdAt), createdBy: view.createdBy, updated: formatDateTime(view.updatedAt), updatedBy: view.updatedBy })}
        {minutes && ` · ${t('rep.detail.minutesIssued', { number: minutes.number })}`}
      </Typography.Paragraph>

      {dialog?.kind === 'move' && <MoveDialog to={dialog.to} busy={mutation.busy === 'move'} onMove={(note) => void move(dialog.to, note)} onClose={() => setDialog(null)} />}
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
          onSubmit={(draft) => members.save(draft, dialog.member, () => setDialog(null))}
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
          kindUi={CASE_RECORD}
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
    </section>
  );
}
