import { Button, Checkbox, Col, Form, Input, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Tr } from '../../i18n/Tr.js';
import { DateItem, FormSection } from '../form-parts.js';

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
              <Form.Item name={['fields', 'internalHandover', 'receiverUnit']} label={t('rep.internal.receiverUnit')} rules={[{ required: true, whitespace: true, message: <Tr k="common.required" /> }]}>
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
          <Form.List name={['fields', 'internalHandover', 'receiverMembers']}>
            {(rows, { add, remove }) => (
              <fieldset className="lines-field">
                <legend>{t('rep.internal.members')}</legend>
                {rows.map((row, index) => (
                  <div className="rep-line rep-receiver" key={row.key} role="group" aria-label={t('rep.internal.member', { n: index + 1 })}>
                    <Form.Item name={[row.name, 'name']} rules={[{ required: true, whitespace: true, message: <Tr k="common.required" /> }]}>
                      <Input aria-label={t('rep.delegation.name')} placeholder={t('rep.delegation.name')} maxLength={120} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'rank']}>
                      <Input aria-label={t('rep.delegation.rank')} placeholder={t('rep.delegation.rank')} maxLength={60} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'position']}>
                      <Input aria-label={t('rep.delegation.position')} placeholder={t('rep.delegation.position')} maxLength={120} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'isHead']} valuePropName="checked">
                      <Checkbox>{t('rep.delegation.head')}</Checkbox>
                    </Form.Item>
                    <Button onClick={() => remove(row.name)} aria-label={t('rep.form.removeLineN', { n: index + 1 })}>
                      ✕
                    </Button>
                  </div>
                ))}
                <Button size="small" onClick={() => add({ name: '', rank: '', position: '', isHead: false })}>
                  {t('rep.internal.addMember')}
                </Button>
              </fieldset>
            )}
          </Form.List>
        </>
      ) : (
        <Typography.Paragraph type="secondary">{t('rep.internal.hint')}</Typography.Paragraph>
      )}
    </FormSection>
  );
}
