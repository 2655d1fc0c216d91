import { Alert, App as AntApp, Button, Checkbox, Col, Form, Input, InputNumber, Row, Select, Space, Table, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { caseFieldsSchema, type AppError, type Bilingual, type CaseFields, type CaseView } from '../../src-shared/contract/index.js';
import { navigate } from '../app/router.js';
import { invoke } from '../bridge/engine.js';
import { needsNotice, schemaErrors, showFieldErrors } from '../forms/engine-errors.js';
import { pick } from '../i18n/index.js';
import { Tr } from '../i18n/Tr.js';
import { useSession } from '../session/session-context.js';
import { birthText } from './CaseList.js';
import { ConflictNotice, conflictOf, type Conflict } from './ConflictNotice.js';
import { draftsFor } from './drafts.js';
import { DateItem, FormSection, keepEnterInPickers, useAskReason, useConfirmDiscard } from './form-parts.js';
import { defaultDeadline, eventDateOf, fieldsOf, formatDate, isChild, todayIso } from './model.js';
import { memberInput, PersonForm, type MemberDraft } from './PersonForm.js';
import { GATE, useReferenceData, V } from './reference-data.js';
import { ChildBadge } from './tags.js';

type Fields = CaseFields & { internalHandover?: CaseFields['internalHandover'] };
interface Values {
  fields: Fields;
  hasInternal: boolean;
}
interface Draft {
  values: Values;
  members: MemberDraft[];
  version: number | null;
}

/** List-level messages ("both sides need a head of delegation") shown at the top of their section. */
const LIST_KEYS = ['delegations', 'items', 'referrals', 'members'] as const;
type ListKey = (typeof LIST_KEYS)[number];

const emptyInternal = () => ({ giverUnit: '', receiverUnit: '', receiverMembers: [], at: null, place: '' });

function initialFields(view?: CaseView): Values {
  if (view) {
    const fields = fieldsOf(view);
    return { fields: { ...fields, internalHandover: fields.internalHandover ?? emptyInternal() }, hasInternal: !!view.internalHandover };
  }
  return {
    fields: {
      direction: 'receiving_from_kh',
      requestSource: 'kh_side',
      counterpartReference: '',
      requestedOn: todayIso(),
      verificationDeadline: null,
      agreedDate: null,
      gateCode: null,
      transportMode: null,
      handoverAt: null,
      placeNote: '',
      dossierChecked: false,
      identityCheckDone: false,
      healthSummary: '',
      summary: '',
      delegations: [],
      items: [],
      referrals: [],
      internalHandover: emptyInternal(),
    },
    hasInternal: false,
  };
}

/** The form's values as the contract takes them. */
function toFields(values: Values): CaseFields {
  const { internalHandover, ...rest } = values.fields;
  const internal = values.hasInternal && rest.direction === 'receiving_from_kh' && internalHandover ? internalHandover : null;
  return {
    ...rest,
    verificationDeadline: rest.verificationDeadline || null,
    items: (rest.items ?? []).map((item) => ({ ...item, quantity: item.quantity ?? 1, personId: item.personId ?? null })),
    internalHandover: internal ? { ...internal, receiverMembers: internal.receiverMembers ?? [] } : null,
  };
}

/** Engine paths → form paths ("fields.gateCode" as is; a bare "gateCode" from a refused move under "fields."). */
function formPath(path: string): string | null {
  const bare = path.replace(/^fields\./, '');
  if ((LIST_KEYS as readonly string[]).includes(bare) || bare.startsWith('members')) return null;
  if (bare === 'amendmentReason') return null;
  return `fields.${bare}`;
}

/**
 * Create or edit a case: keyboard first (Tab order top to bottom, Enter or Ctrl+S saves, Esc cancels), errors
 * beside each field, drafts kept in memory when leaving, a stale save shown with what differs — and never a
 * cleared form.
 */
export function CaseForm({ view, errorsFromMove, onSaved }: { view?: CaseView; errorsFromMove?: Record<string, Bilingual>; onSaved: (view: CaseView) => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { session } = useSession();
  const ref = useReferenceData();
  const drafts = draftsFor(session.username);
  const key = view ? `edit:${view.id}` : 'new';
  const restored = useMemo(() => drafts.get<Draft>(key), []);
  const [form] = Form.useForm<Values>();
  const [members, setMembers] = useState<MemberDraft[]>(restored?.members ?? []);
  const [version, setVersion] = useState<number | null>(restored?.version ?? view?.version ?? null);
  const [error, setError] = useState<AppError | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [listErrors, setListErrors] = useState<Partial<Record<ListKey, string>>>({});
  const [memberErrors, setMemberErrors] = useState<Record<number, Record<string, Bilingual>>>({});
  const [personDialog, setPersonDialog] = useState<{ index: number | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const [draftShown, setDraftShown] = useState(!!restored);
  const dirty = useRef(!!restored);
  const confirmDiscard = useConfirmDiscard();
  const askReason = useAskReason();
  const initialValues = useMemo(() => restored?.values ?? initialFields(view), []);

  const direction = Form.useWatch(['fields', 'direction'], form) ?? initialValues.fields.direction;
  const requestedOn: string | null = Form.useWatch(['fields', 'requestedOn'], form) ?? initialValues.fields.requestedOn;
  const agreedDate: string | null = Form.useWatch(['fields', 'agreedDate'], form) ?? null;
  const handoverAt: string | null = Form.useWatch(['fields', 'handoverAt'], form) ?? null;
  const hasInternal: boolean = Form.useWatch('hasInternal', form) ?? initialValues.hasInternal;
  const eventDate = eventDateOf({ handoverAt, agreedDate, requestedOn });
  const caseMembers = view?.members ?? [];
  const memberOptions = caseMembers.map((m) => ({ value: m.person.id, label: m.person.fullNameVi }));

  const remember = () => {
    dirty.current = true;
    drafts.set(key, { values: form.getFieldsValue(true), members: membersRef.current, version } satisfies Draft);
  };
  const membersRef = useRef(members);
  membersRef.current = members;
  useEffect(() => {
    if (dirty.current) remember();
  }, [members, version]);

  // A stale save: the notice is what to read first.
  useEffect(() => {
    if (conflict) document.querySelector('[data-testid="conflict-notice"]')?.scrollIntoView({ block: 'start' });
  }, [conflict]);

  // Errors brought from a refused stage move: beside their fields at once.
  useEffect(() => {
    if (errorsFromMove) place(errorsFromMove);
  }, [errorsFromMove]);

  const leave = () => (view ? navigate('repatriations', view.id) : navigate('repatriations'));
  const discard = () => {
    drafts.drop(key);
    dirty.current = false;
  };

  const cancel = async () => {
    if (!dirty.current || (await confirmDiscard())) {
      discard();
      leave();
    }
  };

  // Leaving through the menu or a link while the form holds unsaved input: come back and ask first.
  const here = useRef(window.location.hash);
  useEffect(() => {
    let asking = false;
    const onHash = () => {
      const target = window.location.hash;
      if (!dirty.current || target === here.current || asking) return;
      asking = true;
      window.location.hash = here.current;
      void confirmDiscard(t('rep.form.leaveText')).then((ok) => {
        asking = false;
        if (ok) {
          discard();
          window.location.hash = target;
        }
      });
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  function place(fields: Record<string, Bilingual> | undefined) {
    if (!fields) return;
    const lists: Partial<Record<ListKey, string>> = {};
    const perMember: Record<number, Record<string, Bilingual>> = {};
    for (const [path, text] of Object.entries(fields)) {
      const bare = path.replace(/^fields\./, '');
      const member = /^members\.(\d+)\.(.+)$/.exec(bare);
      if (member) (perMember[Number(member[1])] ??= {})[member[2]] = text;
      else if ((LIST_KEYS as readonly string[]).includes(bare)) lists[bare as ListKey] = pick(text);
    }
    setListErrors(lists);
    setMemberErrors(perMember);
    showFieldErrors(form, fields, formPath);
  }

  const save = async (useVersion = version) => {
    const values = form.getFieldsValue(true) as Values;
    const fields = toFields(values);
    const local = schemaErrors(caseFieldsSchema, fields);
    if (local) {
      place(Object.fromEntries(Object.entries(local).map(([path, text]) => [`fields.${path}`, text])));
      return;
    }
    let amendmentReason = '';
    if (view?.approved) {
      const reason = await askReason();
      if (reason === null) return;
      amendmentReason = reason;
    }
    setBusy(true);
    const result = view
      ? await invoke('repatriations.update', { id: view.id, version: useVersion!, fields, amendmentReason })
      : await invoke('repatriations.create', { fields, members: members.map(memberInput) });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      setConflict(result.error.code === 'conflict' ? conflictOf(result.error.detail) : null);
      place(result.error.fields);
      return;
    }
    discard();
    setError(null);
    setConflict(null);
    void message.success(view ? t('common.saved') : t('rep.form.created', { number: result.value.caseNumber }));
    onSaved(result.value);
  };

  const submitMember = async (draft: MemberDraft, index: number | null): Promise<AppError | null> => {
    setMembers((current) => (index === null ? [...current, draft] : current.map((m, i) => (i === index ? draft : m))));
    if (index !== null) setMemberErrors(({ [index]: _dropped, ...rest }) => rest);
    setPersonDialog(null);
    dirty.current = true;
    return null;
  };

  const onKeyDown = (event: KeyboardEvent) => {
    keepEnterInPickers(event);
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape' && !personDialog) {
      const target = event.target as HTMLElement;
      if (target.closest('.ant-select-open, .ant-picker') || document.querySelector('.ant-modal-wrap:not([style*="display: none"]) .ant-modal')) return;
      event.preventDefault();
      void cancel();
    }
  };

  const title = view ? t('rep.form.editTitle', { number: view.caseNumber }) : t('rep.form.newTitle');
  const defaultDeadlineText = defaultDeadline(requestedOn);

  return (
    <section aria-labelledby="rep-form-title" onKeyDown={onKeyDown} className="rep-form-page">
      <div className="page-heading">
        <Typography.Title level={2} id="rep-form-title" className="page-title">
          {title}
        </Typography.Title>
        {view?.approved && <Alert type="info" showIcon title={t('rep.form.approvedNote')} className="rep-inline-alert" />}
      </div>
      {draftShown && (
        <Alert
          type="info"
          showIcon
          closable={{ onClose: () => setDraftShown(false) }}
          title={t('rep.form.draftRestored')}
          action={
            <Button
              size="small"
              onClick={() => {
                discard();
                form.setFieldsValue(initialFields(view));
                setMembers([]);
                setVersion(view?.version ?? null);
                setDraftShown(false);
              }}
            >
              {t('rep.form.draftDiscard')}
            </Button>
          }
          style={{ marginBottom: 12 }}
        />
      )}
      {conflict && (
        <ConflictNotice
          conflict={conflict}
          mine={toFields(form.getFieldsValue(true) as Values)}
          busy={busy}
          onKeepMine={() => {
            setVersion(conflict.current.version);
            setConflict(null);
            setError(null);
            void save(conflict.current.version);
          }}
          onTakeTheirs={() => {
            form.setFieldsValue(initialFields(conflict.current));
            setVersion(conflict.current.version);
            setConflict(null);
            setError(null);
            discard();
          }}
        />
      )}
      {error && !conflict && needsNotice(error) && <Alert type="error" showIcon role="alert" title={pick(error.message)} style={{ marginBottom: 12 }} data-testid="form-error" />}
      <Form<Values>
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={initialValues}
        onValuesChange={remember}
        onFinish={() => void save()}
        className="rep-form"
        scrollToFirstError
      >
        <FormSection title={t('rep.form.request')} id="sec-request">
          <Row gutter={16}>
            <Col span={8}>
              <Form.Item name={['fields', 'direction']} label={t('rep.field.direction')}>
                <Select autoFocus options={(['receiving_from_kh', 'handing_over_to_kh'] as const).map((d) => ({ value: d, label: t(`rep.direction.${d}`) }))} />
              </Form.Item>
            </Col>
            <Col span={8}>
              <Form.Item name={['fields', 'requestSource']} label={t('rep.field.requestSource')}>
                <Select options={(['kh_side', 'consular', 'blo_urgent', 'self_return', 'other'] as const).map((s) => ({ value: s, label: t(`rep.source.${s}`) }))} />
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
                placeholder={defaultDeadlineText ? formatDate(defaultDeadlineText) : undefined}
                extra={defaultDeadlineText ? t('rep.form.deadlineDefault', { date: formatDate(defaultDeadlineText) }) : undefined}
              />
            </Col>
          </Row>
        </FormSection>

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

        {!view && (
          <FormSection
            title={t('rep.form.persons', { count: members.length })}
            id="sec-persons"
            extra={
              <Button onClick={() => setPersonDialog({ index: null })} data-testid="add-person">
                {t('rep.form.addPerson')}
              </Button>
            }
          >
            {listErrors.members && <Alert type="error" showIcon title={listErrors.members} className="rep-list-error" />}
            <MemberTable members={members} eventDate={eventDate} errors={memberErrors} onEdit={(index) => setPersonDialog({ index })} onRemove={(index) => setMembers((current) => current.filter((_, i) => i !== index))} />
            <Typography.Paragraph type="secondary" className="rep-hint">
              {t('rep.form.importLater')}
            </Typography.Paragraph>
          </FormSection>
        )}

        <FormSection title={t('rep.form.delegations')} id="sec-delegations">
          {listErrors.delegations && <Alert type="error" showIcon title={listErrors.delegations} className="rep-list-error" data-testid="delegations-error" />}
          <Form.List name={['fields', 'delegations']}>
            {(rows, { add, remove }) => (
              <div className="rep-lines">
                {rows.length > 0 && (
                  <div className="rep-line rep-line-head rep-delegation" aria-hidden>
                    <span>{t('rep.delegation.side')}</span>
                    <span>{t('rep.delegation.name')}</span>
                    <span>{t('rep.delegation.rank')}</span>
                    <span>{t('rep.delegation.position')}</span>
                    <span>{t('rep.delegation.agency')}</span>
                    <span />
                  </div>
                )}
                {rows.map((row, index) => (
                  <div className="rep-line rep-delegation" key={row.key} role="group" aria-label={t('rep.delegation.line', { n: index + 1 })}>
                    <Form.Item name={[row.name, 'side']}>
                      <Select aria-label={t('rep.delegation.side')} options={[{ value: 'VN', label: t('rep.side.VN') }, { value: 'KH', label: t('rep.side.KH') }]} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'name']} rules={[{ required: true, whitespace: true, message: <Tr k="common.required" /> }]}>
                      <Input aria-label={t('rep.delegation.name')} maxLength={120} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'rank']}>
                      <Input aria-label={t('rep.delegation.rank')} maxLength={60} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'position']}>
                      <Input aria-label={t('rep.delegation.position')} maxLength={120} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'agency']}>
                      <Input aria-label={t('rep.delegation.agency')} maxLength={200} />
                    </Form.Item>
                    <Space size={4} className="rep-line-flags">
                      <Form.Item name={[row.name, 'isHead']} valuePropName="checked">
                        <Checkbox>{t('rep.delegation.head')}</Checkbox>
                      </Form.Item>
                      <Form.Item name={[row.name, 'isInterpreter']} valuePropName="checked">
                        <Checkbox>{t('rep.delegation.interpreter')}</Checkbox>
                      </Form.Item>
                      <Button onClick={() => remove(row.name)} aria-label={t('rep.form.removeLineN', { n: index + 1 })}>
                        ✕
                      </Button>
                    </Space>
                  </div>
                ))}
                <Space>
                  <Button size="small" onClick={() => add({ side: 'VN', name: '', rank: '', position: '', agency: '', isHead: false, isInterpreter: false })}>
                    {t('rep.delegation.addVN')}
                  </Button>
                  <Button size="small" onClick={() => add({ side: 'KH', name: '', rank: '', position: '', agency: '', isHead: false, isInterpreter: false })}>
                    {t('rep.delegation.addKH')}
                  </Button>
                </Space>
              </div>
            )}
          </Form.List>
        </FormSection>

        <FormSection title={t('rep.form.items')} id="sec-items">
          {listErrors.items && <Alert type="error" showIcon title={listErrors.items} className="rep-list-error" />}
          <Form.List name={['fields', 'items']}>
            {(rows, { add, remove }) => (
              <div className="rep-lines">
                {rows.map((row, index) => (
                  <div className="rep-line rep-item" key={row.key} role="group" aria-label={t('rep.item.line', { n: index + 1 })}>
                    <Form.Item name={[row.name, 'kind']}>
                      <Select aria-label={t('rep.item.kind')} options={[{ value: 'document', label: t('rep.item.document') }, { value: 'belonging', label: t('rep.item.belonging') }]} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'description']} rules={[{ required: true, whitespace: true, message: <Tr k="common.required" /> }]}>
                      <Input aria-label={t('rep.item.description')} placeholder={t('rep.item.description')} maxLength={300} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'quantity']}>
                      <InputNumber aria-label={t('rep.item.quantity')} min={1} max={100000} style={{ width: '100%' }} />
                    </Form.Item>
                    <Form.Item name={[row.name, 'personId']}>
                      <Select allowClear aria-label={t('rep.item.owner')} placeholder={view ? t('rep.item.owner') : t('rep.item.ownerAfterSave')} disabled={!view} options={memberOptions} />
                    </Form.Item>
                    <Button onClick={() => remove(row.name)} aria-label={t('rep.form.removeLineN', { n: index + 1 })}>
                      ✕
                    </Button>
                  </div>
                ))}
                <Button size="small" onClick={() => add({ kind: 'document', description: '', quantity: 1, personId: null })}>
                  {t('rep.item.add')}
                </Button>
              </div>
            )}
          </Form.List>
        </FormSection>

        <FormSection title={t('rep.form.referrals')} id="sec-referrals">
          {listErrors.referrals && <Alert type="error" showIcon title={listErrors.referrals} className="rep-list-error" data-testid="referrals-error" />}
          {!view ? (
            <Typography.Paragraph type="secondary">{t('rep.referral.afterSave')}</Typography.Paragraph>
          ) : (
            <Form.List name={['fields', 'referrals']}>
              {(rows, { add, remove }) => (
                <div className="rep-lines">
                  {rows.map((row, index) => (
                    <div className="rep-line rep-referral" key={row.key} role="group" aria-label={t('rep.referral.line', { n: index + 1 })}>
                      <Form.Item name={[row.name, 'personId']} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
                        <Select showSearch={{ optionFilterProp: 'label' }} aria-label={t('rep.referral.person')} placeholder={t('rep.referral.person')} options={memberOptions} />
                      </Form.Item>
                      <Form.Item name={[row.name, 'service']} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
                        <Select aria-label={t('rep.referral.service')} placeholder={t('rep.referral.service')} options={ref.options(V.service)} />
                      </Form.Item>
                      <Form.Item name={[row.name, 'provider']}>
                        <Input aria-label={t('rep.referral.provider')} placeholder={t('rep.referral.provider')} maxLength={200} />
                      </Form.Item>
                      <DateItem name={[row.name, 'referredOn']} aria-label={t('rep.referral.on')} placeholder={t('rep.referral.on')} />
                      <Form.Item name={[row.name, 'status']}>
                        <Select aria-label={t('rep.referral.status')} options={(['planned', 'referred', 'received', 'declined'] as const).map((s) => ({ value: s, label: t(`rep.referral.statuses.${s}`) }))} />
                      </Form.Item>
                      <Button onClick={() => remove(row.name)} aria-label={t('rep.form.removeLineN', { n: index + 1 })}>
                        ✕
                      </Button>
                    </div>
                  ))}
                  <Button size="small" disabled={!caseMembers.length} onClick={() => add({ personId: undefined, service: undefined, provider: '', referredOn: null, status: 'planned', note: '' })}>
                    {t('rep.referral.add')}
                  </Button>
                </div>
              )}
            </Form.List>
          )}
        </FormSection>

        {direction === 'receiving_from_kh' && (
          <FormSection
            title={t('rep.form.internal')}
            id="sec-internal"
            extra={
              <Form.Item name="hasInternal" valuePropName="checked" noStyle>
                <Checkbox>{t('rep.internal.record')}</Checkbox>
              </Form.Item>
            }
          >
            {hasInternal ? (
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
        )}

        <div className="rep-form-footer">
          <Typography.Text type="secondary" className="rep-keys-hint">
            {t('rep.form.keysHint')}
          </Typography.Text>
          <Button onClick={() => void cancel()}>{t('common.cancel')}</Button>
          <Button type="primary" htmlType="submit" loading={busy} aria-keyshortcuts="Control+S">
            {view ? t('common.save') : t('rep.form.create')}
          </Button>
        </div>
      </Form>
      {personDialog && (
        <PersonForm
          title={personDialog.index === null ? t('rep.person.addTitle') : t('rep.person.editTitle')}
          initial={personDialog.index === null ? undefined : members[personDialog.index]}
          errors={personDialog.index === null ? undefined : memberErrors[personDialog.index]}
          eventDate={eventDate}
          allowLink
          onSubmit={(draft) => submitMember(draft, personDialog.index)}
          onClose={() => setPersonDialog(null)}
        />
      )}
    </section>
  );
}

