import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../bridge/engine.js';
import { SessionGate } from '../session/SessionGate.js';
import { AppShell } from './AppShell.js';
import { stillTheme, theme, usePrefersReducedMotion } from './theme.js';

export function App() {
  const { i18n } = useTranslation();
  const reducedMotion = usePrefersReducedMotion();
  return (
    // With reduced motion asked for, no motion at all: antd's click wave is not a theme token.
    <ConfigProvider locale={i18n.language === 'en' ? enUS : viVN} theme={reducedMotion ? stillTheme : theme} wave={{ disabled: reducedMotion }}>
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
