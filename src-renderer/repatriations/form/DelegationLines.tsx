import { Alert, Button, Checkbox, Form, Input, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Tr } from '../../i18n/Tr.js';
import { FormSection } from '../form-parts.js';

const emptyMember = (side: 'VN' | 'KH') => ({ side, name: '', nameKm: '', rank: '', position: '', positionKm: '', agency: '', isHead: false, isInterpreter: false });

/**
 * Both delegations, one member per two-line block (names and positions in Vietnamese and Khmer side by side:
 * the minutes print both languages). Each field has its own visible label, so nothing is cut at 1366 px.
 */
export function DelegationLines({ error }: { error?: string }) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('rep.form.delegations')} id="sec-delegations">
      {error && <Alert type="error" showIcon title={error} className="rep-list-error" data-testid="delegations-error" />}
      <Form.List name={['fields', 'delegations']}>
        {(rows, { add, remove }) => (
          <div className="rep-lines">
            {rows.map((row, index) => (
              <div className="rep-delegation-card" key={row.key} role="group" aria-label={t('rep.delegation.line', { n: index + 1 })}>
                <Form.Item name={[row.name, 'side']} label={t('rep.delegation.side')} className="rep-dl-side">
                  <Select options={[{ value: 'VN', label: t('rep.side.VN') }, { value: 'KH', label: t('rep.side.KH') }]} />
                </Form.Item>
                <Form.Item name={[row.name, 'name']} label={t('rep.delegation.name')} rules={[{ required: true, whitespace: true, message: <Tr k="common.required" /> }]}>
                  <Input maxLength={120} />
                </Form.Item>
                <Form.Item name={[row.name, 'nameKm']} label={t('rep.delegationKm.nameKm')}>
                  <Input maxLength={120} lang="km" className="rep-km" />
                </Form.Item>
                <Form.Item name={[row.name, 'rank']} label={t('rep.delegation.rank')}>
                  <Input maxLength={60} />
                </Form.Item>
                <Button className="rep-dl-remove" onClick={() => remove(row.name)} aria-label={t('rep.form.removeLineN', { n: index + 1 })}>
                  ✕
                </Button>
                <div className="rep-dl-flags" role="group" aria-label={t('rep.delegationKm.flags')}>
                  <Form.Item name={[row.name, 'isHead']} valuePropName="checked" noStyle>
                    <Checkbox>{t('rep.delegation.head')}</Checkbox>
                  </Form.Item>
                  <Form.Item name={[row.name, 'isInterpreter']} valuePropName="checked" noStyle>
                    <Checkbox>{t('rep.delegation.interpreter')}</Checkbox>
                  </Form.Item>
                </div>
                <Form.Item name={[row.name, 'position']} label={t('rep.delegation.position')}>
                  <Input maxLength={120} />
                </Form.Item>
                <Form.Item name={[row.name, 'positionKm']} label={t('rep.delegationKm.positionKm')}>
                  <Input maxLength={120} lang="km" className="rep-km" />
                </Form.Item>
                <Form.Item name={[row.name, 'agency']} label={t('rep.delegation.agency')}>
                  <Input maxLength={200} />
                </Form.Item>
              </div>
            ))}
            <Space>
              <Button size="small" onClick={() => add(emptyMember('VN'))}>
                {t('rep.delegation.addVN')}
              </Button>
              <Button size="small" onClick={() => add(emptyMember('KH'))}>
                {t('rep.delegation.addKH')}
              </Button>
            </Space>
          </div>
        )}
      </Form.List>
    </FormSection>
  );
}
