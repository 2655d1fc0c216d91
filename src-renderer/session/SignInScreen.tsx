import { Alert, Button, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, LockReason, SessionInfo } from '../../src-shared/contract/index.js';
import { invoke } from '../bridge/engine.js';
import { showFieldErrors } from '../forms/engine-errors.js';
import { pick } from '../i18n/index.js';
import { AuthLayout } from './AuthLayout.js';
import { NewPasswordFields } from './PasswordFields.js';
import { Tr } from '../i18n/Tr.js';

interface Props {
  officeLabel: string | null;
  /** Set when the vault locked under a signed-in person: the screen is the lock screen. */
  reason?: LockReason | null;
  /** The person who was working, prefilled on the lock screen. */
  username?: string;
  onSignedIn: (session: SessionInfo) => void;
  /** The person who locked has unsaved work: said before anyone else unlocks. */
  heldDrafts?: boolean;
}

/** Sign-in and lock screen. Enter submits; the form keeps what was typed on every error. */
export function SignInScreen({ officeLabel, reason, username, onSignedIn, heldDrafts }: Props) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'password' | 'recovery'>('password');
  const locked = !!reason && reason !== 'sign-out';
  const title = mode === 'recovery' ? t('signIn.recoveryTitle') : locked ? t('signIn.lockedTitle') : t('signIn.title');
  return (
    <AuthLayout title={title} office={officeLabel}>
      {reason && mode === 'password' && (
        <Alert type={reason === 'engine-restart' ? 'warning' : 'info'} showIcon title={t(`lockReason.${reason}`)} style={{ marginBottom: 16 }} data-testid="lock-reason" />
      )}
      {locked && heldDrafts && mode === 'password' && <Alert type="info" title={t('signIn.heldDraftsNote')} style={{ marginBottom: 16 }} data-testid="held-drafts-note" />}
      {mode === 'password' ? (
        <PasswordSignIn username={username} locked={locked} onSignedIn={onSignedIn} onRecovery={() => setMode('recovery')} />
      ) : (
        <RecoverySignIn onSignedIn={onSignedIn} onBack={() => setMode('password')} />
      )}
    </AuthLayout>
  );
}

function PasswordSignIn({ username, locked, onSignedIn, onRecovery }: { username?: string; locked: boolean; onSignedIn: (s: SessionInfo) => void; onRecovery: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ username: string; password: string }>();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [waitUntil, setWaitUntil] = useState(0);
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    if (waitUntil <= Date.now()) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [waitUntil]);
  const waitSeconds = Math.max(0, Math.ceil((waitUntil - now) / 1000));

  const submit = async (values: { username: string; password: string }) => {
    setBusy(true);
    const result = await invoke('vault.signIn', { username: values.username ?? '', password: values.password ?? '' });
    setBusy(false);
    if (result.ok) {
      setError(null);
      onSignedIn(result.value);
      return;
    }
    setError(result.error);
    // A wrong password is said once, above the form (the field message would only repeat it).
    if (result.error.code !== 'wrong_credentials') showFieldErrors(form, result.error.fields);
    if (result.error.code === 'slow_down') {
      const seconds = Number((result.error.detail as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds ?? 0);
      setWaitUntil(Date.now() + seconds * 1000);
      setNow(Date.now());
    }
  };

  const showWait = error?.code === 'slow_down' && waitSeconds > 0;
  return (
    <Form form={form} layout="vertical" requiredMark={false} initialValues={{ username }} onFinish={(values) => void submit(values)} aria-label={t('signIn.title')}>
      {error && (
        <Alert
          type={error.code === 'slow_down' && !showWait ? 'info' : error.code === 'wrong_credentials' || error.code === 'slow_down' ? 'warning' : 'error'}
          showIcon
          role="alert"
          data-testid="sign-in-error"
          // At the end of the countdown the message says so, rather than vanishing and leaving the person guessing.
          title={error.code === 'slow_down' ? (showWait ? t('signIn.wait', { seconds: waitSeconds }) : t('signIn.waitOver')) : pick(error.message)}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form.Item name="username" label={t('signIn.username')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
        <Input autoComplete="username" autoFocus={!username} spellCheck={false} />
      </Form.Item>
      <Form.Item name="password" label={t('signIn.password')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
        <Input.Password autoComplete="current-password" autoFocus={!!username} />
      </Form.Item>
      <Button type="primary" htmlType="submit" block size="large" loading={busy} disabled={showWait}>
        {locked ? t('signIn.unlock') : t('signIn.submit')}
      </Button>
      <div style={{ marginTop: 16, textAlign: 'center' }}>
        <Button type="link" onClick={onRecovery}>
          {t('signIn.useRecovery')}
        </Button>
      </div>
    </Form>
  );
}

interface RecoveryValues {
  recoveryKey: string;
  username: string;
  newPassword: string;
  confirmPassword: string;
}

function RecoverySignIn({ onSignedIn, onBack }: { onSignedIn: (s: SessionInfo) => void; onBack: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RecoveryValues>();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const username: string = Form.useWatch('username', form) ?? '';

  const submit = async (values: RecoveryValues) => {
    setBusy(true);
    const result = await invoke('vault.recover', { recoveryKey: values.recoveryKey, username: values.username, newPassword: values.newPassword });
    setBusy(false);
    if (result.ok) return onSignedIn(result.value);
    setError(result.error);
    showFieldErrors(form, result.error.fields);
  };

  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => void submit(values)} onKeyDown={(e) => e.key === 'Escape' && onBack()}>
      <Typography.Paragraph>{t('signIn.recoveryText')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon role="alert" title={pick(error.message)} style={{ marginBottom: 16 }} />}
      <Form.Item name="recoveryKey" label={t('signIn.recoveryKey')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
        <Input autoFocus spellCheck={false} autoComplete="off" className="recovery-input" />
      </Form.Item>
      <Form.Item name="username" label={t('signIn.adminUsername')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
        <Input autoComplete="username" spellCheck={false} />
      </Form.Item>
      <NewPasswordFields name={['newPassword']} confirmName={['confirmPassword']} username={username} />
      <div style={{ display: 'flex', gap: 8 }}>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('signIn.recoverySubmit')}
        </Button>
        <Button onClick={onBack}>{t('signIn.backToSignIn')}</Button>
      </div>
    </Form>
  );
}
