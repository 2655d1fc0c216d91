import { Alert, App as AntApp, Button, Dropdown, Layout, Menu, Modal, Tooltip, Typography } from 'antd';
import { MenuOutlined } from '@ant-design/icons';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_READERS, type Role } from '../../src-shared/contract/index.js';
import { AdministrationPage } from '../administration/AdministrationPage.js';
import { AuditPage } from '../audit/AuditPage.js';
import { HomePage } from '../home/HomePage.js';
import { VerifyPage } from '../documents/VerifyPage.js';
import { MeetingsPage } from '../meetings/MeetingsPage.js';
import { RepatriationsPage } from '../repatriations/RepatriationsPage.js';
import { PlaceholderPage } from '../pages/PlaceholderPage.js';
import { ChangePasswordForm } from '../session/ChangePasswordForm.js';
import { RotateRecoveryKey } from '../session/RotateRecoveryKey.js';
import { hasRole, useSession } from '../session/session-context.js';
import { SystemPage } from '../system/SystemPage.js';
import { LanguageSwitch } from './LanguageSwitch.js';
import { StatusTag } from './StatusTag.js';
import { invoke } from '../bridge/engine.js';
import { pick } from '../i18n/index.js';
import { useFocusKeeper, usePageFocus } from './focus.js';
import { navigate, replaceRoute, useRoute } from './router.js';

const SECTIONS = ['home', 'meetings', 'repatriations', 'interceptions', 'reports', 'verify', 'administration', 'audit', 'system'] as const;
type Section = (typeof SECTIONS)[number];

/** Who sees a section in the menu (the engine checks every channel regardless). */
const SECTION_ROLES: Partial<Record<Section, Role[]>> = {
  home: ['officer', 'liaison', 'commander', 'auditor'],
  meetings: MEETING_READERS,
  repatriations: ['officer', 'liaison', 'commander', 'auditor'],
  administration: ['administrator'],
  audit: ['administrator', 'commander', 'auditor'],
};

function page(section: Section): ReactNode {
  switch (section) {
    case 'home':
      return <HomePage />;
    case 'system':
      return <SystemPage />;
    case 'administration':
      return <AdministrationPage />;
    case 'audit':
      return <AuditPage />;
    case 'meetings':
      return <MeetingsPage />;
    case 'repatriations':
      return <RepatriationsPage />;
    case 'verify':
      return <VerifyPage />;
    default:
      return <PlaceholderPage page={section} />;
  }
}

