import { Alert, Button, Form, Input, Radio, Result as AntResult, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '../../src-shared/contract/index.js';
import { invoke } from '../bridge/engine.js';
import { showFieldErrors } from '../forms/engine-errors.js';
import { pick } from '../i18n/index.js';
import { Tr } from '../i18n/Tr.js';

interface Values {
  file: string;
  method: 'password' | 'recoveryKey';
  username?: string;
  password?: string;
  recoveryKey?: string;
}

/**
 * The new-PC path after a disk failure: a backup file and a password or the recovery key. The backup is checked
 * completely by the engine before anything is written; afterwards the person signs in as usual.
 */
export function RestoreFromBackup({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();
  const method = Form.useWatch('method', form) ?? 'recoveryKey';
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [restored, setRestored] = useState(false);

  const restore = async (values: Values) => {
    setBusy(true);
    const credentials = values.method === 'password' ? { username: values.username ?? '', password: values.password ?? '' } : { recoveryKey: values.recoveryKey ?? '' };
    const result = await invoke('backup.restore', { file: values.file ?? '', credentials });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      // "credentials" is the password or the recovery key, whichever was used.
      showFieldErrors(form, result.error.fields, (path) =>
        path.startsWith('credentials') ? (values.method === 'password' ? 'password' : 'recoveryKey') : path === 'file' ? 'file' : null,
      );
      return;
    }
    setError(null);
    setRestored(true);
  };

  if (restored)
    return (
      <AntResult
        status="success"
        title={t('restore.doneTitle')}
        subTitle={t('restore.doneText')}
        extra={
          <Button type="primary" autoFocus onClick={() => window.location.reload()}>
            {t('restore.toSignIn')}
          </Button>
        }
      />
    );

  return (
    <section aria-label={t('restore.title')}>
      <Typography.Title level={3} style={{ fontSize: 18 }}>
        {t('restore.title')}
      </Typography.Title>
      <Typography.Paragraph>{t('restore.intro')}</Typography.Paragraph>
      {error && <Alert type="error" showIcon role="alert" data-testid="restore-error" title={pick(error.message)} style={{ marginBottom: 16 }} />}
      <Form form={form} layout="vertical" requiredMark={false} initialValues={{ method: 'recoveryKey' }} onFinish={(values) => void restore(values)} style={{ maxWidth: 560 }}>
        <Form.Item name="file" label={t('restore.file')} extra={t('restore.fileHelp')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
          <Input spellCheck={false} maxLength={1000} />
        </Form.Item>
        <Form.Item name="method" label={t('restore.method')}>
          <Radio.Group
            options={[
              { value: 'recoveryKey', label: t('restore.byRecoveryKey') },
              { value: 'password', label: t('restore.byPassword') },
            ]}
          />
        </Form.Item>
        {method === 'password' ? (
          <>
            <Form.Item name="username" label={t('signIn.username')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
              <Input autoComplete="off" spellCheck={false} />
            </Form.Item>
            <Form.Item name="password" label={t('signIn.password')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
              <Input.Password autoComplete="off" />
            </Form.Item>
          </>
        ) : (
          <Form.Item name="recoveryKey" label={t('restore.recoveryKey')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
            <Input autoComplete="off" spellCheck={false} placeholder="XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX" />
          </Form.Item>
        )}
        <div style={{ display: 'flex', gap: 8 }}>
          <Button type="primary" htmlType="submit" loading={busy}>
            {t('restore.submit')}
          </Button>
          <Button onClick={onBack} disabled={busy}>
            {t('common.back')}
          </Button>
        </div>
      </Form>
    </section>
  );
}
