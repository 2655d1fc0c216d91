import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../app/LanguageSwitch.js';

/** The frame of every screen shown before the app opens: setup, sign-in, lock, forced password change. */
export function AuthLayout({ title, office, width = 520, children }: { title: string; office?: string | null; width?: number; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="auth-screen">
      <header className="auth-header">
        <div>
          <Typography.Text strong style={{ fontSize: 18 }}>
            {t('app.name')}
          </Typography.Text>
          <Typography.Text type="secondary" style={{ marginLeft: 12 }}>
            {office ?? t('app.subtitle')}
          </Typography.Text>
        </div>
        <LanguageSwitch />
      </header>
      <main className="auth-main">
        <Card style={{ width, maxWidth: '100%' }}>
          <Typography.Title level={2} style={{ marginTop: 0, fontSize: 24 }}>
            {title}
          </Typography.Title>
          {children}
        </Card>
      </main>
    </div>
  );
}
