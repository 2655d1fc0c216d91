import { App as AntApp, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { canDecide, canSubmit } from '../../src-shared/records/review.js';
import { useSession } from '../session/session-context.js';
import { canCall, invokeStep, recordChannel, type RecordViewBase } from './kind.js';
import { ReturnDialog } from './ReturnDialog.js';
import type { RecordKindUi } from './texts.js';
import type { RecordMutation } from './useRecordMutation.js';

/**
 * The review buttons of a record, each shown only to roles the contract lets call its channel and only when the
 * review state allows it: submit (the author), approve / approve again and return with a comment (a commander).
 * Calls run through the screen's mutation, so a refusal lands in the screen's one notice.
 * `approvable` is the kind's own gate on approving (e.g. a repatriation only at some stages).
 */
export function ReviewActions<V extends RecordViewBase>({
  kindUi,
  view,
  mutation,
  onChange,
  approvable = true,
}: {
  kindUi: RecordKindUi<V>;
  view: V;
  mutation: RecordMutation<V>;
  onChange: (view: V) => void;
  approvable?: boolean;
}) {
  const { t } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const { session } = useSession();
  const [returning, setReturning] = useState(false);
  const { kind, texts } = kindUi;
  const may = (step: 'submit' | 'approve' | 'return') => canCall(recordChannel(kind, step), session.roles);

  const submit = async () => {
    const next = await mutation.run('submit', () => invokeStep<V, 'submit'>(kind, 'submit', { id: view.id, version: view.version }));
    if (!next) return;
    void message.success(t(texts.submitted));
    onChange(next);
  };

  const approve = () =>
    modal.confirm({
      title: t(texts.approveTitle, { number: kindUi.number(view) }),
      content: t(texts.approveText),
      okText: t('records.review.approve'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        const next = await mutation.run('approve', () => invokeStep<V, 'approve'>(kind, 'approve', { id: view.id, version: view.version }));
        if (!next) return;
        void message.success(t(texts.approved));
        onChange(next);
      },
    });

  return (
    <>
      {may('submit') && canSubmit(view.review) && (
        <Button onClick={() => void submit()} loading={mutation.busy === 'submit'} data-testid="submit-review">
          {t('records.review.submit')}
        </Button>
      )}
      {may('approve') && approvable && canDecide(view.review) && (
        <Button onClick={approve} loading={mutation.busy === 'approve'} data-testid="approve">
          {view.review.changedSinceApproval ? t('records.review.reapprove') : t('records.review.approve')}
        </Button>
      )}
      {may('return') && canDecide(view.review) && (
        <Button onClick={() => setReturning(true)} data-testid="return-case">
          {t('records.review.return')}
        </Button>
      )}
      {returning && (
        <ReturnDialog
          kindUi={kindUi}
          view={view}
          onReturned={(next) => {
            setReturning(false);
            void message.success(t(texts.returned));
            onChange(next);
          }}
          onClose={() => setReturning(false)}
        />
      )}
    </>
  );
}
