import { App as AntApp, Button, Checkbox, Col, DatePicker, Form, Input, InputNumber, Modal, Row, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, ReferenceItem } from '../../src-shared/contract/index.js';
import { invoke } from '../bridge/engine.js';
import { SaveError } from '../documents/ConflictNotice.js';
import { needsNotice, showFieldErrors } from '../forms/engine-errors.js';
import { Tr } from '../i18n/Tr.js';
import { kindName } from './kinds.js';

interface Values {
  code: string;
  labelVi: string;
  labelKm: string;
  labelEn: string;
  parentCode?: string | null;
  validFrom?: Dayjs | null;
  validTo?: Dayjs | null;
  successorCode?: string | null;
  sort?: number | null;
  needsReview: boolean;
  active: boolean;
}

const CODE = /^[A-Za-z0-9_.:-]{1,64}$/;
const DATE_FORMAT = 'DD/MM/YYYY';
const toDay = (iso: string | null) => (iso ? dayjs(iso) : null);
const toIso = (day: Dayjs | null | undefined) => (day ? day.format('YYYY-MM-DD') : null);

const valuesOf = (item: ReferenceItem): Values => ({
  code: item.code,
  labelVi: item.labelVi,
  labelKm: item.labelKm,
  labelEn: item.labelEn,
  parentCode: item.parentCode,
  validFrom: toDay(item.validFrom),
  validTo: toDay(item.validTo),
  successorCode: item.successorCode,
  sort: item.sort,
  needsReview: item.needsReview,
  active: item.active,
});

/** Adds (item = null) or edits one reference item of `kind`. */
export function ReferenceItemForm({
  kind,
  item,
  siblings,
  parents,
  onClose,
  onSaved,
}: {
  kind: string;
  item: ReferenceItem | null;
  /** Items of the same kind: successors are chosen among them. */
  siblings: ReferenceItem[];
  /** Items an item can belong to (administrative units for places; the same vocabulary for terms). */
  parents: ReferenceItem[];
  onClose: () => void;
  onSaved: (item: ReferenceItem) => void;
}) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const [version, setVersion] = useState(item?.version);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const theirs = error?.code === 'conflict' ? (error.detail as { current?: ReferenceItem } | undefined)?.current : undefined;
  const gate = kind === 'border_gate';
  const nextSort = Math.max(0, ...siblings.map((other) => other.sort)) + 10;

  const save = async (values: Values) => {
    setBusy(true);
    const result = await invoke('reference.save', {
      kind,
      code: (values.code ?? '').trim(),
      labelVi: values.labelVi ?? '',
      labelKm: values.labelKm ?? '',
      labelEn: values.labelEn ?? '',
      parentCode: values.parentCode ?? null,
      validFrom: toIso(values.validFrom),
      validTo: toIso(values.validTo),
      successorCode: values.successorCode ?? null,
      sort: values.sort ?? 0,
      needsReview: values.needsReview,
      active: values.active,
      ...(version === undefined ? {} : { version }),
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      showFieldErrors(form, result.error.fields);
      return;
    }
    void message.success(item ? t('common.saved') : t('docs.reference.created', { code: result.value.code }));
    onSaved(result.value);
    onClose();
  };

  const choice = (other: ReferenceItem) => ({ value: other.code, label: `${other.labelVi} (${other.code})` });
  const required = { required: true, whitespace: true, message: <Tr k="common.required" /> };

  return (
    <Modal
      open
      title={item ? t('docs.reference.editTitle', { code: item.code }) : t('docs.reference.addTitle', { kind: kindName(kind) })}
      footer={null}
      onCancel={onClose}
      width={860}
      maskClosable={false}
      styles={{ body: { maxHeight: 'calc(100vh - 150px)', overflowY: 'auto', overflowX: 'hidden' } }}
      centered
    >
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={item ? valuesOf(item) : { code: '', labelVi: '', labelKm: '', labelEn: '', sort: nextSort, needsReview: true, active: true }}
        onFinish={(values) => void save(values)}
      >
        {error && needsNotice(error) && (
          <SaveError
            error={error}
            theirs={
              theirs && (
                <>
                  {theirs.labelVi} ·{' '}
                  <span className="khmer-text" lang="km">
                    {theirs.labelKm}
                  </span>{' '}
                  · {theirs.labelEn} · {theirs.active ? t('docs.reference.active') : t('docs.reference.inactive')}
                </>
              )
            }
            onKeepMine={
              theirs
                ? () => {
                    setVersion(theirs.version);
                    setError(null);
                  }
                : undefined
            }
            onTakeTheirs={
              theirs
                ? () => {
                    setVersion(theirs.version);
                    form.setFieldsValue(valuesOf(theirs));
                    setError(null);
                  }
                : undefined
            }
          />
        )}
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="code"
              label={t('docs.reference.code')}
              extra={item ? undefined : t('docs.reference.codeHint')}
              rules={item ? [] : [required, { pattern: CODE, message: <Tr k="docs.reference.codePattern" /> }]}
            >
              <Input disabled={!!item} autoFocus={!item} spellCheck={false} autoComplete="off" maxLength={64} className="docs-key" />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="labelVi" label={gate ? t('docs.reference.gateVi') : t('docs.reference.vi')} rules={[required]}>
              <Input maxLength={300} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="labelKm" label={gate ? t('docs.reference.gateKm') : t('docs.reference.km')} rules={[required]}>
          <Input className="khmer-input" lang="km" maxLength={300} autoFocus={!!item} />
        </Form.Item>
        <Form.Item name="labelEn" label={gate ? t('docs.reference.gateEn') : t('docs.reference.en')} rules={[required]}>
          <Input maxLength={300} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="parentCode" label={`${t('docs.reference.parent')} ${t('common.optional')}`}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={parents.filter((other) => other.code !== item?.code).map(choice)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="successorCode" label={`${t('docs.reference.successor')} ${t('common.optional')}`} tooltip={t('docs.reference.successorHint')}>
              <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={siblings.filter((other) => other.code !== item?.code).map(choice)} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="validFrom" label={`${t('docs.reference.validFrom')} ${t('common.optional')}`}>
              <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="validTo"
              label={`${t('docs.reference.validTo')} ${t('common.optional')}`}
              dependencies={['validFrom']}
              rules={[
                ({ getFieldValue }) => ({
                  // The rule's message (an element that follows a language switch) is shown whatever the rejection says.
                  message: <Tr k="docs.reference.validToBeforeFrom" />,
                  validator: (_, value: Dayjs | null | undefined) => {
                    const from = getFieldValue('validFrom') as Dayjs | null | undefined;
                    return value && from && value.isBefore(from, 'day') ? Promise.reject(new Error('before')) : Promise.resolve();
                  },
                }),
              ]}
            >
              <DatePicker format={DATE_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="sort" label={t('docs.reference.sort')}>
              <InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="needsReview" valuePropName="checked" extra={t('docs.review.flagHint')} style={{ marginBottom: 8 }}>
              <Checkbox>{t('docs.review.flag')}</Checkbox>
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="active" valuePropName="checked" style={{ marginBottom: 8 }}>
              <Checkbox>{t('docs.reference.activeField')}</Checkbox>
            </Form.Item>
          </Col>
        </Row>
        <div className="form-buttons">
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy}>
            {item ? t('common.save') : t('docs.reference.add')}
          </Button>
        </div>
      </Form>
    </Modal>
  );
}
