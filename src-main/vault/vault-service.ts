import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { passwordProblems, type OfficeProfile, type Role, type SessionInfo, type VaultState, type VaultStatus } from '../../src-shared/contract/index.js';
import { EngineError } from '../kernel/engine-error.js';
import type { Session } from '../kernel/session.js';
import { findAccount, findAccountByUsername, rolesOf, type AccountRow } from './accounts-store.js';
import { SchemaTooNewError } from './database.js';
import {
  kdfNeedsUpgrade,
  newArgon2Params,
  newDataKey,
  newRecoveryKey,
  normaliseRecoveryKey,
  passwordKek,
  recoveryKek,
  unwrapKey,
  WeakKdfError,
  wrapKey,
  type Argon2Params,
  type DataKey,
} from './key-crypto.js';
import {
  databasePath,
  KeyringDamagedError,
  MAX_PENDING_EVENTS,
  MAX_TRACKED_UNKNOWN_NAMES,
  normaliseUsername,
  readKeyring,
  removeStaleTempFiles,
  retryDelaySeconds,
  updateKeyringFile,
  type AccountSlot,
  type Keyring,
  type PendingAuditEvent,
} from './keyring.js';
import { findSlot, newSlot, unwrapSlot } from './slots.js';
import { OpenVault, type Actor, type AuditEntry } from './open-vault.js';
import { DEFAULT_SETTINGS, INTERNAL_SETTINGS, readSetting, readSettings, writeSetting } from './settings-store.js';
import { vaultErrors } from './vault-errors.js';

import type { LockReason } from '../../src-shared/contract/index.js';

export interface VaultServiceOptions {
  dataDir: string;
  now: () => Date;
  nativeBinding?: string;
  /** Fills a new vault with reference data and anything else other capabilities need at setup. */
  seed: (vault: OpenVault, actor: Actor) => Promise<void>;
  onLocked: (reason: LockReason) => void;
  /** Runs work in the engine's call order, so the idle lock never closes the database under a running save. */
  enqueue: (work: () => Promise<unknown>) => void;
  /** Test hosts shorten the idle lock; the app uses the office setting. */
  idleLockSecondsOverride?: number;
}

/** A dummy KDF run for unknown user names, so a wrong name costs as long as a wrong password. */
const DUMMY_KDF: Argon2Params = { ...newArgon2Params() };

/**
 * The vault's lifecycle: setup, sign-in, lock, recovery, password changes. While unlocked it holds the
 * open database; locking closes it and forgets the key. One person is signed in at a time.
 */
export class VaultService {
  private current: OpenVault | null = null;
  private session: Session | null = null;
  /** Shown once at setup; kept in memory only until the administrator types part of it back. */
  private pendingRecoveryKey: string | null = null;
  private idleTimer: NodeJS.Timeout | null = null;
  private idleLockSeconds = DEFAULT_SETTINGS.idleLockMinutes * 60;

  constructor(private readonly options: VaultServiceOptions) {
    removeStaleTempFiles(options.dataDir);
  }

  // ── state ────────────────────────────────────────────────────────────────

  state(): VaultState {
    if (this.current) return 'unlocked';
    try {
      return readKeyring(this.options.dataDir) ? 'locked' : 'uninitialised';
    } catch {
      return 'locked'; // a damaged keyring is still a vault: sign-in says what is wrong, setup never overwrites it
    }
  }

  /** The keyring from the data folder, parsed as untrusted: a malformed file is a `damaged` error. */
  private keyring(): Keyring | null {
    try {
      return readKeyring(this.options.dataDir);
    } catch (error) {
      if (error instanceof KeyringDamagedError) throw vaultErrors.keyringDamaged();
      throw error;
    }
  }

  /** Every keyring change goes through the single writer, and the open vault's copy follows it. */
  private changeKeyring(change: (keyring: Keyring) => Keyring) {
    if (this.current) this.current.updateKeyring(change);
    else updateKeyringFile(this.options.dataDir, change);
  }

  currentSession = () => this.session;

  get dataDir() {
    return this.options.dataDir;
  }

  /** Appends an audit entry as the signed-in person (views, prints, exports…). */
  audit(entry: AuditEntry) {
    return this.open().audit(this.actor(), entry);
  }

