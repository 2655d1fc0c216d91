import { Checkbox, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseFields } from '../../../src-shared/contract/index.js';
import { Tr } from '../../i18n/Tr.js';
import { ListEditor } from '../../records/ListEditor.js';
import { FormSection } from '../form-parts.js';

type Delegate = NonNullable<CaseFields['delegations']>[number];

const emptyMember = (side: 'VN' | 'KH'): Delegate => ({ side, name: '', nameKm: '', rank: '', position: '', positionKm: '', agency: '', isHead: false, isInterpreter: false });

/**
 * Both delegations, one member per two-line card (names and positions in Vietnamese and Khmer side by side:
 * the minutes print both languages). Each field has its own visible label, so nothing is cut at 1366 px. A list
 * copied from Excel (name, Khmer name, rank, position, Khmer position, agency) pasted into a name adds the lines.
 */
export function DelegationLines({ error }: { error?: string }) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('rep.form.delegations')} id="sec-delegations">
      <ListEditor<Delegate>
        name={['fields', 'delegations']}
        layout="cards"
        rowClassName="rep-delegation-card"
        rowLabel={(n) => t('rep.delegation.line', { n })}
        error={error}
        errorTestId="delegations-error"
        testId="delegations-editor"
        paste={{ columns: ['name', 'nameKm', 'rank', 'position', 'positionKm', 'agency'] }}
        addButtons={[
          { label: t('rep.delegation.addVN'), row: () => emptyMember('VN') },
          { label: t('rep.delegation.addKH'), row: () => emptyMember('KH') },
        ]}
        columns={[
          {
            key: 'side',
            title: t('rep.delegation.side'),
            className: 'rep-dl-side',
            input: (props) => (
              <Select
                {...props}
                options={[
                  { value: 'VN', label: t('rep.side.VN') },
                  { value: 'KH', label: t('rep.side.KH') },
                ]}
              />
            ),
          },
          {
            key: 'name',
            title: t('rep.delegation.name'),
            rules: [{ required: true, whitespace: true, message: <Tr k="common.required" /> }],
            input: (props) => <Input {...props} maxLength={120} />,
          },
          { key: 'nameKm', title: t('rep.delegationKm.nameKm'), input: (props) => <Input {...props} maxLength={120} lang="km" className="rep-km" /> },
          { key: 'rank', title: t('rep.delegation.rank'), input: (props) => <Input {...props} maxLength={60} /> },
          {
            key: 'flags',
            title: t('rep.delegationKm.flags'),
            block: (row) => (
              <div className="rep-dl-flags" role="group" aria-label={t('rep.delegationKm.flags')}>
                <Form.Item name={[row, 'isHead']} valuePropName="checked" noStyle>
                  <Checkbox>{t('rep.delegation.head')}</Checkbox>
                </Form.Item>
                <Form.Item name={[row, 'isInterpreter']} valuePropName="checked" noStyle>
                  <Checkbox>{t('rep.delegation.interpreter')}</Checkbox>
                </Form.Item>
              </div>
            ),
          },
          { key: 'position', title: t('rep.delegation.position'), input: (props) => <Input {...props} maxLength={120} /> },
          { key: 'positionKm', title: t('rep.delegationKm.positionKm'), input: (props) => <Input {...props} maxLength={120} lang="km" className="rep-km" /> },
          { key: 'agency', title: t('rep.delegation.agency'), input: (props) => <Input {...props} maxLength={200} /> },
        ]}
      />
    </FormSection>
  );
}