/** The persons typed into a new case, before it is saved; a row with engine errors says so in words. */
function MemberTable({
  members,
  eventDate,
  errors,
  onEdit,
  onRemove,
}: {
  members: MemberDraft[];
  eventDate: string;
  errors: Record<number, Record<string, Bilingual>>;
  onEdit: (index: number) => void;
  onRemove: (index: number) => void;
}) {
  const { t } = useTranslation();
  const ref = useReferenceData();
  const rows = members.map((member, index) => ({ member, index }));
  return (
    <Table
      size="small"
      rowKey="index"
      pagination={false}
      dataSource={rows}
      data-testid="member-table"
      locale={{ emptyText: t('rep.form.noPersons') }}
      rowClassName={({ index }) => (errors[index] ? 'rep-row-error' : '')}
      columns={[
        { title: t('rep.person.no'), width: 50, render: (_, { index }) => index + 1 },
        {
          title: t('rep.person.fullNameVi'),
          render: (_, { member, index }) => (
            <div>
              <strong>{'personId' in member ? member.hit.fullNameVi : member.person.fullNameVi}</strong>
              {'personId' in member && <span className="rep-muted"> · {t('rep.person.linked')}</span>}
              {errors[index] && (
                <div className="rep-error-text" role="alert">
                  {Object.values(errors[index])
                    .map((m) => pick(m))
                    .join(' ')}
                </div>
              )}
            </div>
          ),
        },
        { title: t('rep.person.nameKm'), render: (_, { member }) => <span className="rep-km">{'personId' in member ? member.hit.nameKm : member.person.nameKm}</span> },
        { title: t('rep.person.sex'), width: 90, render: (_, { member }) => ref.label(V.sex, 'personId' in member ? member.hit.sex : member.person.sex) },
        {
          title: t('rep.person.birth'),
          width: 190,
          render: (_, { member }) => {
            const birth = 'personId' in member ? member.hit.birth : member.person.birth;
            const child = isChild(birth, eventDate);
            return (
              <Space size={6}>
                <span>{birthText({ exact: birth?.exact ?? null, year: birth?.year ?? null, estimatedAge: birth?.estimatedAge ?? null }, t)}</span>
                {child && <ChildBadge />}
              </Space>
            );
          },
        },
        { title: t('rep.person.role'), width: 170, render: (_, { member }) => ref.label(V.role, member.participation.role ?? 'being_identified') },
        {
          title: t('rep.form.actions'),
          width: 150,
          render: (_, { member, index }) => {
            const name = 'personId' in member ? member.hit.fullNameVi : member.person.fullNameVi;
            return (
              <Space size={4}>
                <Button size="small" onClick={() => onEdit(index)} aria-label={`${t('common.edit')} ${name}`}>
                  {t('common.edit')}
                </Button>
                <Button size="small" danger onClick={() => onRemove(index)} aria-label={`${t('common.remove')} ${name}`}>
                  {t('common.remove')}
                </Button>
              </Space>
            );
          },
        },
      ]}
    />
  );
}

