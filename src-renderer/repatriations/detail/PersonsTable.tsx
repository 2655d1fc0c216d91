import { Button, Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseMemberView, CaseView } from '../../../src-shared/contract/index.js';
import { birthText } from '../CaseList.js';
import { useReferenceData, V } from '../reference-data.js';
import { ChildBadge } from '../tags.js';

/** The persons of the case, children marked; Khmer names carry lang="km" (read with a Khmer voice). */
export function PersonsTable({ view, writer, onEdit, onRemove }: { view: CaseView; writer: boolean; onEdit: (m: CaseMemberView) => void; onRemove: (m: CaseMemberView) => void }) {
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
        {
          title: t('rep.person.nameKm'),
          key: 'km',
          render: (_, m) => (
            <span className="rep-km" lang="km">
              {m.person.nameKm}
            </span>
          ),
        },
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
