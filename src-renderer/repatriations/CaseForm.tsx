import { Alert, App as AntApp, Button, Checkbox, Col, Form, Input, Row, Select, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { caseFieldsSchema, type AppError, type Bilingual, type CaseView } from '../../src-shared/contract/index.js';
import { navigate } from '../app/router.js';
import { invoke } from '../bridge/engine.js';
import { focusFieldWhenShown, needsNotice, schemaErrors, showFieldErrors } from '../forms/engine-errors.js';
import { enterMovesToNextField } from '../forms/keyboard.js';
import { pick } from '../i18n/index.js';
import { Tr } from '../i18n/Tr.js';
import { useSession } from '../session/session-context.js';
import { ConflictNotice, conflictOf, type Conflict } from './ConflictNotice.js';
import { draftsFor } from './drafts.js';
import { DelegationLines } from './form/DelegationLines.js';
import { InternalHandoverSection } from './form/InternalHandoverSection.js';
import { ItemLines } from './form/ItemLines.js';
import { MemberTable } from './form/MemberTable.js';
import { ReferralLines } from './form/ReferralLines.js';
import { formPath, initialFields, LIST_KEYS, toFields, type Draft, type ListKey, type Values } from './form/values.js';
import { DateItem, FormSection, useAskReason, useConfirmDiscard } from './form-parts.js';
import { defaultDeadline, eventDateOf, formatDate } from './model.js';
import { memberInput, PersonForm, type MemberDraft } from './PersonForm.js';
import { GATE, useReferenceData, V } from './reference-data.js';

/**
 * Create or edit a case: keyboard first (Tab order top to bottom; Enter in a field moves to the next field and
 * never submits; Ctrl+S saves; Esc cancels), errors beside each field, drafts kept in memory when leaving, a stale
 * save shown with what differs — and never a cleared form. A new case is created only with at least one person.
 */
export function CaseForm({
  view,
  errorsFromMove,
  focusField,
  onSaved,
}: {
  view?: CaseView;
  errorsFromMove?: Record<string, Bilingual>;
  /** A field to focus on arrival ("go to the field" from a notice elsewhere). */
  focusField?: string;
  onSaved: (view: CaseView) => void;
}) {
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
    const target = focusField && formPath(focusField);
    if (target) focusFieldWhenShown(form, target);
    else if (focusField) document.getElementById(`sec-${focusField.replace(/^fields\./, '').split('.')[0]}`)?.scrollIntoView({ block: 'start' });
  }, [errorsFromMove, focusField]);

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
    if (!view && members.length === 0) {
      // Checked here too so the officer hears it before anything is sent; the engine refuses it as well.
      setListErrors({ members: t('rep.formKeys.noPersons') });
      document.querySelector<HTMLElement>('[data-testid="add-person"]')?.focus();
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
    setListErrors(({ members: _done, ...rest }) => rest);
    if (index !== null) setMemberErrors(({ [index]: _dropped, ...rest }) => rest);
    setPersonDialog(null);
    dirty.current = true;
    return null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    enterMovesToNextField(event);
    if (event.key === 'Escape' && !personDialog) {
      const target = event.target as HTMLElement;
      if (target.closest('.ant-select-open, .ant-picker') || document.querySelector('.ant-modal-wrap:not([style*="display: none"]) .ant-modal')) return;
      event.preventDefault();
      void cancel();
    }
  };

  // Ctrl+S saves wherever the focus is (also after a dialog closed and left it on the page), unless a dialog is open.
  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 's') return;
      event.preventDefault();
      if (document.querySelector('.ant-modal-wrap:not([style*="display: none"]) .ant-modal')) return;
      void saveRef.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

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

        <DelegationLines error={listErrors.delegations} />
        <ItemLines error={listErrors.items} memberOptions={memberOptions} saved={!!view} />
        <ReferralLines error={listErrors.referrals} memberOptions={memberOptions} saved={!!view} />
        {direction === 'receiving_from_kh' && <InternalHandoverSection recorded={hasInternal} />}

        <div className="rep-form-footer">
          <Typography.Text type="secondary" className="rep-keys-hint">
            {t('rep.form.keysHint')}
          </Typography.Text>
          <Button onClick={() => void cancel()}>{t('common.cancel')}</Button>
          <Button type="primary" onClick={() => void save()} loading={busy} aria-keyshortcuts="Control+S" data-testid="save-case">
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

