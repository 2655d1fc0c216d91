/**
 * The keyring: a small JSON file beside the encrypted database holding the wrapped data key per account,
 * the recovery-wrapped copy, KDF parameters, the MAC'd audit head and the sign-in throttle state.
 * Nothing in it names a victim; accounts appear only as ids and keyed hashes of their user names.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { createHmac } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { Argon2Params, WrappedKey } from './key-crypto.js';

export const KEYRING_FILE = 'keyring.json';
export const DATABASE_FILE = 'vault.db';

export interface AccountSlot {
  /** Keyed hash of the normalised user name: finds the slot at sign-in without storing the name. */
  lookup: string;
  kdf: Argon2Params;
  wrapped: WrappedKey;
  failedAttempts: number;
  lastFailedAt: string | null;
  lockedOut: boolean;
}

/** Sign-in events that happen while the vault is closed; written to the audit log at the next unlock. */
export interface PendingAuditEvent {
  at: string;
  action: 'auth.sign_in_failed' | 'auth.sign_in_refused' | 'auth.recovery_failed';
  lookup: string | null;
  reason: string;
}

export interface Keyring {
  format: 1;
  vaultId: string;
  createdAt: string;
  /** Shown on the lock screen; the office's public name, not personal data. */
  officeLabel: string;
  accounts: Record<string, AccountSlot>;
  recovery: { wrapped: WrappedKey; createdAt: string };
  auditHead: { seq: number; hash: string; mac: string } | null;
  /**
   * Set when an unlock found the database's audit log shorter than, or different from, the head above:
   * the evidence of a cut or rewritten log. Kept for good so later entries cannot hide it.
   */
  auditAlarm?: { head: { seq: number; hash: string }; rowsAtDetection: number; detectedAt: string } | null;
  pendingAudit: PendingAuditEvent[];
  policy: { maxFailedAttempts: number };
}

export const keyringPath = (dataDir: string) => join(dataDir, KEYRING_FILE);
export const databasePath = (dataDir: string) => join(dataDir, DATABASE_FILE);

export const usernameLookup = (vaultId: string, username: string) =>
  createHmac('sha256', vaultId).update(normaliseUsername(username)).digest('hex');

export const normaliseUsername = (username: string) => username.normalize('NFC').trim().toLowerCase();

export function readKeyring(dataDir: string): Keyring | null {
  const file = keyringPath(dataDir);
  if (!existsSync(file)) return null;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Keyring;
  if (parsed.format !== 1 || typeof parsed.vaultId !== 'string') throw new Error('unsupported keyring format');
  return parsed;
}

/** Atomic replace: temp file, fsync, rename, fsync the folder. A crash leaves the old or the new file, never half. */
export function writeKeyring(dataDir: string, keyring: Keyring) {
  writeFileDurably(keyringPath(dataDir), JSON.stringify(keyring, null, 1));
}

export function writeFileDurably(file: string, content: string | Buffer) {
  const temp = `${file}.tmp-${process.pid}`;
  const fd = openSync(temp, 'w', 0o600);
  try {
    writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
  try {
    const dirFd = openSync(dirname(file), 'r');
    fsyncSync(dirFd);
    closeSync(dirFd);
  } catch {
    // Some platforms (Windows) cannot fsync a directory; the rename is still atomic there.
  }
}

/** Seconds to wait before the next attempt after `failures` consecutive wrong passwords. */
export function retryDelaySeconds(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(60, 2 ** (failures - 2));
}
