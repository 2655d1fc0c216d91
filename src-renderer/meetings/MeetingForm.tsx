import { Alert, App as AntApp, Button, Col, Form, Input, Row, Select, Space, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  MEETING_LEVELS,
  MEETING_TYPES,
  SIDES,
  meetingFieldsSchema,
  type AppError,
  type Bilingual,
  type MeetingFieldsData,
  type MeetingView,
} from '../../src-shared/contract/index.js';
import { dateProblems, delegationProblems, missingForSubmit } from '../../src-shared/meetings/rules.js';
import { navigate } from '../app/router.js';
import { invoke } from '../bridge/engine.js';
import { FieldErrorNotice } from '../forms/FieldErrorNotice.js';
import { namePath, schemaErrors, showFieldErrors } from '../forms/engine-errors.js';
import { enterMovesToNextField } from '../forms/keyboard.js';
import { pick } from '../i18n/index.js';
import { DateItem, FormSection, useConfirmDiscard } from '../repatriations/form-parts.js';
import { useAmendReason } from '../records/useAmendReason.js';
import { MEETING_RECORD } from './record-kind.js';
import { CarryOverDialog } from './form/CarryOverDialog.js';
import { CaseLinks } from './form/CaseLinks.js';
import { DelegatesTable } from './form/DelegatesTable.js';
import { ActionLines, AgendaLines, ExchangeLines } from './form/LineLists.js';
import { formPath, initialValues, nowLocal, sideErrors, toFields, useCounterparts, type MeetingFormValues } from './model.js';
import { useFieldName } from './field-names.js';

const CHECK_FIRST: Bilingual = { vi: 'Hãy sửa những chỗ được đánh dấu trước khi lưu.', en: 'Correct the marked fields before saving.' };

/** The shared rules the engine enforces, checked before anything is sent (schema, dates, one head per side). */
function localProblems(values: MeetingFormValues): Record<string, Bilingual> | null {
  const fields = toFields(values);
  const schema = schemaErrors(meetingFieldsSchema, fields) ?? {};
  const parsed = meetingFieldsSchema.safeParse(fields);
  const loose = (parsed.success ? parsed.data : { ...fields, actions: (fields.actions ?? []).map((a) => ({ ...a, followUps: a.followUps ?? [] })) }) as MeetingFieldsData;
  const rules = fields.startAt ? { ...dateProblems(loose, nowLocal()), ...delegationProblems(loose) } : {};
  const all = { ...schema, ...rules };
  return Object.keys(all).length ? all : null;
}

/**
 * Record or edit a meeting: facts, both delegations (keyboard rows, Excel paste), agenda, information items,
 * agreed actions (with carry-over), linked cases, proposals and notes. Errors show beside their fields, any
 * other in the notice at the top; what was typed is never cleared, on an error or a stale save alike.
 */
