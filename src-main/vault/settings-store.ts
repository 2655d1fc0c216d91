import type { ReadableDb, WritableDb } from './db-access.js';
import type { VaultSettings } from '../../src-shared/contract/index.js';
import type { VaultTables } from './tables.js';

export const DEFAULT_SETTINGS: VaultSettings = {
  idleLockMinutes: 10,
  maxFailedAttempts: 8,
  backupReminderDays: 7,
  backupFolder: '',
};

type Db = ReadableDb<VaultTables>;

export async function readSettings(db: Db): Promise<VaultSettings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).execute();
  const stored = Object.fromEntries(rows.map((row) => [row.key, JSON.parse(row.value)]));
  return { ...DEFAULT_SETTINGS, ...stored } as VaultSettings;
}

export async function readSetting<T>(db: Db, key: string, fallback: T): Promise<T> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
  return row ? (JSON.parse(row.value) as T) : fallback;
}

export async function writeSetting(db: WritableDb<VaultTables>, key: string, value: unknown, at: string, by: string | null) {
  await db
    .insertInto('settings')
    .values({ key, value: JSON.stringify(value), updated_at: at, updated_by: by })
    .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: JSON.stringify(value), updated_at: at, updated_by: by }))
    .execute();
}

/** Settings keys written by the vault itself, not through the settings form. */
export const INTERNAL_SETTINGS = {
  recoveryConfirmed: 'recovery_confirmed',
  lastBackupAt: 'last_backup_at',
  /** The first audit alarm raised (a cut, edited or unsealed log), kept inside the encrypted database for good. */
  auditAlarm: 'audit_alarm',
  /** The last audit anchor given out on paper or in a file: { sequence, shortHash, at, where }. */
  lastAnchor: 'last_anchor_given',
} as const;
