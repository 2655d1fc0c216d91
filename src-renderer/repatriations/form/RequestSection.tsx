import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { Tr } from '../../i18n/Tr.js';
import { DateItem, FormSection } from '../form-parts.js';
import { defaultDeadline, formatDate } from '../model.js';
import { DIRECTIONS, REQUEST_SOURCES } from './options.js';

/** The request: direction, where it came from, the other side's reference, when it came, the verification deadline. */
export function RequestSection({ requestedOn }: { requestedOn: string | null }) {
  const { t } = useTranslation();
  const deadline = defaultDeadline(requestedOn);
  return (
    <FormSection title={t('rep.form.request')} id="sec-request">
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name={['fields', 'direction']} label={t('rep.field.direction')}>
            <Select autoFocus options={DIRECTIONS.map((d) => ({ value: d, label: t(`rep.direction.${d}`) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name={['fields', 'requestSource']} label={t('rep.field.requestSource')}>
            <Select options={REQUEST_SOURCES.map((s) => ({ value: s, label: t(`rep.source.${s}`) }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name={['fields', 'counterpartReference']} label={t('rep.field.counterpartReference')}>
            <Input maxLength={120} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <DateItem name={['fields', 'requestedOn']} label={t('rep.field.requestedOn')} rules={[{ required: true, message: <Tr k="common.required" /> }]} />
        </Col>
        <Col span={8}>
          <DateItem
            name={['fields', 'verificationDeadline']}
            label={t('rep.field.verificationDeadline')}
            placeholder={deadline ? formatDate(deadline) : undefined}
            extra={deadline ? t('rep.form.deadlineDefault', { date: formatDate(deadline) }) : undefined}
          />
        </Col>
      </Row>
    </FormSection>
  );
}
