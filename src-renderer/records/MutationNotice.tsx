import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldErrorNotice } from '../forms/FieldErrorNotice.js';
import { formatDateTime } from '../i18n/index.js';
import type { RecordKindUi } from './texts.js';
import type { RecordMutation } from './useRecordMutation.js';

/**
 * The refusal of a record screen's last call, as one notice: the general message (a stale version says who
 * changed the record and when, and that the screen now shows it), then every field message not shown beside a
 * field here, named in words, with "go to the field" when `onGoTo` is given. Nothing when the last call succeeded.
 */
export function MutationNotice<V>({
  kindUi,
  mutation,
  placed,
  onGoTo,
  action,
  testId,
}: {
  kindUi: RecordKindUi<V>;
  mutation: RecordMutation<V>;
  placed?: readonly string[];
  onGoTo?: (path: string) => void;
  action?: ReactNode;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { error, stale } = mutation;
  if (!error) return null;
  const shown = stale
    ? {
        ...error,
        message: {
          vi: t(kindUi.texts.staleRedo, { lng: 'vi', who: stale.updatedBy, when: formatDateTime(stale.updatedAt) }),
          en: t(kindUi.texts.staleRedo, { lng: 'en', who: stale.updatedBy, when: formatDateTime(stale.updatedAt) }),
        },
      }
    : error;
  return (
    <FieldErrorNotice error={shown} placed={placed} fieldName={(path) => kindUi.fieldName(t, path)} onGoTo={onGoTo} onClose={mutation.clear} action={action} testId={testId} />
  );
}
