import { App as AntApp, ConfigProvider, Layout, Menu, Select, Typography } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/locale/vi_VN';
import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { bridge } from '../bridge/engine.js';
import { setLanguage, type Language } from '../i18n/index.js';
import { PlaceholderPage } from '../pages/PlaceholderPage.js';
import { SystemPage } from '../system/SystemPage.js';
import { navigate, useRoute } from './router.js';
import { theme } from './theme.js';

const SECTIONS = ['meetings', 'repatriations', 'interceptions', 'reports', 'administration', 'system'] as const;
type Section = (typeof SECTIONS)[number];

function page(section: Section): ReactNode {
  return section === 'system' ? <SystemPage /> : <PlaceholderPage page={section} />;
}

export function App() {
  const { t, i18n } = useTranslation();
  const [first] = useRoute();
  const section: Section = SECTIONS.includes(first as Section) ? (first as Section) : 'repatriations';

  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : viVN} theme={theme}>
      <AntApp>
        <EngineNotices />
        <Layout style={{ minHeight: '100vh' }}>
          <Layout.Sider width={232} theme="light" style={{ borderRight: '1px solid #d9d9d9' }}>
            <div style={{ padding: '16px 20px' }}>
              <Typography.Title level={4} style={{ margin: 0 }}>
                {t('app.name')}
              </Typography.Title>
              <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
            </div>
            <nav aria-label={t('app.name')}>
              <Menu
                mode="inline"
                selectedKeys={[section]}
                items={SECTIONS.map((key) => ({ key, label: t(`nav.${key}`) }))}
                onClick={({ key }) => navigate(key)}
              />
            </nav>
          </Layout.Sider>
          <Layout>
            <Layout.Header style={{ background: '#fff', borderBottom: '1px solid #d9d9d9', display: 'flex', justifyContent: 'flex-end', alignItems: 'center', gap: 8 }}>
              <label htmlFor="language-select">{t('app.language')}</label>
              <Select
                id="language-select"
                value={i18n.language as Language}
                style={{ width: 140 }}
                onChange={(value: Language) => setLanguage(value)}
                options={[
                  { value: 'vi', label: 'Tiếng Việt' },
                  { value: 'en', label: 'English' },
                ]}
              />
            </Layout.Header>
            <Layout.Content style={{ padding: 24 }}>
              <main>{page(section)}</main>
            </Layout.Content>
          </Layout>
        </Layout>
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
