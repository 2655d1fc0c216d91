import { Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseFields } from '../../../src-shared/contract/index.js';
import { Tr } from '../../i18n/Tr.js';
import { ListEditor } from '../../records/ListEditor.js';
import { FormSection } from '../form-parts.js';

type Item = NonNullable<CaseFields['items']>[number];

/** Documents and belongings handed over; the owner is chosen once the case (and its persons) is saved. */
export function ItemLines({ error, memberOptions, saved }: { error?: string; memberOptions: { value: string; label: string }[]; saved: boolean }) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('rep.form.items')} id="sec-items">
      <ListEditor<Item>
        name={['fields', 'items']}
        rowLabel={(n) => t('rep.item.line', { n })}
        error={error}
        addButtons={[{ label: t('rep.item.add'), row: () => ({ kind: 'document', description: '', quantity: 1, personId: null }) }]}
        columns={[
          {
            key: 'kind',
            title: t('rep.item.kind'),
            width: '150px',
            input: (props) => (
              <Select
                {...props}
                options={[
                  { value: 'document', label: t('rep.item.document') },
                  { value: 'belonging', label: t('rep.item.belonging') },
                ]}
              />
            ),
          },
          {
            key: 'description',
            title: t('rep.item.description'),
            rules: [{ required: true, whitespace: true, message: <Tr k="common.required" /> }],
            input: (props) => <Input {...props} placeholder={t('rep.item.description')} maxLength={300} />,
          },
          { key: 'quantity', title: t('rep.item.quantity'), width: '90px', input: (props) => <InputNumber {...props} min={1} max={100000} style={{ width: '100%' }} /> },
          {
            key: 'personId',
            title: t('rep.item.owner'),
            width: '220px',
            input: (props) => <Select {...props} allowClear placeholder={saved ? t('rep.item.owner') : t('rep.item.ownerAfterSave')} disabled={!saved} options={memberOptions} />,
          },
        ]}
      />
    </FormSection>
  );
}
