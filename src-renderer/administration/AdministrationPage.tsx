import { App as AntApp, Tabs, Typography } from 'antd';
import { EllipsisOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { navigate, useRoute } from '../app/router.js';
import { ChangePasswordForm } from '../session/ChangePasswordForm.js';
import { useSession } from '../session/session-context.js';
import { AccountsTab } from './AccountsTab.js';
import { BackupsTab } from './BackupsTab.js';
import { OfficeTab } from './OfficeTab.js';
import { SettingsTab } from './SettingsTab.js';
import { LabelsTab } from '../documents/LabelsTab.js';
import { ReferenceTab } from '../reference/ReferenceTab.js';

const TABS = ['accounts', 'office', 'settings', 'backups', 'labels', 'reference', 'password'] as const;
type Tab = (typeof TABS)[number];

/** Administrator only (the menu hides it from others; the engine refuses their calls anyway). */
export function AdministrationPage() {
  const { t } = useTranslation();
  const [, second] = useRoute();
  const tab: Tab = TABS.includes(second as Tab) ? (second as Tab) : 'accounts';
  return (
    <section aria-labelledby="admin-title">
      <Typography.Title level={2} id="admin-title" className="page-title">
        {t('admin.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate('administration', key)}
        destroyOnHidden={false}
        // The overflow button (at 150 % zoom) is named in words, not by its icon ("ellipsis").
        more={{ icon: <EllipsisOutlined aria-label={t('common.moreTabs')} /> }}
        items={TABS.map((key) => ({ key, label: t(`admin.tabs.${key}`), children: <TabContent tab={key} /> }))}
      />
    </section>
  );
}

function TabContent({ tab }: { tab: Tab }) {
  switch (tab) {
    case 'accounts':
      return <AccountsTab />;
    case 'office':
      return <OfficeTab />;
    case 'labels':
      return <LabelsTab />;
    case 'reference':
      return <ReferenceTab />;
    case 'settings':
      return <SettingsTab />;
    case 'backups':
      return <BackupsTab />;
    case 'password':
      return <OwnPassword />;
  }
}

function OwnPassword() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { session, updateSession } = useSession();
  return (
    <ChangePasswordForm
      username={session.username}
      onChanged={(next) => {
        updateSession(next);
        void message.success(t('password.changed'));
      }}
    />
  );
}