  /** After a restore: open the restored vault once to record the restore in its own audit log, then close it. */
  async recordRestore(actor: Actor, dataKey: DataKey, keyring: Keyring, info: { file: string; size: number; createdAt: string }) {
    const vault = await OpenVault.open(this.options.dataDir, dataKey, keyring, this.options.now, this.options.nativeBinding);
    try {
      await vault.audit(actor, { action: 'backup.restore', detail: info });
    } finally {
      await vault.close();
    }
  }

  /** The open vault, or a `locked` error. */
  open(): OpenVault {
    if (!this.current) throw vaultErrors.locked();
    return this.current;
  }

  actor(): Actor {
    return this.session ? { accountId: this.session.accountId, username: this.session.username } : { accountId: null, username: 'system' };
  }

  async status(): Promise<VaultStatus> {
    let keyring: Keyring | null = null;
    try {
      keyring = readKeyring(this.options.dataDir);
    } catch {
      // shown as locked; signing in explains the damage
    }
    const open = this.current;
    let recoveryConfirmed = true;
    let backupOverdue = false;
    if (open) {
      recoveryConfirmed = await readSetting(open.db, INTERNAL_SETTINGS.recoveryConfirmed, false);
      const settings = await readSettings(open.db);
      const lastBackup = await readSetting<string | null>(open.db, INTERNAL_SETTINGS.lastBackupAt, null);
      const age = lastBackup ? this.options.now().getTime() - Date.parse(lastBackup) : Infinity;
      backupOverdue = age > settings.backupReminderDays * 86_400_000;
    }
    return {
      state: this.state(),
      officeLabel: keyring?.officeLabel ?? null,
      session: this.session ? sessionInfo(this.session) : null,
      recoveryConfirmed,
      idleLockSeconds: this.idleLockSeconds,
      backupOverdue,
    };
  }

  // ── setup ────────────────────────────────────────────────────────────────

  async setup(input: {
    office: OfficeProfile;
    admin: { username: string; displayName: string; rank: string; position: string; password: string };
  }): Promise<{ recoveryKey: string; session: SessionInfo }> {
    const { dataDir } = this.options;
    if (this.state() !== 'uninitialised') throw vaultErrors.alreadySetUp();
    const username = normaliseUsername(input.admin.username);
    const problems = passwordProblems(input.admin.password, username);
    if (problems.length) throw vaultErrors.weakPassword('admin.password', problems);

    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    // A database without a keyring is an interrupted setup: unreadable, but never deleted.
    if (existsSync(databasePath(dataDir))) renameSync(databasePath(dataDir), `${databasePath(dataDir)}.interrupted-${Date.now()}`);

    const now = this.options.now().toISOString();
    const vaultId = uuidv7();
    const accountId = uuidv7();
    const dataKey = newDataKey();
    const recoveryKey = newRecoveryKey();
    const lookupSalt = randomBytes(16).toString('base64');
    const keyring: Keyring = {
      format: 2,
      vaultId,
      createdAt: now,
      officeLabel: input.office.nameVi,
      lookupSalt,
      accounts: { [accountId]: await newSlot({ vaultId, lookupSalt }, dataKey, accountId, username, input.admin.password) },
      recovery: { wrapped: wrapKey(dataKey, recoveryKek(recoveryKey, vaultId), vaultId, 'recovery'), createdAt: now },
      auditSeal: null,
      pendingAudit: [],
      unknownNames: { recent: {}, pending: null },
      policy: { maxFailedAttempts: DEFAULT_SETTINGS.maxFailedAttempts },
    };
    const vault = await OpenVault.open(dataDir, dataKey, keyring, this.options.now, this.options.nativeBinding);
    const actor: Actor = { accountId, username };
    await vault.write(actor, async (trx, audit) => {
      await trx
        .insertInto('office_profile')
        .values({ id: 1, ...officeRow(input.office), updated_at: now, updated_by: accountId, version: 1 })
        .execute();
      await trx
        .insertInto('accounts')
        .values({
          id: accountId,
          username,
          display_name: input.admin.displayName,
          rank: input.admin.rank,
          position: input.admin.position,
          roles: JSON.stringify(['administrator'] satisfies Role[]),
          disabled: 0,
          must_change_password: 0,
          password_changed_at: now,
          created_at: now,
          created_by: null,
          updated_at: now,
          updated_by: null,
          version: 1,
        })
        .execute();
      await writeSetting(trx, INTERNAL_SETTINGS.recoveryConfirmed, false, now, accountId);
      await audit({ action: 'vault.setup', recordType: 'vault', recordId: vaultId, detail: { office: input.office.code } });
      await audit({ action: 'account.create', recordType: 'account', recordId: accountId, detail: { username, roles: ['administrator'] } });
    });
    await this.options.seed(vault, actor);
    this.current = vault;
    this.pendingRecoveryKey = recoveryKey;
    this.startSession(await findAccount(vault.db, accountId));
    return { recoveryKey, session: sessionInfo(this.session!) };
  }

