import { Alert, App as AntApp, Button, Form, Input, InputNumber, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, VaultSettings } from '../../src-shared/contract/index.js';
import { invoke } from '../bridge/engine.js';
import { showFieldErrors } from '../forms/engine-errors.js';
import { pick } from '../i18n/index.js';
import { useEngineData, useSession } from '../session/session-context.js';
import { Tr } from '../i18n/Tr.js';

export function SettingsTab() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { refreshStatus } = useSession();
  const { data, error: loadError } = useEngineData(() => invoke('settings.get', {}));
  const [form] = Form.useForm<VaultSettings>();
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const [filled, setFilled] = useState(false);

  useEffect(() => {
    if (data && (!filled || !form.isFieldsTouched())) {
      form.setFieldsValue(data);
      setFilled(true);
    }
  }, [data, filled, form]);

  const save = async (values: VaultSettings) => {
    setBusy(true);
    const result = await invoke('settings.update', { ...values, backupFolder: values.backupFolder ?? '' });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      showFieldErrors(form, result.error.fields);
      return;
    }
    setError(null);
    form.resetFields();
    form.setFieldsValue(result.value);
    void message.success(t('common.saved'));
    void refreshStatus();
  };

  if (loadError) return <Alert type="error" showIcon title={pick(loadError.message)} />;
  if (!filled) return <Spin />;
  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => void save(values)} style={{ maxWidth: 560 }}>
      {error && <Alert type="error" showIcon role="alert" title={pick(error.message)} style={{ marginBottom: 16 }} />}
      <Form.Item name="idleLockMinutes" label={t('admin.settings.idleLockMinutes')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
        <InputNumber min={1} max={120} precision={0} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="maxFailedAttempts" label={t('admin.settings.maxFailedAttempts')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
        <InputNumber min={3} max={20} precision={0} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="backupReminderDays" label={t('admin.settings.backupReminderDays')} rules={[{ required: true, message: <Tr k="common.required" /> }]}>
        <InputNumber min={1} max={90} precision={0} style={{ width: 140 }} />
      </Form.Item>
      <Form.Item name="backupFolder" label={t('admin.settings.backupFolder')} extra={t('admin.settings.backupFolderHint')}>
        <Input maxLength={1000} spellCheck={false} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('common.save')}
      </Button>
    </Form>
  );
}
