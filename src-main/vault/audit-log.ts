import { sql } from 'kysely';
import type { AnchorCheckResult, AuditAnchors, AuditEntryView } from '../../src-shared/contract/index.js';
import { fieldError } from '../kernel/engine-error.js';
import { anchorOf, checkAnchor, formatAnchor, parseAnchor } from './anchor.js';
import { localDayStart } from './local-day.js';
import { INTERNAL_SETTINGS, readSetting } from './settings-store.js';
import type { VaultService } from './vault-service.js';

export interface AuditFilter {
  accountId?: string;
  action?: string;
  actionExact?: boolean;
  recordType?: string;
  recordId?: string;
  from?: string;
  to?: string;
  offset: number;
  limit: number;
}

/**
 * Newest first. Dates are whole days in the office's local calendar as typed (ISO yyyy-mm-dd); entries are
 * stored in UTC, so a day runs from its local midnight (17:00 UTC the day before in Vietnam) to the next.
 */
export async function listAudit(service: VaultService, filter: AuditFilter, timeZone?: string): Promise<{ entries: AuditEntryView[]; total: number }> {
  const db = service.open().db;
  let query = db.selectFrom('audit_log');
  if (filter.accountId) query = query.where('account_id', '=', filter.accountId);
  if (filter.action)
    query = filter.actionExact ? query.where('action', '=', filter.action) : query.where(sql<boolean>`substr(action, 1, ${filter.action.length}) = ${filter.action}`); // a prefix, without LIKE's wildcards
  if (filter.recordType) query = query.where('record_type', '=', filter.recordType);
  if (filter.recordId) query = query.where('record_id', '=', filter.recordId);
  if (filter.from) query = query.where('at', '>=', localDayStart(filter.from, timeZone));
  if (filter.to) query = query.where('at', '<', localDayStart(filter.to, timeZone, 1));
  const { total } = await query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow();
  const rows = await query.selectAll().orderBy('seq', 'desc').offset(filter.offset).limit(filter.limit).execute();
  return {
    total: Number(total),
    entries: rows.map((row) => ({
      seq: row.seq,
      at: row.at,
      actor: row.actor,
      accountId: row.account_id,
      action: row.action,
      recordType: row.record_type,
      recordId: row.record_id,
      detail: JSON.parse(row.detail),
    })),
  };
}

/** The chain's current head and the last anchor given out, as shown on the Verify page. */
export async function auditAnchors(service: VaultService): Promise<AuditAnchors> {
  const vault = service.open();
  const head = vault.sealedHead();
  const last = await readSetting<{ sequence: number; shortHash: string; at: string; where: string } | null>(vault.db, INTERNAL_SETTINGS.lastAnchor, null);
  return {
    current: head && formatAnchor(anchorOf(head)),
    lastGiven: last && { anchor: formatAnchor(last), at: last.at, where: last.where },
  };
}

/** Checks an anchor typed in from paper against the chain, and records the check. */
export async function checkTypedAnchor(service: VaultService, typed: string): Promise<AnchorCheckResult> {
  const anchor = parseAnchor(typed);
  if (!anchor)
    throw fieldError(
      'anchor',
      'Mốc kiểm tra gồm số thứ tự và 16 ký tự mã, ví dụ 1234-9F3A-7C21-04BE-11AA.',
      'An anchor is a sequence number and a 16-character code, e.g. 1234-9F3A-7C21-04BE-11AA.',
    );
  const vault = service.open();
  const hashAt = (seq: number) => vault.sqlite.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck().get(seq) as string | undefined;
  const result = checkAnchor(anchor, hashAt);
  const formatted = formatAnchor(anchor);
  await service.audit({ action: 'audit.anchor_check', detail: { anchor: formatted, result } });
  return { anchor: formatted, result };
}

export async function listActors(service: VaultService) {
  const rows = await service.open().db.selectFrom('accounts').select(['id', 'username', 'display_name']).orderBy('username').execute();
  return rows.map((row) => ({ accountId: row.id, username: row.username, displayName: row.display_name }));
}
