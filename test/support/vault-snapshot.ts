import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { keyringPath } from '../../src-main/vault/keyring.js';
import type { TestEngine } from './vault.js';

/** What a call may have changed: each table's content, versioned rows' versions, the audit log's new rows, the keyring. */
export interface VaultSnapshot {
  /** The connection and its change counter when taken: while both stay the same, the tables have not changed. */
  sqlite: unknown;
  totalChanges: number;
  tables: Map<string, string>;
  versions: Map<string, number>;
  auditSeq: number;
  keyring: Record<string, unknown>;
}

export interface AuditRow {
  seq: number;
  account_id: string | null;
  action: string;
  record_type: string | null;
  record_id: string | null;
  detail: Record<string, unknown>;
}

const sqliteOf = (t: TestEngine) => t.engine.ctx.vault.open().sqlite;

/** Pass the previous snapshot to reuse its table hashes when nothing was written since (hashing every table is slow). */
export function snapshot(t: TestEngine, previous?: VaultSnapshot): VaultSnapshot {
  const sqlite = sqliteOf(t);
  const totalChanges = sqlite.prepare('SELECT total_changes()').pluck().get() as number;
  const keyring = JSON.parse(readFileSync(keyringPath(t.dataDir), 'utf8')) as Record<string, unknown>;
  if (previous && previous.sqlite === sqlite && previous.totalChanges === totalChanges) return { ...previous, keyring };
  const names = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
  const tables = new Map<string, string>();
  const versions = new Map<string, number>();
  for (const table of names) {
    const columns = sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string; pk: number }[];
    if (!columns.some((column) => column.name === 'version')) {
      // Unversioned tables (~30k administrative units among them) are hashed as SQLite renders them: no row objects.
      // Ordered by the primary key where there is one: FTS5's shadow tables are WITHOUT ROWID.
      const primaryKey = columns
        .filter((column) => column.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((column) => `"${column.name}"`);
      const order = primaryKey.length > 0 ? primaryKey.join(', ') : 'rowid';
      const text = sqlite
        .prepare(`SELECT group_concat(${columns.map((column) => `quote("${column.name}")`).join(` || ',' || `)}, char(10)) FROM (SELECT * FROM "${table}" ORDER BY ${order})`)
        .pluck()
        .get();
      tables.set(table, createHash('sha256').update(String(text)).digest('hex'));
      continue;
    }
    const rows = sqlite.prepare(`SELECT * FROM "${table}"`).all() as Record<string, unknown>[];
    tables.set(table, createHash('sha256').update(JSON.stringify(rows)).digest('hex'));
    const key = columns
      .filter((column) => column.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((column) => column.name);
    for (const row of rows) versions.set(`${table}:${key.map((column) => row[column]).join('|')}`, row.version as number);
  }
  const auditSeq = (sqlite.prepare('SELECT coalesce(max(seq), 0) FROM audit_log').pluck().get() as number) ?? 0;
  return { sqlite, totalChanges, tables, versions, auditSeq, keyring };
}

export function auditSince(t: TestEngine, seq: number): AuditRow[] {
  const rows = sqliteOf(t).prepare('SELECT seq, account_id, action, record_type, record_id, detail FROM audit_log WHERE seq > ? ORDER BY seq').all(seq) as (Omit<
    AuditRow,
    'detail'
  > & { detail: string })[];
  return rows.map((row) => ({ ...row, detail: JSON.parse(row.detail) as Record<string, unknown> }));
}

/** Tables whose content differs, the audit log aside. */
export function changedTables(before: VaultSnapshot, after: VaultSnapshot): string[] {
  const names = new Set([...before.tables.keys(), ...after.tables.keys()]);
  return [...names].filter((name) => name !== 'audit_log' && before.tables.get(name) !== after.tables.get(name));
}

/** Versioned rows that went back in version or disappeared. */
export function versionRegressions(before: VaultSnapshot, after: VaultSnapshot): string[] {
  const problems: string[] = [];
  for (const [row, version] of before.versions) {
    const now = after.versions.get(row);
    if (now === undefined) problems.push(`${row} disappeared (version ${version})`);
    else if (now < version) problems.push(`${row} went from version ${version} to ${now}`);
  }
  return problems;
}

/**
 * The keyring without what audited events legitimately move: the audit head (checked by audit.verify), failed-attempt
 * counters and sign-in events waiting for the audit log.
 */
export function keyringCore(keyring: Record<string, unknown>) {
  const accounts = Object.fromEntries(
    Object.entries(keyring.accounts as Record<string, Record<string, unknown>>).map(([id, slot]) => {
      const { failedAttempts: _f, lastFailedAt: _l, lockedOut: _o, ...rest } = slot;
      return [id, rest];
    }),
  );
  const { pendingAudit: _p, auditHead: _h, auditSeal: _s, unknownNames: _u, ...rest } = keyring; // the sealed head and sign-in throttle state move with every call
  return JSON.stringify({ ...rest, accounts });
}
