import { Alert, Button, Checkbox, Col, Form, Input, InputNumber, Modal, Radio, Row, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { caseMemberInput, type AdminUnitHit, type AppError, type Bilingual, type CaseMemberInput, type PersonHit, type PersonInput } from '../../src-shared/contract/index.js';
import { invoke } from '../bridge/engine.js';
import { needsNotice, schemaErrors, showFieldErrors } from '../forms/engine-errors.js';
import { pick } from '../i18n/index.js';
import { AddressPicker } from '../reference/AddressPicker.js';
import { Tr } from '../i18n/Tr.js';
import { birthText } from './CaseList.js';
import { DateItem, FormSection, keepEnterInPickers, useConfirmDiscard } from './form-parts.js';
import { ageAt, emptyPerson, formatDate } from './model.js';
import { Km } from './khmer.js';
import { birthAfterEvent, birthField } from '../../src-shared/people/birth-rules.js';
import { shortQueryHint } from '../../src-shared/people/name-query.js';
import { useReferenceData, V } from './reference-data.js';
import { ChildBadge } from './tags.js';
import { clearNamed } from '../forms/clear-button.js';

type BirthMode = 'exact' | 'year' | 'estimated' | 'unknown';
/** Address code fields filled by the administrative-unit picker, most specific first. */
const UNIT_FIELDS = [
  ['villageCode', 'village'],
  ['communeCode', 'commune'],
  ['districtCode', 'district'],
  ['provinceCode', 'province'],
] as const;
type UnitField = (typeof UNIT_FIELDS)[number][0];
type Participation = NonNullable<Extract<CaseMemberInput, { person: unknown }>['participation']>;

/** A member as the case form keeps it: a new person, or a link to a person already in the vault (with what we know of them). */
export type MemberDraft = { person: PersonInput; participation: Participation } | { personId: string; participation: Participation; hit: PersonHit };

interface Values {
  person: PersonInput & { birth: { exact: string | null; year: number | null; estimatedAge: { years: number | null; at: string } | null } };
  birthMode: BirthMode;
  participation: Participation;
}

export const defaultParticipation = (): Participation => ({
  role: 'being_identified',
  exploitationTypes: [],
  meansOfControl: [],
  recruitment: null,
  exploitationPlace: '',
  exploitationCountry: null,
  healthStatus: 'not_assessed',
  healthNote: '',
  needs: '',
  consentToShare: false,
  remarks: '',
});

const modeOf = (birth: PersonInput['birth']): BirthMode => (birth?.exact ? 'exact' : birth?.year ? 'year' : birth?.estimatedAge ? 'estimated' : 'unknown');

/** The member as the contract takes it (what `caseMemberInput` parses), without the UI's extras. */
export const memberInput = (member: MemberDraft): CaseMemberInput =>
  'personId' in member ? { personId: member.personId, participation: member.participation } : { person: member.person, participation: member.participation };

/** Engine paths of one member ("person.birth", "person.aliases.1") → the fields of this form. */
function formPath(path: string): string | null {
  if (path.startsWith('person.birth.estimatedAge')) return 'person.birth.estimatedAge.years';
  if (path === 'person.birth') return 'birthMode';
  if (path.startsWith('person.aliases')) return 'person.aliases';
  if (path === 'personId' || path === '_') return null;
  return path;
}

/**
 * Adds or edits one person of a case: names in three scripts, birth as exact date / year / estimated age with
 * a live child badge at the event date, identity, address, guardian, and how the person figures in the case.
 * A person already in the vault (found by name) can be linked instead of typed again.
 */
export function PersonForm({
  title,
  initial,
  eventDate,
  errors,
  allowLink,
  onSubmit,
  onClose,
}: {
  title: string;
  initial?: MemberDraft;
  eventDate: string;
  /** Engine messages for this member, with paths relative to it ("person.sex"). */
  errors?: Record<string, Bilingual>;
  allowLink: boolean;
  /** Returns an error to show (the form stays open with everything typed), or null to close. */
  onSubmit: (member: MemberDraft) => Promise<AppError | null>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const ref = useReferenceData();
  const [form] = Form.useForm<Values>();
  const confirmDiscard = useConfirmDiscard();
  const [linked, setLinked] = useState<PersonHit | null>(initial && 'hit' in initial ? initial.hit : null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [dirty, setDirty] = useState(false);

  const initialValues = useMemo<Values>(() => {
    const person = initial && 'person' in initial ? initial.person : emptyPerson();
    const birth = person.birth ?? { exact: null, year: null, estimatedAge: null };
    return {
      person: {
        ...emptyPerson(),
        ...person,
        birth: { exact: birth.exact ?? null, year: birth.year ?? null, estimatedAge: birth.estimatedAge ?? { years: null, at: eventDate } },
        guardian: person.guardian ?? { name: '', relation: '', contact: '' },
      } as Values['person'],
      birthMode: modeOf(person.birth),
      participation: { ...defaultParticipation(), ...(initial?.participation ?? {}) },
    };
  }, []);

  useEffect(() => {
    if (errors) showFieldErrors(form, errors, formPath);
  }, [errors]);

  const mode: BirthMode = Form.useWatch('birthMode', form) ?? initialValues.birthMode;
  const exact: string | null = Form.useWatch(['person', 'birth', 'exact'], form) ?? null;
  const year: number | null = Form.useWatch(['person', 'birth', 'year'], form) ?? null;
  const estimated: number | null = Form.useWatch(['person', 'birth', 'estimatedAge', 'years'], form) ?? null;
  const country: string = Form.useWatch(['person', 'address', 'country'], form) ?? 'VN';
  const address: Partial<Record<UnitField, string | null>> = Form.useWatch(['person', 'address'], form) ?? initialValues.person.address ?? {};
  // The most specific unit picked: village, commune, district, then province.
  const homeUnit = UNIT_FIELDS.map(([field]) => address[field]).find((code) => code) ?? null;
  const setHomeUnit = (unit: AdminUnitHit | null) => {
    const path = unit ? [unit, ...unit.path] : [];
    for (const [field, level] of UNIT_FIELDS) form.setFieldValue(['person', 'address', field], path.find((u) => u.level === level)?.id ?? null);
    setDirty(true);
  };
  const unitErrors = UNIT_FIELDS.map(([field]) => errors?.[`person.address.${field}`]).filter((message) => message !== undefined);
  const unitFieldError = unitErrors.length ? { validateStatus: 'error' as const, help: unitErrors.map((message) => pick(message)).join(' ') } : {};
  const birth = linked ? linked.birth : buildBirth(mode, exact, year, estimated, eventDate);
  const age = ageAt(birth, eventDate);
  const child = age ? age.years < 18 : null;

  const build = (values: Values): MemberDraft => {
    const participation = { ...defaultParticipation(), ...values.participation };
    if (linked) return { personId: linked.id, participation, hit: linked };
    const person = values.person;
    const guardian = person.guardian && (person.guardian.name || person.guardian.relation || person.guardian.contact) ? person.guardian : null;
    return {
      person: {
        ...person,
        aliases: (person.aliases ?? []).map((a) => a.trim()).filter(Boolean),
        idDocuments: (person.idDocuments ?? []).filter((doc) => doc && (doc.number || doc.type)),
        // With "Chưa rõ" no birth field is on screen, so the submitted values carry no birth at all.
        birth: buildBirth(values.birthMode, person.birth?.exact ?? null, person.birth?.year ?? null, person.birth?.estimatedAge?.years ?? null, eventDate),
        guardian,
      },
      participation,
    };
  };

  const submit = async (values: Values) => {
    const member = build(values);
    const problems = schemaErrors(caseMemberInput, memberInput(member)) ?? birthProblem(member, eventDate);
    if (problems) {
      showFieldErrors(form, problems, formPath);
      return;
    }
    setBusy(true);
    const failed = await onSubmit(member);
    setBusy(false);
    if (failed) {
      setError(failed);
      showFieldErrors(form, failed.fields, formPath);
    }
  };

  const cancel = async () => {
    if (!dirty || (await confirmDiscard(t('rep.person.discardText')))) onClose();
  };

  return (
    <Modal open title={title} footer={null} onCancel={() => void cancel()} width={980} maskClosable={false} className="rep-person-modal" destroyOnHidden>
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={initialValues}
        onValuesChange={() => setDirty(true)}
        onFinish={(values) => void submit(values)}
        onKeyDown={keepEnterInPickers}
        className="rep-form rep-dense"
      >
        {error && needsNotice(error) && <Alert type="error" showIcon role="alert" title={pick(error.message)} style={{ marginBottom: 12 }} />}
        <div className="rep-age-line" aria-live="polite" data-testid="person-age">
          {child === true && <ChildBadge />}
          {age ? (
            <span>{t(age.exact ? 'rep.person.ageAt' : 'rep.person.ageAtAbout', { years: age.years, date: formatDate(eventDate) })}</span>
          ) : (
            <span className="rep-muted">{t('rep.person.ageUnknown')}</span>
          )}
          {child === false && <span className="rep-adult">{t('rep.person.adult')}</span>}
        </div>
        {allowLink && !linked && <LinkSearch onLink={(hit) => setLinked(hit)} />}
        {linked ? (
          <Alert
            type="info"
            showIcon
            title={t('rep.person.linkedTitle', { name: linked.fullNameVi })}
            description={
              <>
                {linked.nameKm && (
                  <>
                    <Km text={linked.nameKm} /> ·{' '}
                  </>
                )}
                {ref.label(V.sex, linked.sex)} · {birthText(linked.birth, t)} · {t('rep.list.caseCount', { count: linked.caseCount })}
              </>
            }
            action={
              allowLink && (
                <Button size="small" onClick={() => setLinked(null)}>
                  {t('rep.person.unlink')}
                </Button>
              )
            }
            style={{ marginBottom: 12 }}
          />
        ) : (
          <>
            <FormSection title={t('rep.person.identity')}>
              <Row gutter={12}>
                <Col span={9}>
                  <Form.Item name={['person', 'fullNameVi']} label={t('rep.person.fullNameVi')} rules={[{ required: true, whitespace: true, message: <Tr k="common.required" /> }]}>
                    <Input autoFocus={!allowLink} />
                  </Form.Item>
                </Col>
                <Col span={8}>
                  <Form.Item name={['person', 'nameKm']} label={t('rep.person.nameKm')}>
                    <Input lang="km" className="rep-km" />
                  </Form.Item>
                </Col>
                <Col span={7}>
                  <Form.Item name={['person', 'nameLatin']} label={t('rep.person.nameLatin')}>
                    <Input />
                  </Form.Item>
                </Col>
              </Row>
              <Row gutter={12}>
                <Col span={9}>
                  <Form.Item name={['person', 'aliases']} label={t('rep.person.aliases')} extra={t('rep.person.aliasesHint')}>
                    <Select mode="tags" open={false} tokenSeparators={[',', ';']} suffixIcon={null} />
                  </Form.Item>
                </Col>
                <Col span={5}>
                  <Form.Item name={['person', 'sex']} label={t('rep.person.sex')}>
                    <Select options={ref.options(V.sex)} />
                  </Form.Item>
                </Col>
                <Col span={10}>
                  <Form.Item name={['person', 'nationality']} label={t('rep.person.nationality')}>
                    <Select showSearch={{ optionFilterProp: 'label' }} options={ref.options(V.nationality)} />
                  </Form.Item>
                </Col>
              </Row>
              <Row gutter={12} align="top">
                <Col span={13}>
                  <Form.Item name="birthMode" label={t('rep.person.birth')}>
                    <Radio.Group
                      optionType="button"
                      options={(['exact', 'year', 'estimated', 'unknown'] as const).map((value) => ({ value, label: t(`rep.person.birthMode.${value}`) }))}
                    />
                  </Form.Item>
                </Col>
                <Col span={6}>
                  {mode === 'exact' && <DateItem name={['person', 'birth', 'exact']} label={t('rep.person.birthExact')} />}
                  {mode === 'year' && (
                    <Form.Item name={['person', 'birth', 'year']} label={t('rep.person.birthYear')}>
                      <InputNumber style={{ width: '100%' }} />
                    </Form.Item>
                  )}
                  {mode === 'estimated' && (
                    <Form.Item name={['person', 'birth', 'estimatedAge', 'years']} label={t('rep.person.estimatedAge', { date: formatDate(eventDate) })}>
                      <InputNumber style={{ width: '100%' }} />
                    </Form.Item>
                  )}
                </Col>
              </Row>
              <Form.List name={['person', 'idDocuments']}>
                {(rows, { add, remove }) => (
                  <fieldset className="lines-field">
                    <legend>{t('rep.person.idDocuments')}</legend>
                    {rows.map((row) => (
                      <Row gutter={8} key={row.key}>
                        <Col span={7}>
                          <Form.Item name={[row.name, 'type']} aria-label={t('rep.person.idType')} initialValue="vn_citizen_id">
                            <Select options={ref.options(V.idType)} aria-label={t('rep.person.idType')} />
                          </Form.Item>
                        </Col>
                        <Col span={7}>
                          <Form.Item name={[row.name, 'number']}>
                            <Input placeholder={t('rep.person.idNumber')} aria-label={t('rep.person.idNumber')} />
                          </Form.Item>
                        </Col>
                        <Col span={8}>
                          <Form.Item name={[row.name, 'issuedBy']}>
                            <Input placeholder={t('rep.person.idIssuedBy')} aria-label={t('rep.person.idIssuedBy')} />
                          </Form.Item>
                        </Col>
                        <Col span={2}>
                          <Button onClick={() => remove(row.name)} aria-label={t('rep.form.removeLine')}>
                            ✕
                          </Button>
                        </Col>
                      </Row>
                    ))}
                    {rows.length < 5 && (
                      <Button size="small" onClick={() => add({ type: 'vn_citizen_id', number: '', issuedBy: '' })}>
                        {t('rep.person.addIdDocument')}
                      </Button>
                    )}
                  </fieldset>
                )}
              </Form.List>
              <Row gutter={12}>
                <Col span={5}>
                  <Form.Item name={['person', 'address', 'country']} label={t('rep.person.country')}>
                    <Select options={ref.options(V.nationality).filter((o) => ['VN', 'KH', 'LA', 'TH', 'CN'].includes(o.value))} onChange={() => setHomeUnit(null)} />
                  </Form.Item>
                </Col>
                <Col span={19}>
                  {/* The codes the picker fills; errors on them show beside the picker. */}
                  {UNIT_FIELDS.map(([field]) => (
                    <Form.Item key={field} name={['person', 'address', field]} hidden>
                      <Input />
                    </Form.Item>
                  ))}
                  {(country === 'VN' || country === 'KH') && (
                    <Form.Item
                      label={t('addressPicker.label')}
                      htmlFor="person-home-unit"
                      extra={t('rep.person.provinceHint', { date: formatDate(eventDate) })}
                      {...unitFieldError}
                    >
                      <AddressPicker id="person-home-unit" country={country} at={eventDate} value={homeUnit} onChange={setHomeUnit} />
                    </Form.Item>
                  )}
                </Col>
              </Row>
              <Form.Item name={['person', 'address', 'line']} label={t('rep.person.addressLine')}>
                <Input />
              </Form.Item>
              <Form.Item name={['person', 'contacts']} label={t('rep.person.contacts')}>
                <Input />
              </Form.Item>
              {(child !== false || (initial && 'person' in initial && initial.person.guardian)) && (
                <fieldset className="lines-field rep-guardian">
                  <legend>
                    {t('rep.person.guardian')} {child === true && <span className="rep-muted">— {t('rep.person.guardianForChild')}</span>}
                  </legend>
                  <Row gutter={12}>
                    <Col span={9}>
                      <Form.Item name={['person', 'guardian', 'name']} label={t('rep.person.guardianName')}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col span={6}>
                      <Form.Item name={['person', 'guardian', 'relation']} label={t('rep.person.guardianRelation')}>
                        <Input />
                      </Form.Item>
                    </Col>
                    <Col span={9}>
                      <Form.Item name={['person', 'guardian', 'contact']} label={t('rep.person.guardianContact')}>
                        <Input />
                      </Form.Item>
                    </Col>
                  </Row>
                </fieldset>
              )}
            </FormSection>
          </>
        )}
        <FormSection title={t('rep.person.inCase')}>
          <Row gutter={12}>
            <Col span={8}>
              <Form.Item name={['participation', 'role']} label={t('rep.person.role')}>
                <Select options={ref.options(V.role)} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name={['participation', 'healthStatus']} label={t('rep.person.health')}>
                <Select options={ref.options(V.health)} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name={['participation', 'healthNote']} label={t('rep.person.healthNote')}>
                <Input />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name={['participation', 'exploitationTypes']} label={t('rep.person.exploitation')}>
                <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={ref.options(V.exploitation)} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name={['participation', 'meansOfControl']} label={t('rep.person.control')}>
                <Select mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={ref.options(V.control)} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={8}>
              <Form.Item name={['participation', 'recruitment']} label={t('rep.person.recruitment')}>
                <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={ref.options(V.recruitment)} />
              </Form.Item>
            </Col>
            <Col span={10}>
              <Form.Item name={['participation', 'exploitationPlace']} label={t('rep.person.exploitationPlace')}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={6}>
              <Form.Item name={['participation', 'exploitationCountry']} label={t('rep.person.exploitationCountry')}>
                <Select allowClear showSearch={{ optionFilterProp: 'label' }} options={ref.options(V.nationality)} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name={['participation', 'needs']} label={t('rep.person.needs')}>
                <Input />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name={['participation', 'remarks']} label={t('rep.person.remarks')}>
                <Input />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name={['participation', 'consentToShare']} valuePropName="checked">
            <Checkbox>{t('rep.person.consent')}</Checkbox>
          </Form.Item>
        </FormSection>
        <div className="form-buttons">
          <Typography.Text type="secondary" className="rep-keys-hint">
            {t('common.enterHint')} · {t('common.escHint')}
          </Typography.Text>
          <Button onClick={() => void cancel()}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy}>
            {initial ? t('rep.person.savePerson') : t('rep.person.addPerson')}
          </Button>
        </div>
      </Form>
    </Modal>
  );
}

/** The shared birth rule (src-shared/people/birth-rules.ts) as the form's field errors. */
function birthProblem(member: MemberDraft, eventDate: string): Record<string, Bilingual> | null {
  if (!('person' in member) || !member.person.birth) return null;
  const problem = birthAfterEvent(member.person.birth, eventDate);
  return problem && { [`person.birth.${birthField(member.person.birth)}`]: problem };
}

function buildBirth(mode: BirthMode, exact: string | null, year: number | null, years: number | null, at: string): PersonInput['birth'] {
  if (mode === 'exact' && exact) return { exact, year: null, estimatedAge: null };
  if (mode === 'year' && year) return { exact: null, year, estimatedAge: null };
  if (mode === 'estimated' && years !== null && years !== undefined) return { exact: null, year: null, estimatedAge: { years, at } };
  return { exact: null, year: null, estimatedAge: null };
}

/** Finds a person already in the vault by name (any script, diacritics ignored) to link instead of retyping. */
function LinkSearch({ onLink }: { onLink: (hit: PersonHit) => void }) {
  const { t } = useTranslation();
  const ref = useReferenceData();
  const [hits, setHits] = useState<PersonHit[] | null>(null);
  const [hint, setHint] = useState<Bilingual | null>(null);
  const [busy, setBusy] = useState(false);
  const search = async (query: string) => {
    setHint(shortQueryHint(query));
    if (!query.trim()) return setHits(null);
    setBusy(true);
    const result = await invoke('people.search', { query, limit: 10 });
    setBusy(false);
    setHits(result.ok ? result.value : []);
  };
  return (
    <div className="rep-link-search">
      <Input.Search
        placeholder={t('rep.person.linkPlaceholder')}
        aria-label={t('rep.person.linkSearch')}
        enterButton={t('rep.person.linkFind')}
        loading={busy}
        allowClear={clearNamed(t('common.clearText'))}
        onSearch={(value, event) => {
          event?.preventDefault();
          void search(value);
        }}
        onPressEnter={(event) => event.preventDefault()}
        style={{ maxWidth: 520 }}
      />
      {hits && (
        <div className="rep-link-hits" aria-live="polite">
          {hint && (
            <Typography.Text type="secondary" className="rep-query-hint">
              {pick(hint)}
            </Typography.Text>
          )}
          {hits.length === 0 && !hint && <Typography.Text type="secondary">{t('rep.person.linkNone')}</Typography.Text>}
          {hits.map((hit) => (
            <Space key={hit.id} className="rep-link-hit">
              <strong>{hit.fullNameVi}</strong>
              <Km text={hit.nameKm} />
              <span className="rep-muted">
                {ref.label(V.sex, hit.sex)} · {birthText(hit.birth, t)} · {t('rep.list.caseCount', { count: hit.caseCount })}
              </span>
              <Button size="small" onClick={() => onLink(hit)}>
                {t('rep.person.link')}
              </Button>
            </Space>
          ))}
        </div>
      )}
    </div>
  );
}
