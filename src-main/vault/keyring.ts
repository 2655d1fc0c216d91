/**
 * The keyring: a small JSON file beside the encrypted database holding the wrapped data key per account,
 * the recovery-wrapped copy, KDF parameters, the MAC'd audit seal and the sign-in throttle state.
 * Nothing in it names a victim or a person: accounts appear as ids and salted slow hashes of user names.
 * It is read from outside the encrypted database, so it is parsed as hostile input (zod): a malformed
 * file is a clear "damaged" error, never a crash or a half-read object.
 */
import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';

export const KEYRING_FILE = 'keyring.json';
export const DATABASE_FILE = 'vault.db';
/** Pending known-account events kept while the database is closed; beyond this the oldest go (never for noise). */
export const MAX_PENDING_EVENTS = 5000;
/** Unknown user names tracked for throttling; the oldest is forgotten first. */
export const MAX_TRACKED_UNKNOWN_NAMES = 500;

const base64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]*={0,2}$/)
  .max(200);
const isoTime = z.iso.datetime();
const hex = (length: number) => z.string().regex(new RegExp(`^[0-9a-f]{${length}}$`));

const argon2ParamsSchema = z
  .object({
    alg: z.literal('argon2id'),
    memoryKiB: z
      .number()
      .int()
      .positive()
      .max(4 * 1024 * 1024),
    iterations: z.number().int().positive().max(100),
    parallelism: z.number().int().positive().max(64),
    salt: base64,
  })
  .strict();

const wrappedKeySchema = z.object({ iv: base64, ct: base64, tag: base64 }).strict();

const throttleFields = {
  failedAttempts: z.number().int().min(0).max(1_000_000),
  lastFailedAt: isoTime.nullable(),
};

const accountSlotSchema = z
  .object({
    /** Salted slow hash of the normalised user name: finds the slot at sign-in without storing the name. */
    lookup: hex(64),
    kdf: argon2ParamsSchema,
    wrapped: wrappedKeySchema,
    ...throttleFields,
    lockedOut: z.boolean(),
  })
  .strict();

/** Sign-in events about a known account (or the recovery key) while the vault is closed; logged at the next unlock. */
const pendingEventSchema = z
  .object({
    at: isoTime,
    action: z.enum(['auth.sign_in_failed', 'auth.sign_in_refused', 'auth.recovery_failed']),
    accountId: z.uuid().nullable(),
    reason: z.string().max(64),
  })
  .strict();

export const alarmSchema = z
  .object({
    reason: z.enum(['tail_cut', 'edited', 'head_missing', 'head_tampered']),
    brokenAt: z.number().int().positive(),
    detectedAt: isoTime,
  })
  .strict();

const keyringSchema = z
  .object({
    format: z.literal(2),
    vaultId: z.uuid(),
    createdAt: isoTime,
    /** Shown on the lock screen; the office's public name, not personal data. */
    officeLabel: z.string().max(200),
    lookupSalt: base64,
    accounts: z.record(z.uuid(), accountSlotSchema),
    recovery: z.object({ wrapped: wrappedKeySchema, createdAt: isoTime }).strict(),
    /**
     * The audit seal: the log's head and any alarm raised, under one MAC with a sub-key of the data key.
     * Removing or editing either (or the seal itself while the log has entries) is itself an alarm.
     */
    auditSeal: z
      .object({ head: z.object({ seq: z.number().int().positive(), hash: hex(64) }).strict(), alarm: alarmSchema.nullable(), mac: hex(64) })
      .strict()
      .nullable(),
    pendingAudit: z.array(pendingEventSchema).max(MAX_PENDING_EVENTS),
    /** Unknown user names are throttled like real ones (per name) and logged in aggregate, so noise cannot evict real events. */
    unknownNames: z
      .object({
        recent: z.record(hex(64), z.object(throttleFields).strict()),
        pending: z.object({ count: z.number().int().positive(), firstAt: isoTime, lastAt: isoTime }).strict().nullable(),
      })
      .strict(),
    policy: z.object({ maxFailedAttempts: z.number().int().min(3).max(20) }).strict(),
  })
  .strict();

export type Keyring = z.infer<typeof keyringSchema>;
export type AccountSlot = z.infer<typeof accountSlotSchema>;
export type PendingAuditEvent = z.infer<typeof pendingEventSchema>;
export type AuditAlarm = z.infer<typeof alarmSchema>;
export type AuditSeal = NonNullable<Keyring['auditSeal']>;

export class KeyringDamagedError extends Error {}

/** Parses keyring JSON (from the data folder or from inside a backup) as untrusted input. */
export function parseKeyring(value: unknown): Keyring {
  const parsed = keyringSchema.safeParse(value);
  if (!parsed.success) throw new KeyringDamagedError(`keyring does not match its schema: ${parsed.error.issues[0]?.path.join('.')}`);
  return parsed.data;
}

export const keyringPath = (dataDir: string) => join(dataDir, KEYRING_FILE);
export const databasePath = (dataDir: string) => join(dataDir, DATABASE_FILE);

export const normaliseUsername = (username: string) => username.normalize('NFC').trim().toLowerCase();

export function readKeyring(dataDir: string): Keyring | null {
  const file = keyringPath(dataDir);
  if (!existsSync(file)) return null;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new KeyringDamagedError('keyring is not JSON');
  }
  return parseKeyring(json);
}

/**
 * The keyring's single writer: read the file, apply `change`, write it back. Every writer (sign-in
 * counters, the audit seal, password changes) goes through here inside the engine's one-at-a-time queue,
 * so nobody writes back a stale copy over someone else's change.
 */
export function updateKeyringFile(dataDir: string, change: (current: Keyring) => Keyring, ifMissing?: Keyring): Keyring {
  const current = readKeyring(dataDir) ?? ifMissing; // missing only during setup, before its first commit
  if (!current) throw new KeyringDamagedError('keyring is missing');
  const next = change(current);
  writeKeyring(dataDir, next);
  return next;
}

/** Atomic replace: temp file, fsync, rename, fsync the folder. A crash leaves the old or the new file, never half. */
export function writeKeyring(dataDir: string, keyring: Keyring) {
  writeFileDurably(keyringPath(dataDir), JSON.stringify(keyring, null, 1));
}

const TEMP_SUFFIX = /\.tmp-(\d+)$/;

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

/**
 * Temp files a killed process left half-written (`keyring.json.tmp-<pid>`). The real file was never
 * touched by them (the rename is the commit), so they are removed at start — unless their process still runs.
 */
export function removeStaleTempFiles(dataDir: string, isRunning: (pid: number) => boolean = processRuns): string[] {
  if (!existsSync(dataDir)) return [];
  const stale = readdirSync(dataDir).filter((name) => {
    const pid = TEMP_SUFFIX.exec(name)?.[1];
    return name.startsWith(`${KEYRING_FILE}.`) && pid !== undefined && (Number(pid) === process.pid || !isRunning(Number(pid)));
  });
  for (const name of stale) rmSync(join(dataDir, name), { force: true });
  return stale;
}

function processRuns(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Seconds to wait before the next attempt after `failures` consecutive wrong passwords. */
export function retryDelaySeconds(failures: number): number {
  if (failures < 3) return 0;
  return Math.min(60, 2 ** (failures - 2));
}