  /** The administrator types back some groups of the recovery key shown at setup. */
  async confirmRecoveryKey(groups: Record<string, string>) {
    const key = this.pendingRecoveryKey;
    const shown = key?.split('-') ?? [];
    const entries = Object.entries(groups);
    const matches = key !== null && entries.length >= 2 && entries.every(([index, typed]) => normaliseRecoveryKey(typed) === normaliseRecoveryKey(shown[Number(index)] ?? '#'));
    if (!matches)
      throw new EngineError(
        'invalid_input',
        { vi: 'Các nhóm ký tự chưa khớp với khóa khôi phục vừa hiển thị.', en: 'The groups do not match the recovery key shown.' },
        { groups: { vi: 'Chưa khớp.', en: 'Does not match.' } },
      );
    const vault = this.open();
    await vault.write(this.actor(), async (trx, audit) => {
      await writeSetting(trx, INTERNAL_SETTINGS.recoveryConfirmed, true, vault.timestamp(), this.session?.accountId ?? null);
      await audit({ action: 'vault.recovery_key_confirmed' });
    });
    this.pendingRecoveryKey = null;
    return { confirmed: true as const };
  }

  /** A new recovery key replaces the old one (e.g. the sheet was lost, or never confirmed). */
  async rotateRecoveryKey(currentPassword: string): Promise<string> {
    const vault = this.open();
    await this.verifyOwnPassword(currentPassword);
    const recoveryKey = newRecoveryKey();
    vault.withDataKey((dataKey) =>
      vault.updateKeyring((keyring) => ({
        ...keyring,
        recovery: { wrapped: wrapKey(dataKey, recoveryKek(recoveryKey, keyring.vaultId), keyring.vaultId, 'recovery'), createdAt: vault.timestamp() },
      })),
    );
    await vault.write(this.actor(), async (trx, audit) => {
      await writeSetting(trx, INTERNAL_SETTINGS.recoveryConfirmed, false, vault.timestamp(), this.session?.accountId ?? null);
      await audit({ action: 'vault.recovery_key_rotated' });
    });
    this.pendingRecoveryKey = recoveryKey;
    return recoveryKey;
  }

  // ── sign-in ──────────────────────────────────────────────────────────────

  async signIn(username: string, password: string): Promise<SessionInfo> {
    const keyring = this.keyring();
    if (!keyring) throw vaultErrors.notSetUp();
    const { lookup, accountId, slot } = await findSlot(keyring, username);
    if (!accountId || !slot) return this.refuseUnknownName(keyring, lookup, password);
    if (slot.lockedOut) {
      await this.recordSignInEvent({ action: 'auth.sign_in_refused', accountId, reason: 'locked_out' });
      throw vaultErrors.accountLocked();
    }
    const wait = this.secondsUntilNextAttempt(slot);
    if (wait > 0) throw vaultErrors.slowDown(wait);

    const dataKey = await this.unwrapSlot(keyring, accountId, slot, password);
    if (!dataKey) {
      const { failures, lockedOut } = this.countFailure(accountId);
      await this.recordSignInEvent({ action: 'auth.sign_in_failed', accountId, reason: lockedOut ? 'wrong_password_locked_out' : 'wrong_password' });
      if (lockedOut) throw vaultErrors.accountLocked();
      throw vaultErrors.wrongCredentials(keyring.policy.maxFailedAttempts - failures);
    }

    const vault = await this.openWith(dataKey, keyring);
    const account = await findAccount(vault.db, accountId);
    if (!account || account.disabled) {
      await vault.audit({ accountId, username: account?.username ?? '?' }, { action: 'auth.sign_in_refused', detail: { reason: account ? 'disabled' : 'no_account' } });
      await this.closeVault();
      throw account ? vaultErrors.accountDisabled() : vaultErrors.wrongCredentials(null);
    }
    // Slots written with weaker KDF parameters than today's target are re-wrapped now: a migration, not a lock-out.
    const upgraded = kdfNeedsUpgrade(slot.kdf) ? await newSlot(vault.keyring, dataKey, accountId, account.username, password) : null;
    vault.updateKeyring((current) => ({
      ...current,
      accounts: { ...current.accounts, [accountId]: { ...(upgraded ?? current.accounts[accountId]), failedAttempts: 0, lastFailedAt: null } },
    }));
    if (upgraded)
      await vault.audit(
        { accountId, username: account.username },
        { action: 'auth.kdf_upgraded', recordType: 'account', recordId: accountId, detail: { memoryKiB: upgraded.kdf.memoryKiB, iterations: upgraded.kdf.iterations } },
      );
    await vault.audit({ accountId, username: account.username }, { action: 'auth.sign_in' });
    this.startSession(account);
    return sessionInfo(this.session!);
  }

