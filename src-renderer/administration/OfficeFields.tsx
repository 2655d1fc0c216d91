import { Button, Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEffect, useState } from 'react';
import type { PlaceOptions } from '../../src-shared/contract/index.js';
import { invoke } from '../bridge/engine.js';
import { Tr } from '../i18n/Tr.js';

/** The office profile's fields, under `prefix` (["office"] in the setup wizard, [] on the administration page). */
export function OfficeFields({ prefix = [] }: { prefix?: string[] }) {
  const { t, i18n } = useTranslation();
  const form = Form.useFormInstance();
  const name = (field: string) => [...prefix, field];
  const province: string | undefined = Form.useWatch(name('provinceCode'), form);
  const places = usePlaces();
  const gates = places.gates.filter((gate) => !province || gate.province === province);
  return (
    <>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name={name('nameVi')} label={t('office.nameVi')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
            <Input autoFocus maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item
            name={name('code')}
            label={t('office.code')}
            extra={t('office.codeHint')}
            normalize={(value?: string) => value?.toUpperCase()}
            rules={[{ required: true, message: <Tr k="common.required" /> }]}
          >
            <Input maxLength={16} spellCheck={false} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name={name('nameKm')} label={t('office.nameKm')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
            <Input lang="km" maxLength={200} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name={name('nameEn')} label={t('office.nameEn')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
            <Input lang="en" maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={8}>
          <Form.Item name={name('provinceCode')} label={t('office.province')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
            <Select showSearch={{ optionFilterProp: 'label' }} options={places.provinces.map((p) => ({ value: p.code, label: i18n.language === 'en' ? p.en : p.vi }))} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name={name('placeVi')} label={t('office.placeVi')} extra={t('office.placeViHint')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
            <Input maxLength={100} />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name={name('placeKm')} label={t('office.placeKm')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
            <Input lang="km" maxLength={100} />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={16}>
        <Col span={12}>
          <LinesField name={name('issuingBodyVi')} label={t('office.issuingBodyVi')} extra={t('office.issuingBodyViHint')} min={1} />
        </Col>
        <Col span={12}>
          <LinesField name={name('issuingBodyKm')} label={t('office.issuingBodyKm')} min={0} lang="km" />
        </Col>
      </Row>
      <Form.Item name={name('gateCodes')} label={`${t('office.gates')} ${t('common.optional')}`}>
        <Select
          mode="multiple"
          allowClear
          placeholder={t('office.gatesPlaceholder')}
          showSearch={{ optionFilterProp: 'label' }}
          options={gates.map((gate) => ({ value: gate.code, label: `${gate.vn} – ${gate.kh}${gate.verified ? '' : ` (${t('office.unverified')})`}` }))}
        />
      </Form.Item>
    </>
  );
}

/** 1–3 lines of an issuing body ("BỘ CHỈ HUY BĐBP TỈNH AN GIANG" / "ĐỒN BIÊN PHÒNG …"). */
function LinesField({ name, label, extra, min, lang }: { name: string[]; label: string; extra?: string; min: number; lang?: string }) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(fields, { add, remove }) => (
        <fieldset className="lines-field">
          <legend>{label}</legend>
          {fields.map((field, index) => (
            <div key={field.key} style={{ display: 'flex', gap: 8 }}>
              <Form.Item name={field.name} style={{ flex: 1, marginBottom: 8 }} rules={[{ required: true, whitespace: true, message: <Tr k="common.required" /> }]}>
                <Input lang={lang} maxLength={120} aria-label={`${label} — ${t('office.line', { n: index + 1 })}`} />
              </Form.Item>
              {fields.length > min && (
                <Button onClick={() => remove(field.name)} aria-label={`${t('common.remove')} ${t('office.line', { n: index + 1 })}`}>
                  {t('common.remove')}
                </Button>
              )}
            </div>
          ))}
          {fields.length < 3 && (
            <Button type="dashed" onClick={() => add('')} style={{ marginBottom: 8 }}>
              {t('office.addLine')}
            </Button>
          )}
          {extra && <div className="field-extra">{extra}</div>}
        </fieldset>
      )}
    </Form.List>
  );
}

/** Border provinces and gates from the engine (its seed data before setup, the vault's reference data after). */
function usePlaces(): PlaceOptions {
  const [places, setPlaces] = useState<PlaceOptions>({ provinces: [], gates: [] });
  useEffect(() => {
    void invoke('reference.places', {}).then((result) => result.ok && setPlaces(result.value));
  }, []);
  return places;
}
