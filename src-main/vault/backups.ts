import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BackupInfo, Role } from '../../src-shared/contract/index.js';
import { EngineError } from '../kernel/engine-error.js';
import type { Session } from '../kernel/session.js';
import { anchorOf, formatAnchor } from './anchor.js';
import { verifyChain, type AuditRow } from './audit-chain.js';
import { sealIsAuthentic } from './audit-seal.js';
import { DamagedBackupError, encodeBackup, readBackupFile, type BackupHeader, type DecodedBackup } from './backup-file.js';
import { openEncryptedDatabase } from './database.js';
import { macKey, recoveryKek, unwrapKey, type DataKey } from './key-crypto.js';
import { databasePath, keyringPath, readKeyring, writeFileDurably, writeKeyring, type Keyring } from './keyring.js';
import { INTERNAL_SETTINGS, readSettings, writeSetting } from './settings-store.js';
import { findSlot, unwrapSlot } from './slots.js';
import type { VaultService } from './vault-service.js';
import { vaultErrors } from './vault-errors.js';
import { localFileStamp } from './local-day.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const backupError = (vi: string, en: string, field = 'file') => new EngineError('invalid_input', { vi, en }, { [field]: { vi, en } });

/**
 * Checks a database image with its key: it opens, SQLite finds it intact, and its audit chain matches the
 * keyring's authentic seal. Any failure, including an image that does not open at all, is `false`.
 */
function databaseImageIsSound(dir: string, database: Buffer, dataKey: DataKey, keyring: Keyring): boolean {
  const file = join(dir, `.verify-${randomUUID()}.db`);
  writeFileSync(file, database, { mode: 0o600 });
  try {
    const sqlite = openEncryptedDatabase(file, dataKey);
    try {
      if (sqlite.pragma('integrity_check', { simple: true }) !== 'ok') return false;
      const seal = keyring.auditSeal;
      if (seal && !sealIsAuthentic(macKey(dataKey), seal)) return false;
      return verifyChain(sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as Iterable<AuditRow>, seal?.head ?? null).intact;
    } finally {
      sqlite.close();
    }
  } catch {
    return false;
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  }
}

/** Writes a verified backup of the open vault into `folder` (default: the office setting, else <data>/backups). */
export async function createBackup(service: VaultService, appVersion: string, folder?: string, timeZone?: string): Promise<BackupInfo> {
  const vault = service.open();
  const settings = await readSettings(vault.db);
  const target = resolve(folder || settings.backupFolder || join(vault.dataDir, 'backups'));
  try {
    mkdirSync(target, { recursive: true, mode: 0o700 });
  } catch {
    throw backupError('Không tạo được thư mục sao lưu.', 'Could not create the backup folder.', 'folder');
  }
  const createdAt = vault.timestamp();
  const snapshot = join(vault.dataDir, `.snapshot-${randomUUID()}.db`);
  let database: Buffer;
  let keyring: Keyring;
  try {
    // VACUUM INTO writes a consistent copy encrypted with the same key. (SQLite3 Multiple Ciphers refuses the
    // online backup API between an encrypted source and an un-keyed target, and the copy must stay encrypted.)
    vault.sqlite.prepare('VACUUM INTO ?').run(snapshot);
    keyring = structuredClone(vault.keyring);
    database = readFileSync(snapshot);
  } finally {
    rmSync(snapshot, { force: true });
  }
  const head = keyring.auditSeal?.head ?? null;
  const anchor = head && anchorOf(head);
  const header: BackupHeader = { format: 2, vaultId: vault.vaultId, createdAt, appVersion, officeLabel: keyring.officeLabel, anchor, keyring };
  const bytes = vault.withDataKey((key) => encodeBackup(header, database, key));
  // The anchor is in the name, so it is written on the drive's label and read back from any file list.
  const file = join(target, `BLO-Desk-${localFileStamp(createdAt, timeZone)}${anchor ? `-A${formatAnchor(anchor)}` : ''}.blobackup`);
  try {
    writeFileDurably(file, bytes);
  } catch {
    throw backupError('Không ghi được tệp sao lưu vào thư mục đã chọn.', 'Could not write the backup file to the chosen folder.', 'folder');
  }

  // Verify what is on disk, not what is in memory.
  const verified = vault.withDataKey((key) => {
    try {
      const written = readBackupFile(file);
      return written.authentic(key) && databaseImageIsSound(vault.dataDir, written.database, key, written.header.keyring);
    } catch {
      return false;
    }
  });
  const digest = sha256(bytes);
  const actor = service.actor();
  await vault.write(actor, async (trx, audit) => {
    await trx
      .insertInto('backups')
      .values({ at: createdAt, file, size_bytes: bytes.length, sha256: digest, verified: verified ? 1 : 0, by_account: actor.accountId })
      .execute();
    if (verified) await writeSetting(trx, INTERNAL_SETTINGS.lastBackupAt, createdAt, createdAt, actor.accountId);
    if (anchor) await writeSetting(trx, INTERNAL_SETTINGS.lastAnchor, { ...anchor, at: createdAt, where: file }, createdAt, actor.accountId);
    await audit({ action: 'backup.create', recordType: 'backup', recordId: digest.slice(0, 16), detail: { file, sizeBytes: bytes.length, verified, anchor } });
  });
  if (!verified)
    throw new EngineError('io_error', {
      vi: 'Đã ghi tệp sao lưu nhưng kiểm tra lại không đạt. Hãy thử sao lưu sang ổ đĩa khác.',
      en: 'The backup was written but failed verification. Try backing up to another drive.',
    });
  return { file, at: createdAt, sizeBytes: bytes.length, sha256: digest, verified, anchor: anchor && formatAnchor(anchor) };
}

