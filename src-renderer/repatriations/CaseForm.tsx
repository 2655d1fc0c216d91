import { Alert, App as AntApp, Button, Form, Typography, type FormInstance } from 'antd';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { caseFieldsSchema, type Bilingual, type CaseView } from '../../src-shared/contract/index.js';
import { navigate } from '../app/router.js';
import { invoke } from '../bridge/engine.js';
import { focusFieldWhenShown, needsNotice, schemaErrors, showFieldErrors, unplacedFields } from '../forms/engine-errors.js';
import { enterMovesToNextField } from '../forms/keyboard.js';
import { useLeaveGuard } from '../forms/useLeaveGuard.js';
import { useSaveShortcut } from '../forms/useSaveShortcut.js';
import { pick } from '../i18n/index.js';
import { MutationNotice } from '../records/MutationNotice.js';
import { useAmendReason } from '../records/useAmendReason.js';
import { useRecordMutation } from '../records/useRecordMutation.js';
import { useSession } from '../session/session-context.js';
import { ConflictNotice } from './ConflictNotice.js';
import { draftsFor } from './drafts.js';
import { AgreementSection } from './form/AgreementSection.js';
import { DelegationLines } from './form/DelegationLines.js';
import { GateSection } from './form/GateSection.js';
import { InternalHandoverSection } from './form/InternalHandoverSection.js';
import { ItemLines } from './form/ItemLines.js';
import { PersonsSection } from './form/PersonsSection.js';
import { ReferralLines } from './form/ReferralLines.js';
import { RequestSection } from './form/RequestSection.js';
import { formPath, initialFields, LIST_KEYS, toFields, type Draft, type ListKey, type Values } from './form/values.js';
import { useConfirmDiscard } from './form-parts.js';
import { eventDateOf } from './model.js';
import { memberInput, type MemberDraft } from './PersonForm.js';
import { CASE_RECORD } from './record-kind.js';

interface Placed {
  lists: Partial<Record<ListKey, string>>;
  members: Record<number, Record<string, Bilingual>>;
  /** Engine paths shown beside a field or a list here; the rest go to the notice. */
  paths: string[];
}
const NOTHING_PLACED: Placed = { lists: {}, members: {}, paths: [] };

/** Puts field messages beside their fields, list messages atop their lists, person messages on their rows. */
function placeErrors(form: FormInstance<Values>, fields: Record<string, Bilingual> | undefined, newCase: boolean): Placed {
  if (!fields) return NOTHING_PLACED;
  const placed: Placed = { lists: {}, members: {}, paths: showFieldErrors(form, fields, formPath) };
  for (const [path, text] of Object.entries(fields)) {
    const bare = path.replace(/^fields\./, '');
    const member = /^members\.(\d+)\.(.+)$/.exec(bare);
    if (member && newCase) (placed.members[Number(member[1])] ??= {})[member[2]] = text;
    else if ((LIST_KEYS as readonly string[]).includes(bare) && (bare !== 'members' || newCase)) placed.lists[bare as ListKey] = pick(text);
    else continue;
    placed.paths.push(path);
  }
  return placed;
}

