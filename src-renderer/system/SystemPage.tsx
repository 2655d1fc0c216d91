import { Alert, Button, Descriptions, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError, SystemInfo } from '../../src-shared/contract/index.js';
import { invoke } from '../bridge/engine.js';
import { pick } from '../i18n/index.js';

/** Shows what the engine reports about itself: proof that the round trip through window.blo works. */
export function SystemPage() {
  const { t, i18n } = useTranslation();
  const [info, setInfo] = useState<SystemInfo | null>(null);
  const [error, setError] = useState<AppError | null>(null);

  const load = useCallback(async () => {
    const result = await invoke('system.info', {});
    if (result.ok) {
      setInfo(result.value);
      setError(null);
    } else setError(result.error);
  }, []);
  useEffect(() => void load(), [load]);

  return (
    <section aria-labelledby="system-title">
      <Typography.Title level={2} id="system-title">
        {t('system.title')}
      </Typography.Title>
      {error && <Alert type="error" showIcon title={pick(error.message, i18n.language)} />}
      {info && (
        <Descriptions bordered column={1} size="middle" data-testid="system-info">
          <Descriptions.Item label={t('system.appVersion')}>{info.appVersion}</Descriptions.Item>
          <Descriptions.Item label={t('system.engineStartedAt')}>{new Date(info.engineStartedAt).toLocaleString(i18n.language === 'en' ? 'en-GB' : 'vi-VN')}</Descriptions.Item>
          <Descriptions.Item label={t('system.engineUptime')}>{t('system.seconds', { count: info.engineUptimeSeconds })}</Descriptions.Item>
          <Descriptions.Item label={t('system.dataDir')}>
            <Typography.Text code>{info.dataDir}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('system.vaultState')}>{t(`system.vault.${info.vaultState}`)}</Descriptions.Item>
          <Descriptions.Item label={t('system.nodeVersion')}>{info.nodeVersion}</Descriptions.Item>
          <Descriptions.Item label={t('system.sqliteVersion')}>{info.sqliteVersion}</Descriptions.Item>
        </Descriptions>
      )}
      <Button style={{ marginTop: 16 }} onClick={() => void load()}>
        {t('system.refresh')}
      </Button>
    </section>
  );
}
