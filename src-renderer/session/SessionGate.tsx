import { App as AntApp, ConfigProvider, Spin, Result as AntResult, Button } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { AppError, LockReason, SessionInfo, VaultStatus } from '../../src-shared/contract/index.js';
import { bridge, invoke, onVaultClosed } from '../bridge/engine.js';
import { focusElement, focusFirstField } from '../app/focus.js';
import { replaceRoute } from '../app/router.js';
import { pick } from '../i18n/index.js';
import { startActivityReporting } from './activity.js';
import { AuthLayout } from './AuthLayout.js';
import { hasDrafts, openDrafts, sealDrafts } from './drafts.js';
import { ChangePasswordForm } from './ChangePasswordForm.js';
import { SessionContext, type SessionContextValue } from './session-context.js';
import { SetupWizard } from './SetupWizard.js';
import { SignInScreen } from './SignInScreen.js';

type Phase = { kind: 'loading' } | { kind: 'failed'; error: AppError } | { kind: 'setup' } | { kind: 'signIn'; reason: LockReason | null } | { kind: 'open' };

/** Reasons after which the app tree is dropped entirely (a new person, or new data, comes next). */
const ENDS_SESSION: LockReason[] = ['sign-out', 'restore', 'engine-restart'];

/**
 * Decides what the window shows: setup wizard, sign-in, the app — and the lock screen over the app.
 * The lock screen is an opaque layer; the app stays mounted underneath (inert, hidden) so that the same
 * person finds their half-typed form after unlocking. Everything fetched is dropped at the lock; when
 * someone else signs in, the app is mounted afresh.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [status, setStatus] = useState<VaultStatus | null>(null);
  const [session, setSession] = useState<SessionInfo | null>(null);
  const [lock, setLock] = useState<LockReason | null>(null);
  /** The person locked away unsaved work: the lock screen says what happens to it if someone else unlocks. */
  const [lockedWithDrafts, setLockedWithDrafts] = useState(false);
  /** Where a returning person's unsaved work was, offered back to them once. */
  const [heldDraft, setHeldDraft] = useState<string | null>(null);
  const [appKey, setAppKey] = useState(0);
  const [epoch, setEpoch] = useState(0);
  const phaseRef = useRef(phase);
  phaseRef.current = phase;
  const activity = useRef<ReturnType<typeof startActivityReporting> | null>(null);
  /** Where the person was working when the vault locked: focus returns there when they unlock. */
  const focusBeforeLock = useRef<HTMLElement | null>(null);

  const refreshStatus = useCallback(async () => {
    const result = await invoke('vault.status', {});
    if (!result.ok) return null;
    setStatus(result.value);
    activity.current?.setIdleSeconds(result.value.state === 'unlocked' ? result.value.idleLockSeconds : null);
    return result.value;
  }, []);

  useEffect(() => {
    void (async () => {
      const result = await invoke('vault.status', {});
      if (!result.ok) return setPhase({ kind: 'failed', error: result.error });
      const value = result.value;
      setStatus(value);
      if (value.state === 'uninitialised') setPhase({ kind: 'setup' });
      else if (value.state === 'unlocked' && value.session) {
        setSession(value.session);
        setPhase({ kind: 'open' });
      } else setPhase({ kind: 'signIn', reason: null });
    })();
  }, []);

  useEffect(() => {
    activity.current = startActivityReporting();
    return () => activity.current?.stop();
  }, []);

  const handleLocked = useCallback(
    (reason: LockReason) => {
      const current = phaseRef.current.kind;
      // A lock is reported more than once (the button's answer and the engine's event); only the first finds
      // drafts to seal, so a later report must not clear the note that says they are held.
      if (current === 'open' && hasDrafts()) {
        setLockedWithDrafts(true);
        void sealDrafts(window.location.hash);
      }
      if (current === 'open' && !ENDS_SESSION.includes(reason)) {
        const active = document.activeElement;
        if (active instanceof HTMLElement && active !== document.body && !active.closest('.lock-layer')) focusBeforeLock.current = active;
        setLock(reason);
      } else if (current === 'open' || current === 'setup') {
        setLock(null);
        setSession(null);
        setPhase({ kind: 'signIn', reason });
      }
      void refreshStatus();
    },
    [refreshStatus],
  );

  useEffect(() => bridge.on('vault.locked', (payload) => handleLocked((payload as { reason: LockReason }).reason)), [handleLocked]);
  useEffect(
    () =>
      onVaultClosed(() => {
        if (phaseRef.current.kind === 'open') void refreshStatus().then((value) => value && value.state !== 'unlocked' && handleLocked('manual'));
      }),
    [handleLocked, refreshStatus],
  );

  const onSignedIn = useCallback(
    (next: SessionInfo) =>
      void openDrafts(next.username).then((draftRoute) => {
        const samePerson = phaseRef.current.kind === 'open' && session?.accountId === next.accountId;
        // The same person unlocking stays where they were; anyone else starts on their own home page, never on
        // the previous person's route (which they may not be allowed to see), and is offered their own unsaved work.
        if (!samePerson) replaceRoute();
        setHeldDraft(samePerson ? null : draftRoute);
        setLockedWithDrafts(false);
        setSession(next);
        setLock(null);
        setEpoch((value) => value + 1);
        if (!samePerson) setAppKey((value) => value + 1);
        setPhase({ kind: 'open' });
        void refreshStatus();
      }),
    [session, refreshStatus],
  );

  const lockNow = useCallback(async () => {
    await invoke('vault.lock', {});
    handleLocked('manual');
  }, [handleLocked]);
  const signOut = useCallback(async () => {
    await invoke('vault.signOut', {});
    handleLocked('sign-out');
  }, [handleLocked]);

  // Ctrl+L locks at once, from anywhere in the app.
  useEffect(() => {
    if (phase.kind !== 'open' || lock) return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 'l') {
        event.preventDefault();
        void lockNow();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [phase.kind, lock, lockNow]);

  const context = useMemo<SessionContextValue | null>(
    () =>
      session && {
        session,
        status,
        locked: lock !== null,
        epoch,
        refreshStatus: async () => void (await refreshStatus()),
        lock: lockNow,
        signOut,
        updateSession: setSession,
        heldDraft,
        dismissHeldDraft: () => setHeldDraft(null),
      },
    [session, status, lock, epoch, refreshStatus, lockNow, signOut, heldDraft],
  );

  const officeLabel = status?.officeLabel ?? null;
  switch (phase.kind) {
    case 'loading':
      return <Loading />;
    case 'failed':
      return <Failed error={phase.error} />;
    case 'setup':
      return <SetupWizard onDone={onSignedIn} />;
    case 'signIn':
      return <SignInScreen key={`sign-in-${appKey}`} officeLabel={officeLabel} reason={phase.reason} onSignedIn={onSignedIn} />;
    case 'open':
      if (!session || !context) return <Loading />;
      return (
        <>
          <div inert={lock !== null} hidden={lock !== null} aria-hidden={lock !== null} style={{ display: lock ? 'none' : undefined }}>
            <SessionContext.Provider value={context}>
              {session.mustChangePassword ? <ForcedPasswordChange session={session} officeLabel={officeLabel} onChanged={setSession} /> : <div key={appKey}>{children}</div>}
            </SessionContext.Provider>
          </div>
          {lock && (
            <LockLayer returnFocus={focusBeforeLock}>
              <SignInScreen officeLabel={officeLabel} reason={lock} username={session.username} onSignedIn={onSignedIn} heldDrafts={lockedWithDrafts} />
            </LockLayer>
          )}
        </>
      );
  }
}

