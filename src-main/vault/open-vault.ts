import type { Kysely, Transaction } from 'kysely';
import type { ReadableDb } from './db-access.js';
import { entryHash, GENESIS_HASH, verifyChain, type AuditRow, type ChainVerdict } from './audit-chain.js';
import { checkSeal, sealAudit, sealIsAuthentic } from './audit-seal.js';
import { createKysely, migrateToLatest, openEncryptedDatabase, type Sqlite } from './database.js';
import { macKey, type DataKey, type MacKey } from './key-crypto.js';
import { alarmSchema, databasePath, updateKeyringFile, type AuditAlarm, type Keyring } from './keyring.js';
import { INTERNAL_SETTINGS, readSetting, writeSetting } from './settings-store.js';
import type { VaultTables } from './tables.js';

/** Who did something, for the audit log. `null` account = the system itself (setup, idle lock). */
export interface Actor {
  accountId: string | null;
  username: string;
}

export interface AuditEntry {
  action: string;
  recordType?: string | null;
  recordId?: string | null;
  /** Which fields changed, counts, reasons — never the values of sensitive fields. */
  detail?: Record<string, unknown>;
}

export type AuditFn = (entry: AuditEntry) => Promise<void>;

/**
 * The vault while unlocked: the open database, the data key and the keyring.
 * Every change goes through `write`, which appends its audit entries in the same transaction and then
 * moves the keyring's MAC'd audit head forward.
 */
export class OpenVault {
  /** Reads only: every change goes through `write`. */
  readonly db: ReadableDb<VaultTables>;
  private readonly writable: Kysely<VaultTables>;
  private sealKey: MacKey;
  /** The first alarm raised on this vault, from the database or the seal; never cleared. */
  private alarm: AuditAlarm | null = null;

  private constructor(
    readonly dataDir: string,
    readonly sqlite: Sqlite,
    private dataKey: DataKey,
    public keyring: Keyring,
    private now: () => Date,
  ) {
    this.writable = createKysely(sqlite);
    this.db = this.writable;
    this.sealKey = macKey(dataKey);
  }

  static async open(dataDir: string, dataKey: DataKey, keyring: Keyring, now: () => Date, nativeBinding?: string) {
    const sqlite = openEncryptedDatabase(databasePath(dataDir), dataKey, nativeBinding);
    const vault = new OpenVault(dataDir, sqlite, dataKey, keyring, now);
    try {
      await migrateToLatest(vault.writable);
      await vault.checkAuditSeal();
    } catch (error) {
      await vault.close();
      throw error;
    }
    return vault;
  }

  /**
   * Before anything is appended, compare the log with the keyring's sealed head. A mismatch, a missing or
   * forged seal, or an alarm already on record becomes a permanent alarm kept in three places: the encrypted
   * database, the audit log itself, and the seal — so editing one file cannot clear it.
   */
  private async checkAuditSeal() {
    const stored = alarmSchema.nullable().safeParse(await readSetting(this.db, INTERNAL_SETTINGS.auditAlarm, null));
    const inDatabase = stored.success ? stored.data : { reason: 'head_tampered' as const, brokenAt: 1, detectedAt: this.timestamp() };
    const found = checkSeal(this.sealKey, this.keyring.auditSeal, this.auditLogShape(), this.timestamp());
    this.alarm = inDatabase ?? found;
    if (!this.alarm) return;
    const alarm = this.alarm;
    const sealedAlready = this.keyring.auditSeal && sealIsAuthentic(this.sealKey, this.keyring.auditSeal) && this.keyring.auditSeal.alarm;
    if (inDatabase && sealedAlready) return;
    await this.write({ accountId: null, username: 'system' }, async (trx, audit) => {
      if (!inDatabase) await writeSetting(trx, INTERNAL_SETTINGS.auditAlarm, alarm, alarm.detectedAt, null);
      await audit({ action: 'audit.alarm', detail: { ...alarm } });
    });
  }

  private auditLogShape() {
    const rows = Number(this.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get());
    const hashAt = (seq: number) => this.sqlite.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck().get(seq) as string | undefined;
    return { rows, hashAt };
  }

  get vaultId() {
    return this.keyring.vaultId;
  }

  /** The raw data key, for wrapping it for a new password. Never leaves the engine. */
  withDataKey<T>(use: (key: DataKey) => T): T {
    return use(this.dataKey);
  }

  timestamp = () => this.now().toISOString();

  /** Runs `work` in one transaction with an audit function bound to `actor`; moves the sealed head after commit. */
  async write<T>(actor: Actor, work: (trx: Transaction<VaultTables>, audit: AuditFn) => Promise<T>): Promise<T> {
    let head: { seq: number; hash: string } | null = null;
    const result = await this.writable.transaction().execute(async (trx) => {
      const audit: AuditFn = async (entry) => {
        head = await appendAudit(trx, actor, entry, this.timestamp());
      };
      return work(trx, audit);
    });
    if (head) this.updateKeyring((keyring) => ({ ...keyring, auditSeal: sealAudit(this.sealKey, head!, this.alarm) }));
    return result;
  }

  /** Audit-only write (sign-in, views, prints…). */
  audit(actor: Actor, entry: AuditEntry) {
    return this.write(actor, (_trx, audit) => audit(entry));
  }

  /** Changes the keyring through its single writer (read, merge, write) and keeps this copy current. */
  updateKeyring(change: (keyring: Keyring) => Keyring) {
    this.keyring = updateKeyringFile(this.dataDir, change, this.keyring);
  }

  /** The head as sealed now: what backups and printed reports carry as their anchor. */
  sealedHead() {
    return this.keyring.auditSeal?.head ?? null;
  }

  verifyAudit(): ChainVerdict {
    const seal = this.keyring.auditSeal;
    const rows = this.sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as Iterable<AuditRow>;
    const forged = seal && !sealIsAuthentic(this.sealKey, seal);
    const verdict = verifyChain(rows, forged ? null : (seal?.head ?? null));
    if (!verdict.intact) return forged ? { ...verdict, reason: 'head_tampered' } : verdict;
    if (forged) return { intact: false, entries: verdict.entries, brokenAt: verdict.entries + 1, reason: 'head_tampered' };
    const alarm = this.alarm;
    return alarm ? { intact: false, entries: verdict.entries, brokenAt: alarm.brokenAt, reason: alarm.reason } : verdict;
  }

  async close() {
    try {
      this.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    } catch {}
    await this.writable.destroy(); // closes the better-sqlite3 handle
    this.dataKey.fill(0);
    this.sealKey.fill(0);
  }
}

export async function appendAudit(trx: Transaction<VaultTables>, actor: Actor, entry: AuditEntry, at: string) {
  const last = await trx.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const fields = {
    seq: (last?.seq ?? 0) + 1,
    at,
    account_id: actor.accountId,
    actor: actor.username,
    action: entry.action,
    record_type: entry.recordType ?? null,
    record_id: entry.recordId ?? null,
    detail: JSON.stringify(entry.detail ?? {}),
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  const hash = entryHash(prevHash, fields);
  await trx
    .insertInto('audit_log')
    .values({ ...fields, prev_hash: prevHash, hash })
    .execute();
  return { seq: fields.seq, hash };
}
