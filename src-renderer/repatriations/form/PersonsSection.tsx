import { Alert, Button, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, Bilingual } from '../../../src-shared/contract/index.js';
import { FormSection } from '../form-parts.js';
import { PersonForm, type MemberDraft } from '../PersonForm.js';
import { MemberTable } from './MemberTable.js';

/**
 * The persons of a new case, typed before it is saved (a case is created only with at least one): the list with
 * each row's engine errors, and the person dialog to add or change one.
 */
export function PersonsSection({
  members,
  errors,
  listError,
  eventDate,
  onChange,
}: {
  members: MemberDraft[];
  errors: Record<number, Record<string, Bilingual>>;
  listError?: string;
  eventDate: string;
  /** The new list; `fixed` is the row just added (null) or changed (its index), whose errors are now stale. */
  onChange: (members: MemberDraft[], fixed?: number | null) => void;
}) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<{ index: number | null } | null>(null);

  const submit = async (draft: MemberDraft, index: number | null): Promise<AppError | null> => {
    onChange(index === null ? [...members, draft] : members.map((m, i) => (i === index ? draft : m)), index);
    setDialog(null);
    return null;
  };

  return (
    <FormSection
      title={t('rep.form.persons', { count: members.length })}
      id="sec-persons"
      extra={
        <Button onClick={() => setDialog({ index: null })} data-testid="add-person">
          {t('rep.form.addPerson')}
        </Button>
      }
    >
      {listError && <Alert type="error" showIcon title={listError} className="rep-list-error" />}
      <MemberTable
        members={members}
        eventDate={eventDate}
        errors={errors}
        onEdit={(index) => setDialog({ index })}
        onRemove={(index) => onChange(members.filter((_, i) => i !== index))}
      />
      <Typography.Paragraph type="secondary" className="rep-hint">
        {t('rep.form.importLater')}
      </Typography.Paragraph>
      {dialog && (
        <PersonForm
          title={dialog.index === null ? t('rep.person.addTitle') : t('rep.person.editTitle')}
          initial={dialog.index === null ? undefined : members[dialog.index]}
          errors={dialog.index === null ? undefined : errors[dialog.index]}
          eventDate={eventDate}
          allowLink
          onSubmit={(draft) => submit(draft, dialog.index)}
          onClose={() => setDialog(null)}
        />
      )}
    </FormSection>
  );
}
