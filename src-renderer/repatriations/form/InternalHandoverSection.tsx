import { Checkbox, Col, Form, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseFields } from '../../../src-shared/contract/index.js';
import { Tr } from '../../i18n/Tr.js';
import { ListEditor } from '../../records/ListEditor.js';
import { DateItem, FormSection } from '../form-parts.js';

type Receiver = NonNullable<NonNullable<CaseFields['internalHandover']>['receiverMembers']>[number];

/** After receiving victims, the handover to the provincial police (Vietnamese-only minutes), when recorded. */
export function InternalHandoverSection({ recorded }: { recorded: boolean }) {
  const { t } = useTranslation();
  return (
    <FormSection
      title={t('rep.form.internal')}
      id="sec-internal"
      extra={
        <Form.Item name="hasInternal" valuePropName="checked" noStyle>
          <Checkbox>{t('rep.internal.record')}</Checkbox>
        </Form.Item>
      }
    >
      {recorded ? (
        <>
          <Row gutter={16}>
            <Col span={12}>
              <Form.Item name={['fields', 'internalHandover', 'giverUnit']} label={t('rep.internal.giverUnit')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item
                name={['fields', 'internalHandover', 'receiverUnit']}
                label={t('rep.internal.receiverUnit')}
                rules={[{ required: true, whitespace: true, message: <Tr k="common.required" /> }]}
              >
                <Input maxLength={200} placeholder={t('rep.internal.receiverPlaceholder')} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col span={8}>
              <DateItem withTime name={['fields', 'internalHandover', 'at']} label={t('rep.internal.at')} />
            </Col>
            <Col span={16}>
              <Form.Item name={['fields', 'internalHandover', 'place']} label={t('rep.internal.place')}>
                <Input maxLength={200} />
              </Form.Item>
            </Col>
          </Row>
          <fieldset className="lines-field">
            <legend>{t('rep.internal.members')}</legend>
            <ListEditor<Receiver>
              name={['fields', 'internalHandover', 'receiverMembers']}
              rowLabel={(n) => t('rep.internal.member', { n })}
              addButtons={[{ label: t('rep.internal.addMember'), row: () => ({ name: '', rank: '', position: '', isHead: false }) }]}
              paste={{ columns: ['name', 'rank', 'position'] }}
              columns={[
                {
                  key: 'name',
                  title: t('rep.delegation.name'),
                  width: '1.4fr',
                  rules: [{ required: true, whitespace: true, message: <Tr k="common.required" /> }],
                  input: (props) => <Input {...props} placeholder={t('rep.delegation.name')} maxLength={120} />,
                },
                { key: 'rank', title: t('rep.delegation.rank'), width: '0.8fr', input: (props) => <Input {...props} placeholder={t('rep.delegation.rank')} maxLength={60} /> },
                { key: 'position', title: t('rep.delegation.position'), input: (props) => <Input {...props} placeholder={t('rep.delegation.position')} maxLength={120} /> },
                { key: 'isHead', title: t('rep.delegation.head'), width: '130px', valuePropName: 'checked', input: () => <Checkbox>{t('rep.delegation.head')}</Checkbox> },
              ]}
            />
          </fieldset>
        </>
      ) : (
        <Typography.Paragraph type="secondary">{t('rep.internal.hint')}</Typography.Paragraph>
      )}
    </FormSection>
  );
}