export async function listBackups(service: VaultService): Promise<BackupInfo[]> {
  const rows = await service.open().db.selectFrom('backups').selectAll().orderBy('id', 'desc').limit(200).execute();
  return rows.map((row) => ({
    file: row.file,
    at: row.at,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    verified: row.verified === 1,
    anchor: /-A(\d+(?:-[0-9A-F]{4}){4})\.blobackup$/.exec(row.file)?.[1] ?? null,
  }));
}

type Credentials = { username: string; password: string } | { recoveryKey: string };

/**
 * Replaces the vault with a backup. The current vault is never deleted: it is moved aside into
 * <data>/replaced-<time>/. Restoring a different office's vault needs an explicit choice.
 */
export async function restoreBackup(
  service: VaultService,
  session: Session | null,
  input: { file: string; credentials: Credentials; replaceDifferentVault: boolean },
): Promise<{ restored: true; vaultId: string }> {
  const dataDir = service.dataDir;
  const existing = readKeyring(dataDir);
  if (existing && !session?.roles.includes('administrator' satisfies Role))
    throw new EngineError('forbidden', {
      vi: 'Chỉ quản trị viên đang đăng nhập mới được khôi phục đè lên kho dữ liệu hiện có.',
      en: 'Only a signed-in administrator may restore over an existing vault.',
    });

  let decoded: DecodedBackup;
  try {
    decoded = readBackupFile(resolve(input.file));
  } catch (error) {
    if (error instanceof DamagedBackupError) throw vaultErrors.damagedBackup();
    throw backupError('Không đọc được tệp sao lưu.', 'Could not read the backup file.');
  }
  const { header, database } = decoded;
  const keyring = header.keyring;

  const dataKey = await unwrapFromBackup(keyring, input.credentials);
  if (!dataKey)
    throw new EngineError(
      'wrong_credentials',
      { vi: 'Mật khẩu hoặc khóa khôi phục không mở được bản sao lưu này.', en: 'The password or recovery key does not open this backup.' },
      { credentials: { vi: 'Không đúng với bản sao lưu.', en: 'Does not match the backup.' } },
    );
  // Every byte that matters (header, keyring copy, image) is authenticated before anything is looked at further.
  if (!decoded.authentic(dataKey)) throw vaultErrors.damagedBackup();

  if (existing && existing.vaultId !== keyring.vaultId && !input.replaceDifferentVault)
    throw new EngineError(
      'rule_violation',
      {
        vi: `Bản sao lưu thuộc kho dữ liệu khác ("${header.officeLabel}"). Chỉ khôi phục nếu bạn chắc chắn muốn thay thế kho hiện tại.`,
        en: `The backup belongs to a different vault ("${header.officeLabel}"). Restore only if you really mean to replace the current vault.`,
      },
      { replaceDifferentVault: { vi: 'Cần xác nhận thay thế.', en: 'Confirm the replacement.' } },
      { backupOffice: header.officeLabel },
    );

  // A new PC has no data folder yet: the image is checked inside it, so make it first (never a vague "internal").
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  if (!databaseImageIsSound(dataDir, database, dataKey, keyring)) throw vaultErrors.damagedBackup();

  const actor = service.actor();
  if (existing) {
    await service.audit({ action: 'backup.restore_started', detail: { file: input.file, backupVault: keyring.vaultId } });
    await service.lock('restore');
    const aside = join(dataDir, `replaced-${localFileStamp(new Date().toISOString())}`);
    mkdirSync(aside, { recursive: true, mode: 0o700 });
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(databasePath(dataDir) + suffix)) renameSync(databasePath(dataDir) + suffix, join(aside, `vault.db${suffix}`));
    renameSync(keyringPath(dataDir), join(aside, 'keyring.json'));
  }
  writeFileDurably(databasePath(dataDir), database);
  writeKeyring(dataDir, { ...keyring, pendingAudit: [...keyring.pendingAudit] });
  await service.recordRestore(actor, dataKey, keyring, { file: input.file, size: statSync(resolve(input.file)).size, createdAt: header.createdAt });
  return { restored: true, vaultId: keyring.vaultId };
}

async function unwrapFromBackup(keyring: Keyring, credentials: Credentials) {
  if ('recoveryKey' in credentials) return unwrapKey(keyring.recovery.wrapped, recoveryKek(credentials.recoveryKey, keyring.vaultId), keyring.vaultId, 'recovery');
  const found = await findSlot(keyring, credentials.username);
  if (!found.accountId || !found.slot) return null;
  try {
    return await unwrapSlot(keyring, found.accountId, found.slot, credentials.password);
  } catch {
    return null; // a slot below the KDF floor opens nothing
  }
}
