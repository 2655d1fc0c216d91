import { App as AntApp } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AppError, CaseMemberView, CaseView } from '../../../src-shared/contract/index.js';
import { invoke } from '../../bridge/engine.js';
import { staleSaveOf } from '../../records/kind.js';
import { useRecordMutation, type RecordMutation } from '../../records/useRecordMutation.js';
import { useAmendReason } from '../../records/useAmendReason.js';
import type { MemberDraft } from '../PersonForm.js';
import { CASE_RECORD } from '../record-kind.js';

/**
 * Adding, changing and removing a case's persons from the detail screen (amendments after approval ask for the
 * reason). A refused save goes back to the person dialog, with its field paths made the dialog's own; a stale
 * version shows the stored case and tells the person to save again (what they typed stays in the dialog).
 */
export function useMemberActions(view: CaseView, onChange: (view: CaseView) => void, mutation: RecordMutation<CaseView>) {
  const { t } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const amendReason = useAmendReason(CASE_RECORD.texts);
  const saving = useRecordMutation<CaseView>({ onStale: (stale) => onChange(stale.current) });

  /** Resolves the refusal for the dialog to show, else null (saved: `onSaved` ran; or the person cancelled the reason). */
  const save = async (draft: MemberDraft, member: CaseMemberView | null, onSaved: () => void): Promise<AppError | null> => {
    const amendmentReason = await amendReason(view);
    if (amendmentReason === null) return null;
    const result = await saving.attempt('member', () =>
      member && 'person' in draft
        ? invoke('repatriations.updateMember', {
            id: view.id,
            version: view.version,
            personId: member.person.id,
            personVersion: member.person.version,
            person: draft.person,
            participation: draft.participation,
            amendmentReason,
          })
        : invoke('repatriations.addMembers', {
            id: view.id,
            version: view.version,
            members: ['personId' in draft ? { personId: draft.personId, participation: draft.participation } : { person: draft.person, participation: draft.participation }],
            amendmentReason,
          }),
    );
    if (!result.ok) {
      const stale = staleSaveOf<CaseView>(result.error);
      if (stale) {
        const retry = (lng: 'vi' | 'en') => `${result.error.message[lng]} ${t('rep.detail.conflictRetry', { lng, who: stale.updatedBy })}`;
        return { ...result.error, message: { vi: retry('vi'), en: retry('en') } };
      }
      // "members.0.person.sex" (add) → "person.sex"; "member.person.sex" (update) likewise.
      const fields = Object.fromEntries(Object.entries(result.error.fields ?? {}).map(([path, text]) => [path.replace(/^members?\.(\d+\.)?/, ''), text]));
      return { ...result.error, fields };
    }
    onSaved();
    void message.success(t('common.saved'));
    onChange(result.value);
    return null;
  };

  const remove = (member: CaseMemberView) =>
    modal.confirm({
      title: t('rep.detail.removeTitle', { name: member.person.fullNameVi }),
      content: t('rep.detail.removeText'),
      okText: t('common.remove'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        const amendmentReason = await amendReason(view);
        if (amendmentReason === null) return;
        const next = await mutation.run('remove', () => invoke('repatriations.removeMember', { id: view.id, version: view.version, personId: member.person.id, amendmentReason }));
        if (next) onChange(next);
      },
    });

  return { save, remove };
}
