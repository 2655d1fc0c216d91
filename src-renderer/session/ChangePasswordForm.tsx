import { Alert, Button, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, SessionInfo } from '../../src-shared/contract/index.js';
import { invoke } from '../bridge/engine.js';
import { needsNotice, showFieldErrors } from '../forms/engine-errors.js';
import { pick } from '../i18n/index.js';
import { NewPasswordFields } from './PasswordFields.js';
import { Tr } from '../i18n/Tr.js';

interface Values {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Change one's own password: used by the forced change after a temporary password and from the header. */
export function ChangePasswordForm({ username, onChanged, onCancel }: { username: string; onChanged: (session: SessionInfo) => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: Values) => {
    setBusy(true);
    const result = await invoke('vault.changeOwnPassword', { currentPassword: values.currentPassword, newPassword: values.newPassword });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      showFieldErrors(form, result.error.fields);
      return;
    }
    setError(null);
    form.resetFields();
    onChanged(result.value);
  };

  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={(values) => void submit(values)}
      onKeyDown={(event) => event.key === 'Escape' && onCancel?.()}
      requiredMark={false}
      style={{ maxWidth: 480 }}
      aria-label={t('password.changeTitle')}
    >
      {error && needsNotice(error) && <Alert type="error" showIcon title={pick(error.message)} style={{ marginBottom: 16 }} role="alert" />}
      <Form.Item name="currentPassword" label={t('password.current')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
        <Input.Password autoComplete="current-password" autoFocus />
      </Form.Item>
      <NewPasswordFields name={['newPassword']} confirmName={['confirmPassword']} username={username} />
      <div style={{ display: 'flex', gap: 8 }}>
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('password.changeSubmit')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('common.cancel')}</Button>}
      </div>
    </Form>
  );
}
