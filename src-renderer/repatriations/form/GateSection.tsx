import { Checkbox, Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormSection } from '../form-parts.js';

/** At the gate: the dossier and identity checks, health on handover, and the case summary. */
export function GateSection() {
  const { t } = useTranslation();
  return (
    <FormSection title={t('rep.form.atGate')} id="sec-gate">
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name={['fields', 'dossierChecked']} valuePropName="checked" className="rep-check">
            <Checkbox>{t('rep.field.dossierChecked')}</Checkbox>
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={['fields', 'identityCheckDone']} valuePropName="checked" className="rep-check">
            <Checkbox>{t('rep.field.identityCheckDone')}</Checkbox>
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name={['fields', 'healthSummary']} label={t('rep.field.healthSummary')}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={['fields', 'summary']} label={t('rep.field.summary')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </Col>
      </Row>
    </FormSection>
  );
}