  /** Adds one wrong password to the slot as it is on disk now (never a stale copy) and locks out at the limit. */
  private countFailure(accountId: string) {
    let failures = 0;
    let lockedOut = false;
    this.changeKeyring((current) => {
      const slot = current.accounts[accountId];
      failures = slot.failedAttempts + 1;
      lockedOut = failures >= current.policy.maxFailedAttempts;
      return { ...current, accounts: { ...current.accounts, [accountId]: { ...slot, failedAttempts: failures, lastFailedAt: this.options.now().toISOString(), lockedOut } } };
    });
    return { failures, lockedOut };
  }

  /**
   * An unknown user name gets exactly the replies a real one would (wrong password, slow down, locked), at
   * the same cost, so replies never tell whether a name exists. Attempts are logged in aggregate, so noise
   * can never push a real account's failures out of the pending log.
   */
  private async refuseUnknownName(keyring: Keyring, lookup: string, password: string): Promise<never> {
    const tracked = keyring.unknownNames.recent[lookup] ?? { failedAttempts: 0, lastFailedAt: null };
    const max = keyring.policy.maxFailedAttempts;
    const at = this.options.now().toISOString();
    const countAttempt = (name?: typeof tracked) =>
      this.changeKeyring((current) => {
        const pending = current.unknownNames.pending;
        const recent = { ...current.unknownNames.recent };
        if (name) {
          delete recent[lookup];
          recent[lookup] = name;
        }
        const names = Object.entries(recent).sort(([, a], [, b]) => (a.lastFailedAt ?? '').localeCompare(b.lastFailedAt ?? ''));
        return {
          ...current,
          unknownNames: {
            recent: Object.fromEntries(names.slice(-MAX_TRACKED_UNKNOWN_NAMES)),
            pending: { count: (pending?.count ?? 0) + 1, firstAt: pending?.firstAt ?? at, lastAt: at },
          },
        };
      });
    if (tracked.failedAttempts >= max) {
      countAttempt();
      throw vaultErrors.accountLocked();
    }
    const wait = this.secondsUntilNextAttempt(tracked);
    if (wait > 0) throw vaultErrors.slowDown(wait);
    await passwordKek(password, DUMMY_KDF);
    const failures = tracked.failedAttempts + 1;
    countAttempt({ failedAttempts: failures, lastFailedAt: at });
    if (this.current) await this.flushClosedEvents(this.current);
    if (failures >= max) throw vaultErrors.accountLocked();
    throw vaultErrors.wrongCredentials(max - failures);
  }

