import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../bridge/engine.js';
import { SessionGate } from '../session/SessionGate.js';
import { AppShell } from './AppShell.js';
import { theme } from './theme.js';

export function App() {
  const { i18n } = useTranslation();
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : viVN} theme={theme}>
      <AntApp>
        <EngineNotices />
        <SessionGate>
          <AppShell />
        </SessionGate>
      </AntApp>
    </ConfigProvider>
  );
}

/** Engine events that every screen must hear about. */
function EngineNotices() {
  const { t } = useTranslation();
  const { notification } = AntApp.useApp();
  useEffect(() => bridge.on('engine.crashed', () => notification.error({ title: t('errors.engineCrashed') })), [notification, t]);
  return null;
}
