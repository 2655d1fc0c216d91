import { sql } from 'kysely';
import type { AuditEntryView } from '../../src-shared/contract/index.js';
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

/** Newest first. Dates are whole days in the office's local calendar as typed (ISO yyyy-mm-dd). */
export async function listAudit(service: VaultService, filter: AuditFilter): Promise<{ entries: AuditEntryView[]; total: number }> {
  const db = service.open().db;
  let query = db.selectFrom('audit_log');
  if (filter.accountId) query = query.where('account_id', '=', filter.accountId);
  if (filter.action)
    query = filter.actionExact
      ? query.where('action', '=', filter.action)
      : query.where(sql<boolean>`substr(action, 1, ${filter.action.length}) = ${filter.action}`); // a prefix, without LIKE's wildcards
  if (filter.recordType) query = query.where('record_type', '=', filter.recordType);
  if (filter.recordId) query = query.where('record_id', '=', filter.recordId);
  if (filter.from) query = query.where('at', '>=', filter.from);
  if (filter.to) query = query.where('at', '<', nextDay(filter.to));
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

function nextDay(isoDate: string) {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

export async function listActors(service: VaultService) {
  const rows = await service.open().db.selectFrom('accounts').select(['id', 'username', 'display_name']).orderBy('username').execute();
  return rows.map((row) => ({ accountId: row.id, username: row.username, displayName: row.display_name }));
}