/** The signed-in app: menu on the left, the person and the lock on top, the page below. */
export function AppShell() {
  const { t } = useTranslation();
  const { session } = useSession();
  const route = useRoute();
  const [first] = route;
  const allowed = SECTIONS.filter((key) => !SECTION_ROLES[key] || hasRole(session, ...SECTION_ROLES[key]!));
  const home = (['home', 'repatriations', 'administration', 'system'] as const).find((key) => allowed.includes(key))!;
  const known = SECTIONS.includes(first as Section);
  const requested = known ? (first as Section) : home;
  const section = allowed.includes(requested) ? requested : null;
  // No route (just signed in: see SessionGate) or an unknown one: the person's own home page, in the address too.
  useEffect(() => {
    if (!known) replaceRoute(home);
  }, [known, home]);
  // Tabs of the administration page are routes too, but switching tabs must not pull focus to the heading.
  usePageFocus(section === 'administration' ? section : route.join('/'));
  useFocusKeeper();
  // Below 992 px (a 1366 px screen at 150 %), the menu folds away behind a button in the header.
  const [narrow, setNarrow] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        width={220}
        theme="light"
        className="app-sider"
        breakpoint="lg"
        collapsedWidth={0}
        trigger={null}
        collapsed={narrow && !menuOpen}
        onBreakpoint={(broken) => {
          setNarrow(broken);
          setMenuOpen(false);
        }}
        data-testid="app-sider"
      >
        <div className="app-sider-inner">
          <div className="app-sider-title">
            <Typography.Title level={4} style={{ margin: 0 }}>
              {t('app.name')}
            </Typography.Title>
            <Typography.Text type="secondary">{t('app.subtitle')}</Typography.Text>
          </div>
          <nav aria-label={t('app.name')}>
            <Menu
              mode="inline"
              style={{ borderInlineEnd: 'none' }}
              selectedKeys={section ? [section] : []}
              items={allowed.map((key) => ({ key, label: t(`nav.${key}`) }))}
              onClick={({ key }) => {
                setMenuOpen(false);
                navigate(key);
              }}
            />
          </nav>
        </div>
      </Layout.Sider>
      <Layout>
        <Header menu={narrow ? { open: menuOpen, toggle: () => setMenuOpen((open) => !open) } : null} />
        <Banners />
        <Layout.Content style={{ padding: '16px 24px' }}>
          {/* antd's Layout.Content is the page's one <main> landmark. */}
          <div className="page">{section ? page(section) : <Alert type="warning" showIcon title={t('pages.forbidden')} />}</div>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

function Header({ menu }: { menu: { open: boolean; toggle: () => void } | null }) {
  const { t } = useTranslation();
  const { session, lock, signOut, updateSession } = useSession();
  const [changing, setChanging] = useState(false);
  const { message } = AntApp.useApp();
  return (
    <Layout.Header className="app-header">
      {menu && (
        <Button
          icon={<MenuOutlined />}
          onClick={menu.toggle}
          aria-expanded={menu.open}
          aria-label={menu.open ? t('header.menuHide') : t('header.menuShow')}
          data-testid="menu-toggle"
        />
      )}
      <div className="app-header-person" data-testid="signed-in-person">
        <Dropdown trigger={['click']} menu={{ items: [{ key: 'password', label: t('header.changePassword') }], onClick: () => setChanging(true) }}>
          <Button type="text" className="person-button">
            <strong>{session.displayName}</strong>
            <span className="person-username">({session.username})</span>
          </Button>
        </Dropdown>
        <span className="app-header-roles">
          {session.roles.map((role) => (
            <StatusTag key={role} tone="info">
              {t(`roles.${role}`)}
            </StatusTag>
          ))}
        </span>
      </div>
      <div className="app-header-actions">
        <LanguageSwitch />
        <Tooltip title={t('header.lockTip')}>
          <Button onClick={() => void lock()} aria-keyshortcuts="Control+L">
            {t('header.lock')} <kbd className="kbd app-header-kbd">Ctrl+L</kbd>
          </Button>
        </Tooltip>
        <Button onClick={() => void signOut()}>{t('header.signOut')}</Button>
      </div>
      <Modal open={changing} title={t('password.changeTitle')} footer={null} onCancel={() => setChanging(false)} destroyOnHidden>
        <ChangePasswordForm
          username={session.username}
          onCancel={() => setChanging(false)}
          onChanged={(next) => {
            setChanging(false);
            updateSession(next);
            void message.success(t('password.changed'));
          }}
        />
      </Modal>
    </Layout.Header>
  );
}

/** The recovery key not yet confirmed, or a backup overdue: said once, above every page. */
function Banners() {
  const { t } = useTranslation();
  const { session, status, refreshStatus, heldDraft, dismissHeldDraft } = useSession();
  const [rotating, setRotating] = useState(false);
  const [backingUp, setBackingUp] = useState(false);
  const { message, modal } = AntApp.useApp();
  if (!status) return null;
  // "Back up now" makes the backup there and then, into the default folder; a refusal says why and offers the backups tab.
  const backUpNow = async () => {
    setBackingUp(true);
    const result = await invoke('backup.create', {});
    setBackingUp(false);
    if (result.ok) {
      void message.success(t('header.backupDone', { file: result.value.file }));
      void refreshStatus();
      return;
    }
    modal.error({
      title: t('header.backupFailed'),
      content: pick(result.error.message),
      okText: hasRole(session, 'administrator') ? t('header.backupOpenTab') : t('common.close'),
      onOk: () => {
        if (hasRole(session, 'administrator')) navigate('administration', 'backups');
      },
    });
  };
  const admin = hasRole(session, 'administrator');
  const backupMaker = hasRole(session, 'administrator', 'commander');
  return (
    <div className="banners">
      {heldDraft && (
        <Alert
          type="info"
          showIcon
          closable={{ onClose: dismissHeldDraft }}
          data-testid="banner-held-draft"
          title={t('header.heldDraft')}
          action={
            <Button
              size="small"
              type="primary"
              onClick={() => {
                dismissHeldDraft();
                window.location.hash = heldDraft;
              }}
            >
              {t('header.heldDraftAction')}
            </Button>
          }
        />
      )}
      {!status.recoveryConfirmed && (
        <Alert
          type="warning"
          showIcon
          data-testid="banner-recovery"
          title={admin ? t('header.recoveryNotConfirmed') : t('header.recoveryNotConfirmedUser')}
          action={
            admin && (
              <Button size="small" onClick={() => setRotating(true)}>
                {t('header.recoveryAction')}
              </Button>
            )
          }
        />
      )}
      {status.backupOverdue && backupMaker && (
        <Alert
          type="warning"
          showIcon
          data-testid="banner-backup"
          title={t('header.backupOverdue')}
          action={
            <Button size="small" loading={backingUp} onClick={() => void backUpNow()} data-testid="banner-backup-now">
              {backingUp ? t('header.backingUp') : t('header.backupAction')}
            </Button>
          }
        />
      )}
      {rotating && (
        <RotateRecoveryKey
          onClose={() => {
            setRotating(false);
            void refreshStatus();
          }}
        />
      )}
    </div>
  );
}
