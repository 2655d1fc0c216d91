/**
 * The audit log is a hash chain: each entry stores the SHA-256 of the previous one, so editing or
 * deleting a row breaks the chain at that row. The head (seq + hash) is also kept in the keyring under a
 * MAC, so cutting off the tail is detected too. Pure functions here; the vault appends and reads.
 */
import { createHash } from 'node:crypto';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditFields {
  seq: number;
  at: string;
  account_id: string | null;
  actor: string;
  action: string;
  record_type: string | null;
  record_id: string | null;
  detail: string;
}

export interface AuditRow extends AuditFields {
  prev_hash: string;
  hash: string;
}

export function entryHash(prevHash: string, fields: AuditFields): string {
  const canonical = JSON.stringify([fields.seq, fields.at, fields.account_id, fields.actor, fields.action, fields.record_type, fields.record_id, fields.detail]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical, 'utf8').digest('hex');
}

export type BreakReason = 'edited' | 'missing' | 'reordered' | 'tail_cut' | 'head_tampered' | 'head_missing';

export type ChainVerdict = { intact: true; entries: number } | { intact: false; entries: number; brokenAt: number; reason: BreakReason };

/**
 * Walks the rows in seq order: each row must carry the next seq, link to the previous row's hash, and hash to
 * its own content. `head` is the keyring's sealed copy (already MAC-checked by the caller).
 */
export function verifyChain(rows: Iterable<AuditRow>, head: { seq: number; hash: string } | null): ChainVerdict {
  const all = [...rows];
  let prevHash = GENESIS_HASH;
  let count = 0;
  for (const [index, row] of all.entries()) {
    const expectedSeq = index + 1;
    const broken = (reason: BreakReason, brokenAt = expectedSeq): ChainVerdict => ({ intact: false, entries: count, brokenAt, reason });
    if (row.seq !== expectedSeq) return broken(row.seq > expectedSeq ? 'missing' : 'reordered');
    // A row linking to something other than its predecessor: moved here if its rightful predecessor comes later.
    if (row.prev_hash !== prevHash) return broken(all.slice(index + 1).some((later) => later.prev_hash === prevHash) ? 'reordered' : 'missing');
    if (entryHash(prevHash, row) !== row.hash) return broken('edited');
    prevHash = row.hash;
    count++;
  }
  if (head) {
    if (head.seq > count) return { intact: false, entries: count, brokenAt: count + 1, reason: 'tail_cut' };
    if (all[head.seq - 1].hash !== head.hash) return { intact: false, entries: count, brokenAt: head.seq, reason: 'edited' };
  } else if (count > 0) return { intact: false, entries: count, brokenAt: 1, reason: 'head_missing' };
  return { intact: true, entries: count };
}
