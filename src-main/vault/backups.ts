import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BackupInfo, Role } from '../../src-shared/contract/index.js';
import { EngineError } from '../engine/engine-error.js';
import type { Session } from '../engine/session.js';
import { verifyChain, type AuditRow } from './audit-chain.js';
import { decodeBackup, encodeBackup, NotABackupError, readBackupFile, type BackupHeader } from './backup-file.js';
import { openEncryptedDatabase } from './database.js';
import { hmacHex, macKey, recoveryKek, unwrapKey, passwordKek } from './key-crypto.js';
import { databasePath, keyringPath, readKeyring, usernameLookup, writeFileDurably, writeKeyring, type Keyring } from './keyring.js';
import { INTERNAL_SETTINGS, readSettings, writeSetting } from './settings-store.js';
import type { VaultService } from './vault-service.js';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const stamp = (iso: string) => iso.replace(/[-:]/g, '').replace('T', '-').slice(0, 15);

const backupError = (vi: string, en: string, field = 'file') => new EngineError('invalid_input', { vi, en }, { [field]: { vi, en } });

/** Checks a database image with its key: SQLite integrity and the audit chain against the keyring's head. */
function verifyDatabaseImage(dir: string, database: Buffer, dataKey: Buffer, keyring: Keyring) {
  const file = join(dir, `.verify-${randomUUID()}.db`);
  writeFileSync(file, database, { mode: 0o600 });
  try {
    const sqlite = openEncryptedDatabase(file, dataKey);
    try {
      const integrity = sqlite.pragma('integrity_check', { simple: true });
      const head = keyring.auditHead;
      const headValid = !head || hmacHex(macKey(dataKey), `${head.seq}:${head.hash}`) === head.mac;
      const chain = verifyChain(sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as Iterable<AuditRow>, head, headValid);
      return { integrity: integrity === 'ok', chain };
    } finally {
      sqlite.close();
    }
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  }
}

/** Writes a verified backup of the open vault into `folder` (default: the office setting, else <data>/backups). */
export async function createBackup(service: VaultService, appVersion: string, folder?: string): Promise<BackupInfo> {
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
  const header: BackupHeader = { format: 1, vaultId: vault.vaultId, createdAt, appVersion, officeLabel: keyring.officeLabel, keyring };
  const bytes = encodeBackup(header, database);
  const file = join(target, `BLO-Desk-${stamp(createdAt)}.blobackup`);
  try {
    writeFileDurably(file, bytes);
  } catch {
    throw backupError('Không ghi được tệp sao lưu vào thư mục đã chọn.', 'Could not write the backup file to the chosen folder.', 'folder');
  }

  // Verify what is on disk, not what is in memory.
  const written = readBackupFile(file);
  const check = vault.withDataKey((key) => verifyDatabaseImage(vault.dataDir, written.database, key, written.header.keyring));
  const verified = check.integrity && check.chain.intact;
  const digest = sha256(bytes);
  const actor = service.actor();
  await vault.write(actor, async (trx, audit) => {
    await trx.insertInto('backups').values({ at: createdAt, file, size_bytes: bytes.length, sha256: digest, verified: verified ? 1 : 0, by_account: actor.accountId }).execute();
    if (verified) await writeSetting(trx, INTERNAL_SETTINGS.lastBackupAt, createdAt, createdAt, actor.accountId);
    await audit({ action: 'backup.create', recordType: 'backup', recordId: digest.slice(0, 16), detail: { file, sizeBytes: bytes.length, verified } });
  });
  if (!verified)
    throw new EngineError('io_error', {
      vi: 'Đã ghi tệp sao lưu nhưng kiểm tra lại không đạt. Hãy thử sao lưu sang ổ đĩa khác.',
      en: 'The backup was written but failed verification. Try backing up to another drive.',
    });
  return { file, at: createdAt, sizeBytes: bytes.length, sha256: digest, verified };
}

export async function listBackups(service: VaultService): Promise<BackupInfo[]> {
  const rows = await service.open().db.selectFrom('backups').selectAll().orderBy('id', 'desc').limit(200).execute();
  return rows.map((row) => ({ file: row.file, at: row.at, sizeBytes: row.size_bytes, sha256: row.sha256, verified: row.verified === 1 }));
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

  let decoded: ReturnType<typeof decodeBackup>;
  try {
    decoded = readBackupFile(resolve(input.file));
  } catch (error) {
    if (error instanceof NotABackupError) throw backupError('Tệp này không phải bản sao lưu BLO Desk hợp lệ.', 'This file is not a valid BLO Desk backup.');
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

  const check = verifyDatabaseImage(dataDir, database, dataKey, keyring);
  if (!check.integrity || !check.chain.intact)
    throw new EngineError('io_error', {
      vi: 'Bản sao lưu bị hỏng hoặc đã bị sửa (kiểm tra toàn vẹn không đạt). Kho dữ liệu hiện tại không bị thay đổi.',
      en: 'The backup is damaged or was altered (integrity check failed). The current vault was not changed.',
    });

  const actor = service.actor();
  if (existing) {
    await service.audit({ action: 'backup.restore_started', detail: { file: input.file, backupVault: keyring.vaultId } });
    await service.lock('restore');
    const aside = join(dataDir, `replaced-${stamp(new Date().toISOString())}`);
    mkdirSync(aside, { recursive: true, mode: 0o700 });
    for (const suffix of ['', '-wal', '-shm'])
      if (existsSync(databasePath(dataDir) + suffix)) renameSync(databasePath(dataDir) + suffix, join(aside, `vault.db${suffix}`));
    renameSync(keyringPath(dataDir), join(aside, 'keyring.json'));
  }
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  writeFileDurably(databasePath(dataDir), database);
  writeKeyring(dataDir, { ...keyring, pendingAudit: [...keyring.pendingAudit] });
  await service.recordRestore(actor, dataKey, keyring, { file: input.file, size: statSync(resolve(input.file)).size, createdAt: header.createdAt });
  return { restored: true, vaultId: keyring.vaultId };
}

async function unwrapFromBackup(keyring: Keyring, credentials: Credentials) {
  if ('recoveryKey' in credentials)
    return unwrapKey(keyring.recovery.wrapped, recoveryKek(credentials.recoveryKey, keyring.vaultId), keyring.vaultId, 'recovery');
  const lookup = usernameLookup(keyring.vaultId, credentials.username);
  const entry = Object.entries(keyring.accounts).find(([, slot]) => slot.lookup === lookup);
  if (!entry) return null;
  const [accountId, slot] = entry;
  return unwrapKey(slot.wrapped, await passwordKek(credentials.password, slot.kdf), keyring.vaultId, accountId);
}
