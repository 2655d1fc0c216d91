import { Alert, Button, Form, Input, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Tr } from '../../i18n/Tr.js';
import { FormSection } from '../form-parts.js';

/** Documents and belongings handed over; the owner is chosen once the case (and its persons) is saved. */
export function ItemLines({ error, memberOptions, saved }: { error?: string; memberOptions: { value: string; label: string }[]; saved: boolean }) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('rep.form.items')} id="sec-items">
      {error && <Alert type="error" showIcon title={error} className="rep-list-error" />}
      <Form.List name={['fields', 'items']}>
        {(rows, { add, remove }) => (
          <div className="rep-lines">
            {rows.map((row, index) => (
              <div className="rep-line rep-item" key={row.key} role="group" aria-label={t('rep.item.line', { n: index + 1 })}>
                <Form.Item name={[row.name, 'kind']}>
                  <Select aria-label={t('rep.item.kind')} options={[{ value: 'document', label: t('rep.item.document') }, { value: 'belonging', label: t('rep.item.belonging') }]} />
                </Form.Item>
                <Form.Item name={[row.name, 'description']} rules={[{ required: true, whitespace: true, message: <Tr k="common.required" /> }]}>
                  <Input aria-label={t('rep.item.description')} placeholder={t('rep.item.description')} maxLength={300} />
                </Form.Item>
                <Form.Item name={[row.name, 'quantity']}>
                  <InputNumber aria-label={t('rep.item.quantity')} min={1} max={100000} style={{ width: '100%' }} />
                </Form.Item>
                <Form.Item name={[row.name, 'personId']}>
                  <Select allowClear aria-label={t('rep.item.owner')} placeholder={saved ? t('rep.item.owner') : t('rep.item.ownerAfterSave')} disabled={!saved} options={memberOptions} />
                </Form.Item>
                <Button onClick={() => remove(row.name)} aria-label={t('rep.form.removeLineN', { n: index + 1 })}>
                  ✕
                </Button>
              </div>
            ))}
            <Button size="small" onClick={() => add({ kind: 'document', description: '', quantity: 1, personId: null })}>
              {t('rep.item.add')}
            </Button>
          </div>
        )}
      </Form.List>
    </FormSection>
  );
}
