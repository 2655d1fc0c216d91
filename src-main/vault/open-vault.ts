import type { Kysely, Transaction } from 'kysely';
import { entryHash, GENESIS_HASH, verifyChain, type AuditRow, type ChainVerdict } from './audit-chain.js';
import { createKysely, migrateToLatest, openEncryptedDatabase, type Sqlite } from './database.js';
import { hmacHex, macKey } from './key-crypto.js';
import { databasePath, readKeyring, writeKeyring, type Keyring } from './keyring.js';
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
  readonly db: Kysely<VaultTables>;
  private headMacKey: Buffer;

  private constructor(
    readonly dataDir: string,
    readonly sqlite: Sqlite,
    private dataKey: Buffer,
    public keyring: Keyring,
    private now: () => Date,
  ) {
    this.db = createKysely(sqlite);
    this.headMacKey = macKey(dataKey);
  }

  static async open(dataDir: string, dataKey: Buffer, keyring: Keyring, now: () => Date, nativeBinding?: string) {
    const sqlite = openEncryptedDatabase(databasePath(dataDir), dataKey, nativeBinding);
    const vault = new OpenVault(dataDir, sqlite, dataKey, keyring, now);
    try {
      await migrateToLatest(vault.db);
      vault.checkAuditHead();
    } catch (error) {
      await vault.close();
      throw error;
    }
    return vault;
  }

  /**
   * Before anything is appended, compare the log with the keyring's MAC'd head. Appending first would move
   * the head and hide a cut tail, so a mismatch is recorded as a permanent alarm in the keyring.
   */
  private checkAuditHead() {
    const head = this.keyring.auditHead;
    if (!head || this.keyring.auditAlarm) return;
    const row = this.sqlite.prepare('SELECT hash FROM audit_log WHERE seq = ?').get(head.seq) as { hash: string } | undefined;
    if (this.headMac(head) === head.mac && row?.hash === head.hash) return;
    const rows = Number(this.sqlite.prepare('SELECT count(*) FROM audit_log').pluck().get());
    this.keyring = {
      ...this.keyring,
      auditAlarm: { head: { seq: head.seq, hash: head.hash }, rowsAtDetection: rows, detectedAt: this.timestamp() },
    };
    writeKeyring(this.dataDir, this.keyring);
  }

  get vaultId() {
    return this.keyring.vaultId;
  }

  /** The raw data key, for wrapping it for a new password. Never leaves the engine. */
  withDataKey<T>(use: (key: Buffer) => T): T {
    return use(this.dataKey);
  }

  timestamp = () => this.now().toISOString();

  /** Runs `work` in one transaction with an audit function bound to `actor`; updates the keyring head after commit. */
  async write<T>(actor: Actor, work: (trx: Transaction<VaultTables>, audit: AuditFn) => Promise<T>): Promise<T> {
    let head: { seq: number; hash: string } | null = null;
    const result = await this.db.transaction().execute(async (trx) => {
      const audit: AuditFn = async (entry) => {
        head = await appendAudit(trx, actor, entry, this.timestamp());
      };
      return work(trx, audit);
    });
    if (head) this.saveHead(head);
    return result;
  }

  /** Audit-only write (sign-in, views, prints…). */
  audit(actor: Actor, entry: AuditEntry) {
    return this.write(actor, (_trx, audit) => audit(entry));
  }

  private saveHead(head: { seq: number; hash: string }) {
    this.keyring = { ...this.keyring, auditHead: { ...head, mac: this.headMac(head) } };
    writeKeyring(this.dataDir, this.keyring);
  }

  private headMac = (head: { seq: number; hash: string }) => hmacHex(this.headMacKey, `${head.seq}:${head.hash}`);

  /** Persists keyring changes made while unlocked (password changes, new accounts) after re-reading throttle state. */
  updateKeyring(change: (keyring: Keyring) => Keyring) {
    const current = readKeyring(this.dataDir) ?? this.keyring;
    this.keyring = change({ ...current, auditHead: this.keyring.auditHead ?? current.auditHead, auditAlarm: this.keyring.auditAlarm ?? current.auditAlarm });
    writeKeyring(this.dataDir, this.keyring);
  }

  verifyAudit(): ChainVerdict {
    const head = this.keyring.auditHead;
    const headValid = !head || this.headMac(head) === head.mac;
    const rows = this.sqlite.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as Iterable<AuditRow>;
    const verdict = verifyChain(rows, head, headValid);
    const alarm = this.keyring.auditAlarm;
    if (!verdict.intact || !alarm) return verdict;
    const cut = alarm.rowsAtDetection < alarm.head.seq;
    return {
      intact: false,
      entries: verdict.entries,
      brokenAt: cut ? alarm.rowsAtDetection + 1 : alarm.head.seq,
      reason: cut ? 'tail_cut' : 'edited',
    };
  }

  async close() {
    try {
      this.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    } catch {}
    await this.db.destroy(); // closes the better-sqlite3 handle
    this.dataKey.fill(0);
    this.headMacKey.fill(0);
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
  await trx.insertInto('audit_log').values({ ...fields, prev_hash: prevHash, hash }).execute();
  return { seq: fields.seq, hash };
}
