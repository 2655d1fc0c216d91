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
  const canonical = JSON.stringify([
    fields.seq,
    fields.at,
    fields.account_id,
    fields.actor,
    fields.action,
    fields.record_type,
    fields.record_id,
    fields.detail,
  ]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical, 'utf8').digest('hex');
}

export type ChainVerdict =
  | { intact: true; entries: number }
  | { intact: false; entries: number; brokenAt: number; reason: 'edited' | 'missing' | 'reordered' | 'tail_cut' | 'head_tampered' };

/**
 * Walks the rows in seq order. `head` is the keyring's copy (already MAC-checked by the caller; pass
 * `headValid: false` when its MAC did not match).
 */
export function verifyChain(
  rows: Iterable<AuditRow>,
  head: { seq: number; hash: string } | null,
  headValid = true,
): ChainVerdict {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  const hashAt = new Map<number, string>();
  for (const row of rows) {
    if (row.seq !== expectedSeq)
      return { intact: false, entries: count, brokenAt: expectedSeq, reason: row.seq > expectedSeq ? 'missing' : 'reordered' };
    if (row.prev_hash !== prevHash) return { intact: false, entries: count, brokenAt: row.seq, reason: 'missing' };
    if (entryHash(prevHash, row) !== row.hash) return { intact: false, entries: count, brokenAt: row.seq, reason: 'edited' };
    prevHash = row.hash;
    count++;
    expectedSeq++;
    if (head && row.seq === head.seq) hashAt.set(row.seq, row.hash);
  }
  if (!headValid) return { intact: false, entries: count, brokenAt: count + 1, reason: 'head_tampered' };
  if (head) {
    if (head.seq > count) return { intact: false, entries: count, brokenAt: count + 1, reason: 'tail_cut' };
    if (hashAt.get(head.seq) !== head.hash) return { intact: false, entries: count, brokenAt: head.seq, reason: 'edited' };
  }
  return { intact: true, entries: count };
}
