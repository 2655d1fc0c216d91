import { Alert, App as AntApp, Button, Checkbox, Col, Form, Input, Modal, Row, Space, Table, Typography, type GetProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { passwordProblems, ROLES, type AccountSummary, type AppError, type Role } from '../../src-shared/contract/index.js';
import { StatusTag } from '../app/StatusTag.js';
import { useReturnFocus } from '../app/focus.js';
import { invoke } from '../bridge/engine.js';
import { needsNotice, showFieldErrors } from '../forms/engine-errors.js';
import { pick } from '../i18n/index.js';
import { useEngineData } from '../session/session-context.js';
import { Tr } from '../i18n/Tr.js';

/** Status in words and colour (never colour alone). */
export function AccountStatus({ account }: { account: AccountSummary }) {
  const { t } = useTranslation();
  if (account.disabled) return <StatusTag tone="neutral">{t('account.statusDisabled')}</StatusTag>;
  if (account.lockedOut) return <StatusTag tone="bad">{t('account.statusLockedOut')}</StatusTag>;
  if (account.mustChangePassword) return <StatusTag tone="attention">{t('account.statusMustChange')}</StatusTag>;
  return <StatusTag tone="ok">{t('account.statusActive')}</StatusTag>;
}

type Dialog = { kind: 'create' } | { kind: 'edit'; account: AccountSummary } | { kind: 'reset'; account: AccountSummary } | null;

export function AccountsTab() {
  const { t } = useTranslation();
  const { data, error, loading, reload } = useEngineData(() => invoke('accounts.list', {}));
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  // The dialogs unmount on close, so antd cannot hand focus back to the button that opened them.
  useReturnFocus(dialog !== null);

  return (
    <div>
      <div className="toolbar">
        <Button type="primary" onClick={() => setDialog({ kind: 'create' })}>
          {t('admin.accounts.create')}
        </Button>
      </div>
      {error && needsNotice(error) && <Alert type="error" showIcon title={pick(error.message)} />}
      <Table<AccountSummary>
        size="small"
        rowKey="id"
        loading={loading}
        dataSource={data ?? []}
        pagination={false}
        columns={[
          { title: t('account.username'), dataIndex: 'username', render: (value: string) => <Typography.Text code>{value}</Typography.Text> },
          { title: t('account.displayName'), dataIndex: 'displayName' },
          { title: t('account.rank'), dataIndex: 'rank' },
          { title: t('account.position'), dataIndex: 'position' },
          {
            title: t('account.roles'),
            dataIndex: 'roles',
            render: (roles: Role[]) => (
              <span className="tag-list">
                {roles.map((role) => (
                  <StatusTag key={role} tone="info">
                    {t(`roles.${role}`)}
                  </StatusTag>
                ))}
              </span>
            ),
          },
          { title: t('account.status'), key: 'status', render: (_: unknown, account) => <AccountStatus account={account} /> },
          {
            title: t('account.failedAttempts'),
            dataIndex: 'failedAttempts',
            render: (count: number) =>
              count ? <span className="text-attention">{t('account.failedCount', { count })}</span> : <Typography.Text type="secondary">{t('common.none')}</Typography.Text>,
          },
          {
            title: t('admin.accounts.actions'),
            key: 'actions',
            render: (_: unknown, account) => (
              <Space size={4}>
                <Button size="small" onClick={() => setDialog({ kind: 'edit', account })} aria-label={`${t('common.edit')} ${account.username}`}>
                  {t('common.edit')}
                </Button>
                <Button size="small" onClick={() => setDialog({ kind: 'reset', account })} aria-label={`${t('admin.accounts.reset')} ${account.username}`}>
                  {t('admin.accounts.reset')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      {dialog?.kind === 'create' && <CreateAccount onClose={close} onSaved={() => void reload()} />}
      {dialog?.kind === 'edit' && <EditAccount account={dialog.account} onClose={close} onSaved={() => void reload()} />}
      {dialog?.kind === 'reset' && <ResetPassword account={dialog.account} onClose={close} onSaved={() => void reload()} />}
    </div>
  );
}

function RolesField() {
  const { t } = useTranslation();
  return (
    <Form.Item name="roles" label={t('account.roles')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
      <RoleChecks />
    </Form.Item>
  );
}

/**
 * The role checkboxes as a named group. Form.Item hands its control `aria-required`, which a group of
 * checkboxes may not carry (axe: aria-allowed-attr); "at least one" is said by the error beside the group.
 */
function RoleChecks({ 'aria-required': _required, ...props }: GetProps<typeof Checkbox.Group> & { 'aria-required'?: unknown }) {
  const { t } = useTranslation();
  return <Checkbox.Group {...props} role="group" aria-label={t('account.roles')} options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))} />;
}

function PersonFields({ autoFocus }: { autoFocus?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="displayName" label={t('account.displayName')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
        <Input maxLength={120} autoFocus={autoFocus} />
      </Form.Item>
      <Row gutter={16}>
        <Col span={12}>
          <Form.Item name="rank" label={`${t('account.rank')} ${t('common.optional')}`}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="position" label={`${t('account.position')} ${t('common.optional')}`}>
            <Input maxLength={120} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}

/** A temporary password, checked live against the shared rule. */
function TemporaryPasswordField({ username, autoFocus }: { username: string; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const value: string = Form.useWatch('temporaryPassword', form) ?? '';
  const problems = value ? passwordProblems(value, username) : [];
  return (
    <Form.Item
      name="temporaryPassword"
      label={t('password.temporary')}
      rules={[{ required: true, message: <Tr k="common.required" /> }]}
      extra={
        <div aria-live="polite">
          {!value ? (
            <Typography.Text type="secondary">{t('password.temporaryHint')}</Typography.Text>
          ) : problems.length ? (
            problems.map((problem) => (
              <div key={problem.en}>
                <Typography.Text type="danger">✗ {pick(problem)}</Typography.Text>
              </div>
            ))
          ) : (
            <Typography.Text type="success">✓ {t('password.ruleOk')}</Typography.Text>
          )}
        </div>
      }
    >
      <Input.Password autoComplete="new-password" autoFocus={autoFocus} />
    </Form.Item>
  );
}

function FormButtons({ busy, onCancel, submit }: { busy: boolean; onCancel: () => void; submit?: string }) {
  const { t } = useTranslation();
  return (
    <div className="form-buttons">
      <Button onClick={onCancel}>{t('common.cancel')}</Button>
      <Button type="primary" htmlType="submit" loading={busy}>
        {submit ?? t('common.save')}
      </Button>
    </div>
  );
}

interface CreateValues {
  username: string;
  displayName: string;
  rank?: string;
  position?: string;
  roles: Role[];
  temporaryPassword: string;
}

function CreateAccount({ onClose, onSaved }: { onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<CreateValues>();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const username: string = Form.useWatch('username', form) ?? '';

  const save = async (values: CreateValues) => {
    setBusy(true);
    const result = await invoke('accounts.create', { ...values, rank: values.rank ?? '', position: values.position ?? '' });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      showFieldErrors(form, result.error.fields);
      return;
    }
    void message.success(t('admin.accounts.created', { username: result.value.username }));
    onSaved();
    onClose();
  };

  return (
    <Modal open title={t('admin.accounts.createTitle')} footer={null} onCancel={onClose} width={640} maskClosable={false}>
      <Form form={form} layout="vertical" requiredMark={false} initialValues={{ roles: ['officer'] }} onFinish={(values) => void save(values)}>
        {error && needsNotice(error) && <Alert type="error" showIcon role="alert" title={pick(error.message)} style={{ marginBottom: 16 }} />}
        <Form.Item name="username" label={t('account.username')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
          <Input autoFocus maxLength={32} spellCheck={false} autoComplete="off" />
        </Form.Item>
        <PersonFields />
        <RolesField />
        <TemporaryPasswordField username={username} />
        <FormButtons busy={busy} onCancel={onClose} submit={t('admin.accounts.create')} />
      </Form>
    </Modal>
  );
}

interface EditValues {
  displayName: string;
  rank: string;
  position: string;
  roles: Role[];
  disabled: boolean;
}

function EditAccount({ account, onClose, onSaved }: { account: AccountSummary; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<EditValues>();
  const [version, setVersion] = useState(account.version);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const current = error?.code === 'conflict' ? (error.detail as { current?: AccountSummary } | undefined)?.current : undefined;

  const save = async (values: EditValues) => {
    setBusy(true);
    const result = await invoke('accounts.update', { id: account.id, version, ...values, rank: values.rank ?? '', position: values.position ?? '' });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      showFieldErrors(form, result.error.fields);
      return;
    }
    void message.success(t('common.saved'));
    onSaved();
    onClose();
  };

  return (
    <Modal open title={t('admin.accounts.editTitle', { username: account.username })} footer={null} onCancel={onClose} width={640} maskClosable={false}>
      <Form
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ displayName: account.displayName, rank: account.rank, position: account.position, roles: account.roles, disabled: account.disabled }}
        onFinish={(values) => void save(values)}
      >
        {error && needsNotice(error) && (
          <Alert
            type={error.code === 'conflict' ? 'warning' : 'error'}
            showIcon
            role="alert"
            title={pick(error.message)}
            style={{ marginBottom: 16 }}
            description={
              current && (
                <Space wrap style={{ marginTop: 8 }}>
                  <Button
                    size="small"
                    onClick={() => {
                      setVersion(current.version);
                      setError(null);
                    }}
                  >
                    {t('admin.accounts.conflictKeepMine')}
                  </Button>
                  <Button
                    size="small"
                    onClick={() => {
                      setVersion(current.version);
                      form.setFieldsValue({ displayName: current.displayName, rank: current.rank, position: current.position, roles: current.roles, disabled: current.disabled });
                      setError(null);
                    }}
                  >
                    {t('admin.accounts.conflictTakeTheirs')}
                  </Button>
                </Space>
              )
            }
          />
        )}
        <PersonFields autoFocus />
        <RolesField />
        <Form.Item name="disabled" valuePropName="checked">
          <Checkbox>{t('account.disabled')}</Checkbox>
        </Form.Item>
        <FormButtons busy={busy} onCancel={onClose} />
      </Form>
    </Modal>
  );
}

function ResetPassword({ account, onClose, onSaved }: { account: AccountSummary; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<{ temporaryPassword: string }>();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const save = async ({ temporaryPassword }: { temporaryPassword: string }) => {
    setBusy(true);
    const result = await invoke('accounts.resetPassword', { id: account.id, temporaryPassword });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      showFieldErrors(form, result.error.fields);
      return;
    }
    void message.success(t('admin.accounts.resetDone'));
    onSaved();
    onClose();
  };

  return (
    <Modal open title={t('admin.accounts.resetTitle', { username: account.username })} footer={null} onCancel={onClose} maskClosable={false}>
      <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => void save(values)}>
        {error && needsNotice(error) && <Alert type="error" showIcon role="alert" title={pick(error.message)} style={{ marginBottom: 16 }} />}
        <TemporaryPasswordField username={account.username} autoFocus />
        <FormButtons busy={busy} onCancel={onClose} submit={t('admin.accounts.reset')} />
      </Form>
    </Modal>
  );
}