  /** The recovery key opens the vault and gives an administrator a new password. */
  async recover(recoveryKey: string, username: string, newPassword: string): Promise<SessionInfo> {
    const keyring = this.keyring();
    if (!keyring) throw vaultErrors.notSetUp();
    const dataKey = unwrapKey(keyring.recovery.wrapped, recoveryKek(recoveryKey, keyring.vaultId), keyring.vaultId, 'recovery');
    if (!dataKey) {
      await this.recordSignInEvent({ action: 'auth.recovery_failed', accountId: null, reason: 'wrong_recovery_key' });
      throw vaultErrors.wrongRecoveryKey();
    }
    const problems = passwordProblems(newPassword, username);
    if (problems.length) throw vaultErrors.weakPassword('newPassword', problems);
    const vault = await this.openWith(dataKey, keyring);
    const account = await findAccountByUsername(vault.db, normaliseUsername(username));
    if (!account || !rolesOf(account).includes('administrator')) {
      await this.closeVault();
      throw new EngineError(
        'invalid_input',
        { vi: 'Khóa khôi phục chỉ dùng để mở lại tài khoản quản trị viên.', en: 'The recovery key only restores an administrator account.' },
        { username: { vi: 'Không phải tài khoản quản trị viên.', en: 'Not an administrator account.' } },
      );
    }
    await this.setPassword(vault, account, newPassword, false, { accountId: account.id, username: account.username }, 'auth.recovery_used');
    const reenabled = account.disabled === 1;
    if (reenabled)
      await vault.write({ accountId: account.id, username: account.username }, async (trx, audit) => {
        await trx
          .updateTable('accounts')
          .set({ disabled: 0, version: account.version + 1 })
          .where('id', '=', account.id)
          .execute();
        await audit({ action: 'account.update', recordType: 'account', recordId: account.id, detail: { changed: ['disabled'], via: 'recovery' } });
      });
    this.startSession((await findAccount(vault.db, account.id))!);
    return sessionInfo(this.session!);
  }

  async changeOwnPassword(currentPassword: string, newPassword: string): Promise<SessionInfo> {
    const vault = this.open();
    const session = this.session!;
    await this.verifyOwnPassword(currentPassword);
    const problems = passwordProblems(newPassword, session.username);
    if (problems.length) throw vaultErrors.weakPassword('newPassword', problems);
    if (newPassword === currentPassword)
      throw vaultErrors.weakPassword('newPassword', [{ vi: 'Mật khẩu mới phải khác mật khẩu cũ.', en: 'The new password must differ from the old one.' }]);
    const account = (await findAccount(vault.db, session.accountId))!;
    await this.setPassword(vault, account, newPassword, false, this.actor(), 'auth.password_changed');
    this.session = { ...session, mustChangePassword: false };
    return sessionInfo(this.session);
  }

  /** Wraps the data key under `password` for `account`, clears any lockout, and records it. */
  async setPassword(vault: OpenVault, account: AccountRow, password: string, mustChange: boolean, actor: Actor, action: string) {
    const slot = await vault.withDataKey((dataKey) => newSlot(vault.keyring, dataKey, account.id, account.username, password));
    vault.updateKeyring((keyring) => ({ ...keyring, accounts: { ...keyring.accounts, [account.id]: slot } }));
    await vault.write(actor, async (trx, audit) => {
      await trx
        .updateTable('accounts')
        .set({ must_change_password: mustChange ? 1 : 0, password_changed_at: vault.timestamp(), updated_at: vault.timestamp(), updated_by: actor.accountId })
        .where('id', '=', account.id)
        .execute();
      await audit({ action, recordType: 'account', recordId: account.id });
    });
  }

  // ── locking ──────────────────────────────────────────────────────────────

  async lock(reason: LockReason) {
    if (!this.current) return;
    const actor = this.actor();
    try {
      await this.current.audit(actor, { action: reason === 'sign-out' ? 'auth.sign_out' : 'auth.lock', detail: { reason } });
    } finally {
      await this.closeVault();
      this.options.onLocked(reason);
    }
  }

  /** Called on user activity reported by the renderer; returns seconds until the idle lock. */
  touch(): number | null {
    if (!this.current) return null;
    this.armIdleTimer();
    return this.idleLockSeconds;
  }

  async applySettingsToRuntime() {
    const vault = this.current;
    if (!vault) return;
    const settings = await readSettings(vault.db);
    this.idleLockSeconds = this.options.idleLockSecondsOverride ?? settings.idleLockMinutes * 60;
    vault.updateKeyring((keyring) => ({ ...keyring, policy: { maxFailedAttempts: settings.maxFailedAttempts } }));
    this.armIdleTimer();
  }

  async closeVault() {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
    const vault = this.current;
    this.current = null;
    this.session = null;
    this.pendingRecoveryKey = null;
    await vault?.close();
  }

  // ── internals ────────────────────────────────────────────────────────────