/**
 * Create or edit a case (the container of the form): keyboard first (Tab order top to bottom; Enter in a field
 * moves to the next field and never submits; Ctrl+S saves; Esc cancels), errors beside each field and every
 * other engine message in a notice, drafts kept in memory when leaving, a stale save shown with what differs —
 * and never a cleared form. A new case is created only with at least one person.
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
  const drafts = draftsFor(session.username);
  const key = view ? `edit:${view.id}` : 'new';
  const [restored] = useState(() => drafts.get<Draft>(key));
  const [initialValues] = useState(() => restored?.values ?? initialFields(view));
  const [form] = Form.useForm<Values>();
  const [members, setMembers] = useState<MemberDraft[]>(restored?.members ?? []);
  const [version, setVersion] = useState<number | null>(restored?.version ?? view?.version ?? null);
  const [placed, setPlaced] = useState<Placed>(NOTHING_PLACED);
  const [draftShown, setDraftShown] = useState(!!restored);
  const dirty = useRef(!!restored);
  const confirmDiscard = useConfirmDiscard();
  const amendReason = useAmendReason(CASE_RECORD.texts);
  // A stale save keeps everything typed: the notice shows what differs and the two ways on.
  const mutation = useRecordMutation<CaseView>();
  const stale = mutation.stale;

  const direction = Form.useWatch(['fields', 'direction'], form) ?? initialValues.fields.direction;
  const requestedOn: string | null = Form.useWatch(['fields', 'requestedOn'], form) ?? initialValues.fields.requestedOn;
  const agreedDate: string | null = Form.useWatch(['fields', 'agreedDate'], form) ?? null;
  const handoverAt: string | null = Form.useWatch(['fields', 'handoverAt'], form) ?? null;
  const hasInternal: boolean = Form.useWatch('hasInternal', form) ?? initialValues.hasInternal;
  const eventDate = eventDateOf({ handoverAt, agreedDate, requestedOn });
  const memberOptions = (view?.members ?? []).map((m) => ({ value: m.person.id, label: m.person.fullNameVi }));

  /** Keeps the typed input as a draft (in memory, sealed on sign-out), with the persons and the version it edits. */
  const remember = (next: { members?: MemberDraft[]; version?: number | null } = {}) => {
    dirty.current = true;
    drafts.set(key, { values: form.getFieldsValue(true), members: next.members ?? members, version: next.version === undefined ? version : next.version } satisfies Draft);
  };
  const discard = () => {
    drafts.drop(key);
    dirty.current = false;
  };
  const leave = () => (view ? navigate('repatriations', view.id) : navigate('repatriations'));
  const cancel = async () => {
    if (!dirty.current || (await confirmDiscard())) {
      discard();
      leave();
    }
  };
  useLeaveGuard(dirty, () => confirmDiscard(t('rep.form.leaveText')), discard);

  const place = useCallback((fields: Record<string, Bilingual> | undefined) => setPlaced(placeErrors(form, fields, !view)), [form, view]);

  // A stale save: the notice is what to read first.
  useEffect(() => {
    if (stale) document.querySelector('[data-testid="conflict-notice"]')?.scrollIntoView({ block: 'start' });
  }, [stale]);

  // Errors brought from a refused stage move: beside their fields at once.
  useEffect(() => {
    if (errorsFromMove) place(errorsFromMove);
    const target = focusField && formPath(focusField);
    if (target) focusFieldWhenShown(form, target);
    else if (focusField) document.getElementById(`sec-${focusField.replace(/^fields\./, '').split('.')[0]}`)?.scrollIntoView({ block: 'start' });
  }, [errorsFromMove, focusField, form, place]);

  const save = async (useVersion = version) => {
    const fields = toFields(form.getFieldsValue(true) as Values);
    const local = schemaErrors(caseFieldsSchema, fields);
    if (local) return place(Object.fromEntries(Object.entries(local).map(([path, text]) => [`fields.${path}`, text])));
    if (!view && members.length === 0) {
      // Checked here too so the officer hears it before anything is sent; the engine refuses it as well.
      setPlaced({ ...NOTHING_PLACED, lists: { members: t('rep.formKeys.noPersons') } });
      document.querySelector<HTMLElement>('[data-testid="add-person"]')?.focus();
      return;
    }
    const amendmentReason = await amendReason(view);
    if (amendmentReason === null) return;
    const result = await mutation.attempt('save', () =>
      view
        ? invoke('repatriations.update', { id: view.id, version: useVersion!, fields, amendmentReason })
        : invoke('repatriations.create', { fields, members: members.map(memberInput) }),
    );
    if (!result.ok) return place(result.error.fields);
    discard();
    void message.success(view ? t('common.saved') : t('rep.form.created', { number: result.value.caseNumber }));
    onSaved(result.value);
  };
  useSaveShortcut(() => void save());

  const changeMembers = (next: MemberDraft[], fixed?: number | null) => {
    setMembers(next);
    remember({ members: next });
    if (fixed === undefined) return;
    setPlaced(({ lists: { members: _done, ...lists }, members: rows, paths }) => {
      const { [fixed ?? -1]: _dropped, ...rest } = rows;
      return { lists, members: rest, paths };
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    enterMovesToNextField(event);
    if (event.key === 'Escape') {
      const target = event.target as HTMLElement;
      if (target.closest('.ant-select-open, .ant-picker') || document.querySelector('.ant-modal-wrap:not([style*="display: none"]) .ant-modal')) return;
      event.preventDefault();
      void cancel();
    }
  };

  const error = mutation.error;
  const showNotice = error && !stale && (needsNotice(error) || unplacedFields(error, placed.paths).length > 0);

  return (
    <section aria-labelledby="rep-form-title" onKeyDown={onKeyDown} className="rep-form-page">
      <div className="page-heading">
        <Typography.Title level={2} id="rep-form-title" className="page-title">
          {view ? t('rep.form.editTitle', { number: view.caseNumber }) : t('rep.form.newTitle')}
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
      {stale && (
        <ConflictNotice
          conflict={stale}
          mine={toFields(form.getFieldsValue(true) as Values)}
          busy={mutation.busy === 'save'}
          onKeepMine={() => {
            setVersion(stale.current.version);
            if (dirty.current) remember({ version: stale.current.version });
            mutation.clear();
            void save(stale.current.version);
          }}
          onTakeTheirs={() => {
            form.setFieldsValue(initialFields(stale.current));
            setVersion(stale.current.version);
            mutation.clear();
            discard();
          }}
        />
      )}
      {showNotice && <MutationNotice kindUi={CASE_RECORD} mutation={mutation} placed={placed.paths} testId="form-error" />}
      <Form<Values> form={form} layout="vertical" requiredMark={false} initialValues={initialValues} onValuesChange={() => remember()} className="rep-form" scrollToFirstError>
        <RequestSection requestedOn={requestedOn} />
        <AgreementSection />
        <GateSection />
        {!view && <PersonsSection members={members} errors={placed.members} listError={placed.lists.members} eventDate={eventDate} onChange={changeMembers} />}
        <DelegationLines error={placed.lists.delegations} />
        <ItemLines error={placed.lists.items} memberOptions={memberOptions} saved={!!view} />
        <ReferralLines error={placed.lists.referrals} memberOptions={memberOptions} saved={!!view} />
        {direction === 'receiving_from_kh' && <InternalHandoverSection recorded={hasInternal} />}

        <div className="rep-form-footer">
          <Typography.Text type="secondary" className="rep-keys-hint">
            {t('rep.form.keysHint')}
          </Typography.Text>
          <Button onClick={() => void cancel()}>{t('common.cancel')}</Button>
          <Button type="primary" onClick={() => void save()} loading={mutation.busy === 'save'} aria-keyshortcuts="Control+S" data-testid="save-case">
            {view ? t('common.save') : t('rep.form.create')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