export function MeetingForm({ view, onSaved }: { view?: MeetingView; onSaved: (view: MeetingView) => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const counterparts = useCounterparts();
  const fieldName = useFieldName();
  const [form] = Form.useForm<MeetingFormValues>();
  const initial = useMemo(() => initialValues(view), [view]);
  const [version, setVersion] = useState<number | null>(view?.version ?? null);
  const [error, setError] = useState<AppError | null>(null);
  const [placed, setPlaced] = useState<string[]>([]);
  const [sides, setSides] = useState<Partial<Record<'VN' | 'KH', Bilingual>>>({});
  const [conflictBy, setConflictBy] = useState<string | null>(null);
  const [carrying, setCarrying] = useState(false);
  const [busy, setBusy] = useState(false);
  const shown = useRef<string[]>([]);
  const dirty = useRef(false);
  const amendReason = useAmendReason(MEETING_RECORD.texts);
  const confirmDiscard = useConfirmDiscard();

  const counterpartCode: string = Form.useWatch('counterpartCode', form) ?? initial.counterpartCode;
  const startAt: string | null = Form.useWatch('startAt', form) ?? initial.startAt;
  const delegatesVN = Form.useWatch('delegatesVN', form) ?? initial.delegatesVN;
  const delegatesKH = Form.useWatch('delegatesKH', form) ?? initial.delegatesKH;
  const actions = (Form.useWatch('actions', { form, preserve: true }) as MeetingFormValues['actions'] | undefined) ?? initial.actions;
  const missing = missingForSubmit({ delegates: toFields({ ...initial, delegatesVN, delegatesKH }).delegates as MeetingFieldsData['delegates'] });

  /** Puts each message beside its field; the rest go to the notice. Earlier messages are cleared first. */
  const place = (fields: Record<string, Bilingual> | undefined) => {
    const values = form.getFieldsValue(true) as MeetingFormValues;
    form.setFields(shown.current.map((path) => ({ name: namePath(path) as never, errors: [] })));
    const targets: string[] = [];
    const done = showFieldErrors(form, fields, (path) => {
      const target = formPath(path, values);
      if (target) targets.push(target);
      return target;
    });
    shown.current = targets;
    const bySide = sideErrors(fields);
    setSides(bySide);
    setPlaced([...done, ...Object.keys(fields ?? {}).filter((path) => /^(fields\.)?delegates\.(VN|KH)$/.test(path))]);
  };

  const leave = () => (view ? navigate('meetings', view.id) : navigate('meetings'));
  const cancel = async () => {
    if (!dirty.current || (await confirmDiscard())) leave();
  };

  const save = async () => {
    const values = form.getFieldsValue(true) as MeetingFormValues;
    const problems = localProblems(values);
    if (problems) {
      setError({ code: 'invalid_input', message: CHECK_FIRST, fields: problems });
      place(problems);
      return;
    }
    const amendmentReason = await amendReason(view);
    if (amendmentReason === null) return;
    setBusy(true);
    const fields = toFields(values);
    const result = view ? await invoke('meetings.update', { id: view.id, version: version!, fields, amendmentReason }) : await invoke('meetings.create', { fields });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      const current = (result.error.detail as { current?: MeetingView } | undefined)?.current;
      if (result.error.code === 'conflict' && current) {
        setVersion(current.version);
        setConflictBy(current.updatedBy);
      }
      place(result.error.fields);
      return;
    }
    dirty.current = false;
    setError(null);
    void message.success(view ? t('common.saved') : t('meet.form.created', { number: result.value.meetingNumber }));
    onSaved(result.value);
  };

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

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if ((event.target as HTMLElement).tagName !== 'TEXTAREA') enterMovesToNextField(event);
  };

  const title = view ? t('meet.form.editTitle', { number: view.meetingNumber }) : t('meet.form.newTitle');
  const carried = actions.flatMap((a) => (a.carriedFrom ? [a.carriedFrom] : []));

  return (
    <section aria-labelledby="meet-form-title" onKeyDown={onKeyDown} className="rep-form-page meet-form-page">
      <div className="page-heading">
        <Typography.Title level={2} id="meet-form-title" className="page-title">
          {title}
        </Typography.Title>
        {view?.approved && <Alert type="info" showIcon title={t('meet.form.approvedNote')} className="rep-inline-alert" />}
      </div>
      {conflictBy && error?.code === 'conflict' && (
        <Alert
          type="warning"
          showIcon
          data-testid="conflict-notice"
          title={pick(error.message)}
          description={t('meet.form.conflict', { who: conflictBy })}
          style={{ marginBottom: 12 }}
        />
      )}
      {error && error.code !== 'conflict' && (
        <FieldErrorNotice
          error={error}
          placed={placed}
          fieldName={fieldName}
          onGoTo={(path) => {
            const target = formPath(path, form.getFieldsValue(true) as MeetingFormValues);
            if (target) form.focusField(namePath(target));
          }}
          onClose={() => setError(null)}
        />
      )}
      <Form<MeetingFormValues>
        form={form}
        name="meeting"
        layout="vertical"
        className="rep-form"
        initialValues={initial}
        onValuesChange={() => (dirty.current = true)}
        requiredMark={false}
      >
        <FormSection title={t('meet.form.facts')} id="meet-sec-facts">
          <Row gutter={12}>
            <Col span={6}>
              <Form.Item name="type" label={t('meet.field.type')}>
                <Select options={MEETING_TYPES.map((value) => ({ value, label: t(`meet.type.${value}`) }))} />
              </Form.Item>
            </Col>
            <Col span={4}>
              <Form.Item name="level" label={t('meet.field.level')}>
                <Select options={MEETING_LEVELS.map((value) => ({ value, label: t(`meet.level.${value}`) }))} />
              </Form.Item>
            </Col>
            <Col span={9}>
              <Form.Item name="counterpartCode" label={t('meet.field.counterpart')}>
                <Select showSearch={{ optionFilterProp: 'label' }} options={counterparts.options} data-testid="counterpart-select" />
              </Form.Item>
            </Col>
            <Col span={5}>
              <Form.Item name="host" label={t('meet.field.host')}>
                <Select options={SIDES.map((value) => ({ value, label: t(`meet.side.${value}`) }))} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col span={5}>
              <DateItem withTime name="startAt" label={t('meet.field.startAt')} />
            </Col>
            <Col span={5}>
              <DateItem withTime name="endAt" label={t('meet.field.endAt')} />
            </Col>
            <Col span={7}>
              <Form.Item name="place" label={t('meet.field.place')}>
                <Input maxLength={300} />
              </Form.Item>
            </Col>
            <Col span={7}>
              <Form.Item name="placeKm" label={t('meet.field.placeKm')}>
                <Input maxLength={300} lang="km" className="rep-km" />
              </Form.Item>
            </Col>
          </Row>
        </FormSection>
        {(['VN', 'KH'] as const).map((side) => (
          <FormSection key={side} title={t(side === 'VN' ? 'meet.form.delegatesVN' : 'meet.form.delegatesKH')} id={`meet-sec-delegates-${side}`}>
            <p className="rep-muted meet-hint">{t('meet.form.pasteHint')}</p>
            <DelegatesTable
              side={side}
              form={form}
              problem={sides[side]}
              needed={missing[`delegates.${side}`]}
              onPasted={(count) => {
                dirty.current = true;
                void message.info(t('meet.form.pasted', { count }));
              }}
            />
          </FormSection>
        ))}
        <FormSection title={t('meet.form.agenda')} id="meet-sec-agenda">
          <AgendaLines form={form} />
        </FormSection>
        <FormSection title={t('meet.form.exchanges')} id="meet-sec-exchanges">
          <ExchangeLines form={form} />
        </FormSection>
        <FormSection
          title={t('meet.form.actions')}
          id="meet-sec-actions"
          extra={
            <Button
              onClick={() => setCarrying(true)}
              disabled={!counterpartCode}
              title={counterpartCode ? undefined : t('meet.form.carryOverNeedCounterpart')}
              data-testid="carry-over"
            >
              {t('meet.form.carryOver')}
            </Button>
          }
        >
          <ActionLines form={form} />
        </FormSection>
        <FormSection title={t('meet.form.links')} id="meet-sec-links">
          <Form.Item name="links" noStyle>
            <CaseLinks />
          </Form.Item>
        </FormSection>
        <FormSection title={t('meet.form.other')} id="meet-sec-other">
          <Row gutter={12}>
            <Col span={12}>
              <Form.Item name="proposals" label={t('meet.field.proposals')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} />
              </Form.Item>
            </Col>
            <Col span={12}>
              <Form.Item name="notes" label={t('meet.field.notes')}>
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={4000} />
              </Form.Item>
            </Col>
          </Row>
        </FormSection>
      </Form>
      <div className="meet-form-footer">
        <Space>
          <Button onClick={() => void cancel()}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => void save()} aria-keyshortcuts="Control+S" data-testid="meeting-save">
            {t('common.save')} <kbd className="kbd rep-kbd-primary">Ctrl+S</kbd>
          </Button>
        </Space>
      </div>
      {carrying && (
        <CarryOverDialog
          counterpartCode={counterpartCode}
          before={startAt}
          meetingId={view?.id ?? null}
          exclude={carried}
          onClose={() => setCarrying(false)}
          onPick={(rows) => {
            const day = (startAt ?? '').slice(0, 10);
            const current = (form.getFieldValue('actions') as MeetingFormValues['actions'] | undefined) ?? [];
            form.setFieldValue('actions', [
              ...current,
              ...rows.map((row) => ({
                text: row.text,
                textKm: row.textKm,
                ownerSide: row.ownerSide,
                owner: row.owner,
                ownerKm: '',
                due: row.due && row.due >= day ? row.due : null,
                status: row.status,
                followUps: [],
                carriedFrom: row.id,
                carriedFromNumber: row.meetingNumber,
              })),
            ]);
            dirty.current = true;
            setCarrying(false);
          }}
        />
      )}
    </section>
  );
}
