import { Alert, App as AntApp, Button, Form, Space, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, OfficeProfile } from '../../src-shared/contract/index.js';
import { invoke } from '../bridge/engine.js';
import { showFieldErrors } from '../forms/engine-errors.js';
import { pick } from '../i18n/index.js';
import { useEngineData, useSession } from '../session/session-context.js';
import { OfficeFields } from './OfficeFields.js';

/** The office profile, with optimistic concurrency: a stale save is refused and the typed input kept. */
export function OfficeTab() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { refreshStatus } = useSession();
  const { data, error: loadError } = useEngineData(() => invoke('office.get', {}));
  const [form] = Form.useForm<OfficeProfile>();
  const [version, setVersion] = useState<number | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);

  // Fill the form from the engine unless the person has already typed (e.g. after an unlock).
  useEffect(() => {
    if (!data) return;
    if (version === null || !form.isFieldsTouched()) {
      const { version: loaded, ...profile } = data;
      form.setFieldsValue(profile);
      setVersion(loaded);
    }
  }, [data, form, version]);

  const save = async (profile: OfficeProfile, atVersion = version) => {
    if (atVersion === null) return;
    setBusy(true);
    const result = await invoke('office.update', { profile: { ...profile, issuingBodyKm: profile.issuingBodyKm ?? [], gateCodes: profile.gateCodes ?? [] }, version: atVersion });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      showFieldErrors(form, result.error.fields, (path) => path.replace(/^profile\./, ''));
      return;
    }
    setError(null);
    const { version: saved, ...next } = result.value;
    form.resetFields();
    form.setFieldsValue(next);
    setVersion(saved);
    void message.success(t('common.saved'));
    void refreshStatus();
  };

  const latest = async () => {
    const result = await invoke('office.get', {});
    return result.ok ? result.value : null;
  };

  if (loadError) return <Alert type="error" showIcon title={pick(loadError.message)} />;
  if (!data && version === null) return <Spin />;
  return (
    <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => void save(values)} style={{ maxWidth: 1000 }}>
      {error && (
        <Alert
          type={error.code === 'conflict' ? 'warning' : 'error'}
          showIcon
          role="alert"
          title={pick(error.message)}
          style={{ marginBottom: 16 }}
          description={
            error.code === 'conflict' && (
              <Space wrap style={{ marginTop: 8 }}>
                <Button
                  size="small"
                  onClick={async () => {
                    const current = await latest();
                    if (current) void save(form.getFieldsValue(true) as OfficeProfile, current.version);
                  }}
                >
                  {t('admin.office.conflictKeepMine')}
                </Button>
                <Button
                  size="small"
                  onClick={async () => {
                    const current = await latest();
                    if (!current) return;
                    const { version: loaded, ...profile } = current;
                    form.resetFields();
                    form.setFieldsValue(profile);
                    setVersion(loaded);
                    setError(null);
                  }}
                >
                  {t('admin.office.conflictReload')}
                </Button>
              </Space>
            )
          }
        />
      )}
      <OfficeFields />
      <Button type="primary" htmlType="submit" loading={busy}>
        {t('common.save')}
      </Button>
    </Form>
  );
}
