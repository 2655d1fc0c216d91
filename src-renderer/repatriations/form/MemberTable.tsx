import { Button, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../../src-shared/contract/index.js';
import { pick } from '../../i18n/index.js';
import { birthText } from '../CaseList.js';
import { isChild } from '../model.js';
import type { MemberDraft } from '../PersonForm.js';
import { useReferenceData, V } from '../reference-data.js';
import { ChildBadge } from '../tags.js';

/** The persons typed into a new case, before it is saved; a row with engine errors says so in words. */
export function MemberTable({
  members,
  eventDate,
  errors,
  onEdit,
  onRemove,
}: {
  members: MemberDraft[];
  eventDate: string;
  errors: Record<number, Record<string, Bilingual>>;
  onEdit: (index: number) => void;
  onRemove: (index: number) => void;
}) {
  const { t } = useTranslation();
  const ref = useReferenceData();
  const rows = members.map((member, index) => ({ member, index }));
  return (
    <Table
      size="small"
      rowKey="index"
      pagination={false}
      dataSource={rows}
      data-testid="member-table"
      locale={{ emptyText: t('rep.form.noPersons') }}
      rowClassName={({ index }) => (errors[index] ? 'rep-row-error' : '')}
      columns={[
        { title: t('rep.person.no'), width: 50, render: (_, { index }) => index + 1 },
        {
          title: t('rep.person.fullNameVi'),
          render: (_, { member, index }) => (
            <div>
              <strong>{'personId' in member ? member.hit.fullNameVi : member.person.fullNameVi}</strong>
              {'personId' in member && <span className="rep-muted"> · {t('rep.person.linked')}</span>}
              {errors[index] && (
                <div className="rep-error-text" role="alert">
                  {Object.values(errors[index])
                    .map((m) => pick(m))
                    .join(' ')}
                </div>
              )}
            </div>
          ),
        },
        {
          title: t('rep.person.nameKm'),
          render: (_, { member }) => (
            <span className="rep-km" lang="km">
              {'personId' in member ? member.hit.nameKm : member.person.nameKm}
            </span>
          ),
        },
        { title: t('rep.person.sex'), width: 90, render: (_, { member }) => ref.label(V.sex, 'personId' in member ? member.hit.sex : member.person.sex) },
        {
          title: t('rep.person.birth'),
          width: 190,
          render: (_, { member }) => {
            const birth = 'personId' in member ? member.hit.birth : member.person.birth;
            const child = isChild(birth, eventDate);
            return (
              <Space size={6}>
                <span>{birthText({ exact: birth?.exact ?? null, year: birth?.year ?? null, estimatedAge: birth?.estimatedAge ?? null }, t)}</span>
                {child && <ChildBadge />}
              </Space>
            );
          },
        },
        { title: t('rep.person.role'), width: 170, render: (_, { member }) => ref.label(V.role, member.participation.role ?? 'being_identified') },
        {
          title: t('rep.form.actions'),
          width: 150,
          render: (_, { member, index }) => {
            const name = 'personId' in member ? member.hit.fullNameVi : member.person.fullNameVi;
            return (
              <Space size={4}>
                <Button size="small" onClick={() => onEdit(index)} aria-label={`${t('common.edit')} ${name}`}>
                  {t('common.edit')}
                </Button>
                <Button size="small" danger onClick={() => onRemove(index)} aria-label={`${t('common.remove')} ${name}`}>
                  {t('common.remove')}
                </Button>
              </Space>
            );
          },
        },
      ]}
    />
  );
}