/**
 * An opaque full-window layer above everything (antd modals included). Everything else in the page is made
 * inert while it is shown, so neither mouse nor keyboard reaches the app behind it.
 */
function LockLayer({ children, returnFocus }: { children: ReactNode; returnFocus: RefObject<HTMLElement | null> }) {
  const [layer] = useState(() => {
    const element = document.createElement('div');
    element.className = 'lock-layer';
    element.setAttribute('data-testid', 'lock-screen');
    return element;
  });
  useEffect(() => {
    document.body.appendChild(layer);
    const others = [...document.body.children].filter((element): element is HTMLElement => element !== layer && element instanceof HTMLElement);
    others.forEach((element) => (element.inert = true));
    // The fields mounted before the layer joined the document, so their autoFocus could not take: the
    // password (the name is prefilled) gets focus now, so typing goes straight into it.
    focusFirstField(layer);
    return () => {
      others.forEach((element) => (element.inert = false));
      layer.remove();
      const before = returnFocus.current;
      returnFocus.current = null;
      if (before?.isConnected) focusElement(before);
    };
  }, [layer, returnFocus]);
  return createPortal(<ConfigProvider getPopupContainer={() => layer}>{children}</ConfigProvider>, layer);
}

function ForcedPasswordChange({ session, officeLabel, onChanged }: { session: SessionInfo; officeLabel: string | null; onChanged: (s: SessionInfo) => void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  return (
    <AuthLayout title={t('password.mustChangeTitle')} office={officeLabel}>
      <p>{t('password.mustChangeText')}</p>
      <p>
        <strong>{session.displayName}</strong> ({session.username})
      </p>
      <ChangePasswordForm
        username={session.username}
        onChanged={(next) => {
          void message.success(t('password.changed'));
          onChanged(next);
        }}
      />
    </AuthLayout>
  );
}

function Loading() {
  const { t } = useTranslation();
  return (
    <div style={{ display: 'grid', placeItems: 'center', minHeight: '100vh' }}>
      <Spin description={t('app.loading')} />
    </div>
  );
}

function Failed({ error }: { error: AppError }) {
  const { t } = useTranslation();
  return (
    <AntResult
      status="error"
      title={pick(error.message)}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </Button>
      }
    />
  );
}
