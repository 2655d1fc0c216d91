import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateItem, FormSection } from '../form-parts.js';
import { GATE, useReferenceData, V } from '../reference-data.js';

/** What both sides agreed: the date, the border gate, the transport, the handover time and place. */
export function AgreementSection() {
  const { t } = useTranslation();
  const ref = useReferenceData();
  return (
    <FormSection title={t('rep.form.agreement')} id="sec-agreement">
      <Row gutter={16}>
        <Col span={6}>
          <DateItem name={['fields', 'agreedDate']} label={t('rep.field.agreedDate')} />
        </Col>
        <Col span={9}>
          <Form.Item name={['fields', 'gateCode']} label={t('rep.field.gate')}>
            <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={ref.options(GATE)} />
          </Form.Item>
        </Col>
        <Col span={9}>
          <Form.Item name={['fields', 'transportMode']} label={t('rep.field.transportMode')}>
            <Select allowClear options={ref.options(V.transport)} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={6}>
          <DateItem withTime name={['fields', 'handoverAt']} label={t('rep.field.handoverAt')} />
        </Col>
        <Col span={18}>
          <Form.Item name={['fields', 'placeNote']} label={t('rep.field.placeNote')}>
            <Input maxLength={300} />
          </Form.Item>
        </Col>
      </Row>
    </FormSection>
  );
}