  private armIdleTimer() {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => this.options.enqueue(() => this.lock('idle')), this.idleLockSeconds * 1000);
    this.idleTimer.unref?.();
  }

  private startSession(account: AccountRow | undefined) {
    if (!account) throw vaultErrors.notFound();
    this.session = {
      accountId: account.id,
      username: account.username,
      displayName: account.display_name,
      roles: rolesOf(account),
      mustChangePassword: account.must_change_password === 1,
    };
    void this.applySettingsToRuntime();
  }

  private async openWith(dataKey: DataKey, keyring: Keyring): Promise<OpenVault> {
    if (this.current) await this.lock('sign-out');
    let vault: OpenVault;
    try {
      vault = await OpenVault.open(this.options.dataDir, dataKey, keyring, this.options.now, this.options.nativeBinding);
    } catch (error) {
      if (error instanceof SchemaTooNewError) throw vaultErrors.schemaTooNew();
      throw error;
    }
    this.current = vault;
    await this.flushClosedEvents(vault);
    return vault;
  }

  private async unwrapSlot(keyring: Keyring, accountId: string, slot: AccountSlot, password: string) {
    try {
      return await unwrapSlot(keyring, accountId, slot, password);
    } catch (error) {
      if (error instanceof WeakKdfError) throw vaultErrors.keyringTampered();
      throw error;
    }
  }

  private async verifyOwnPassword(password: string) {
    const vault = this.open();
    const accountId = this.session!.accountId;
    const slot = vault.keyring.accounts[accountId];
    const key = slot ? await this.unwrapSlot(vault.keyring, accountId, slot, password) : null;
    if (!key) {
      await vault.audit(this.actor(), { action: 'auth.password_check_failed' });
      throw new EngineError(
        'wrong_credentials',
        { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is not correct.' },
        { currentPassword: { vi: 'Mật khẩu hiện tại không đúng.', en: 'The current password is not correct.' } },
      );
    }
    key.fill(0);
  }

  private secondsUntilNextAttempt(slot: Pick<AccountSlot, 'failedAttempts' | 'lastFailedAt'>) {
    const delay = retryDelaySeconds(slot.failedAttempts);
    if (!delay || !slot.lastFailedAt) return 0;
    const elapsed = (this.options.now().getTime() - Date.parse(slot.lastFailedAt)) / 1000;
    return Math.max(0, Math.ceil(delay - elapsed));
  }

  /**
   * A sign-in event goes straight into the log when a vault is open (another person's session), else it waits
   * in the keyring until the next unlock. Only known-account events wait there, so noise cannot evict them.
   */
  private async recordSignInEvent(event: Omit<PendingAuditEvent, 'at'>) {
    const at = this.options.now().toISOString();
    this.changeKeyring((keyring) => ({ ...keyring, pendingAudit: [...keyring.pendingAudit, { ...event, at }].slice(-MAX_PENDING_EVENTS) }));
    if (this.current) await this.flushClosedEvents(this.current);
  }

  private async flushClosedEvents(vault: OpenVault) {
    const { pendingAudit: pending, unknownNames } = vault.keyring;
    if (!pending.length && !unknownNames.pending) return;
    await vault.write({ accountId: null, username: 'system' }, async (_trx, audit) => {
      for (const event of pending)
        await audit({ action: event.action, recordType: event.accountId ? 'account' : null, recordId: event.accountId, detail: { reason: event.reason, at: event.at } });
      if (unknownNames.pending) await audit({ action: 'auth.sign_in_failed', detail: { reason: 'unknown_user', ...unknownNames.pending } });
    });
    vault.updateKeyring((keyring) => ({
      ...keyring,
      pendingAudit: keyring.pendingAudit.slice(pending.length),
      unknownNames: { ...keyring.unknownNames, pending: null },
    }));
  }
}

const sessionInfo = (session: Session): SessionInfo => ({ ...session, roles: [...session.roles] });

export function officeRow(office: OfficeProfile) {
  return {
    name_vi: office.nameVi,
    name_km: office.nameKm,
    name_en: office.nameEn,
    code: office.code,
    province_code: office.provinceCode,
    place_vi: office.placeVi,
    place_km: office.placeKm,
    issuing_body_vi: JSON.stringify(office.issuingBodyVi),
    issuing_body_km: JSON.stringify(office.issuingBodyKm),
    gate_codes: JSON.stringify(office.gateCodes),
  };
}
