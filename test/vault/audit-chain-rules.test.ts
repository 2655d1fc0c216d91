import { createHash, createHmac, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { entryHash, GENESIS_HASH, verifyChain, type AuditRow } from '../../src-main/vault/audit-chain.js';
import { checkSeal, sealAudit, sealIsAuthentic } from '../../src-main/vault/audit-seal.js';
import type { MacKey } from '../../src-main/vault/key-crypto.js';

/**
 * The chain and seal rules on their own (no vault): every kind of break gets its exact verdict — where it breaks
 * and why. The vault tests (audit-chain.test.ts) check the same verdicts on a real encrypted log.
 */
function chain(length: number): AuditRow[] {
  const rows: AuditRow[] = [];
  let prev = GENESIS_HASH;
  for (let seq = 1; seq <= length; seq++) {
    const fields = {
      seq,
      at: `2026-03-0${(seq % 9) + 1}T08:00:00.000Z`,
      account_id: 'a1',
      actor: 'quantri',
      action: 'person.update',
      record_type: 'person',
      record_id: `p${seq}`,
      detail: '{}',
    };
    const hash = entryHash(prev, fields);
    rows.push({ ...fields, prev_hash: prev, hash });
    prev = hash;
  }
  return rows;
}
const headOf = (rows: AuditRow[]) => ({ seq: rows.length, hash: rows.at(-1)!.hash });
/** Re-hashes rows from `from` (0-based) on, as a forger without the seal key would. */
function rechain(rows: AuditRow[], from: number) {
  for (let i = from; i < rows.length; i++) {
    const prev = i === 0 ? GENESIS_HASH : rows[i - 1].hash;
    rows[i] = { ...rows[i], prev_hash: prev, hash: entryHash(prev, rows[i]) };
  }
  return rows;
}

describe('entry hashes', () => {
  it('hash the previous hash, a newline and the fields in a fixed order', () => {
    const fields = { seq: 1, at: 't', account_id: null, actor: 'x', action: 'a', record_type: null, record_id: null, detail: '{}' };
    const expected = createHash('sha256')
      .update(`${GENESIS_HASH}\n${JSON.stringify([1, 't', null, 'x', 'a', null, null, '{}'])}`)
      .digest('hex');
    expect(entryHash(GENESIS_HASH, fields)).toBe(expected);
    for (const key of Object.keys(fields) as (keyof typeof fields)[]) expect(entryHash(GENESIS_HASH, { ...fields, [key]: key === 'seq' ? 2 : 'changed' }), key).not.toBe(expected);
    expect(entryHash('1'.repeat(64), fields)).not.toBe(expected);
  });
});

describe('verifyChain', () => {
  it('an intact chain with its head, and an empty log without one', () => {
    const rows = chain(5);
    expect(verifyChain(rows, headOf(rows))).toEqual({ intact: true, entries: 5 });
    expect(verifyChain(rows, { seq: 3, hash: rows[2].hash })).toEqual({ intact: true, entries: 5 }); // entries written after the seal
    expect(verifyChain([], null)).toEqual({ intact: true, entries: 0 });
  });

  it('an edited entry breaks at that entry', () => {
    const rows = chain(5);
    rows[2] = { ...rows[2], detail: '{"changed":["name"]}' };
    expect(verifyChain(rows, headOf(rows))).toEqual({ intact: false, entries: 2, brokenAt: 3, reason: 'edited' });
  });

  it('a removed entry is missing; a re-chained forgery (hashes recomputed) is caught by its link or by the sealed head', () => {
    const rows = chain(6);
    const head = headOf(rows);
    const removed = rows.filter((row) => row.seq !== 3);
    expect(verifyChain(removed, head)).toEqual({ intact: false, entries: 2, brokenAt: 3, reason: 'missing' });
    // Renumbered without re-hashing: the link to the previous hash is wrong.
    const renumbered = removed.map((row, i) => ({ ...row, seq: i + 1 }));
    expect(verifyChain(renumbered, head)).toEqual({ intact: false, entries: 2, brokenAt: 3, reason: 'missing' });
    // Renumbered and re-hashed: every link holds, only the keyed head tells.
    const forged = rechain(renumbered, 2);
    expect(verifyChain(forged, head)).toEqual({ intact: false, entries: 5, brokenAt: 6, reason: 'tail_cut' });
    expect(verifyChain(forged, { seq: 5, hash: head.hash })).toEqual({ intact: false, entries: 5, brokenAt: 5, reason: 'edited' });
  });

  it('a link to a hash that is not the previous one breaks there, even when the row hashes correctly', () => {
    const rows = chain(4);
    const relinked = { ...rows[2], prev_hash: rows[0].hash };
    rows[2] = { ...relinked, hash: entryHash(relinked.prev_hash, relinked) };
    expect(verifyChain(rows, null)).toEqual({ intact: false, entries: 2, brokenAt: 3, reason: 'missing' });
  });

  it('swapped entries are reordered, whether by their numbers or by their links', () => {
    const rows = chain(5);
    expect(verifyChain([rows[0], rows[2], rows[1], rows[3], rows[4]], headOf(rows))).toEqual({ intact: false, entries: 1, brokenAt: 2, reason: 'missing' });
    const swappedNumbers = [rows[0], { ...rows[2], seq: 2 }, { ...rows[1], seq: 3 }, rows[3], rows[4]];
    expect(verifyChain(swappedNumbers, headOf(rows))).toEqual({ intact: false, entries: 1, brokenAt: 2, reason: 'reordered' });
    expect(verifyChain([rows[0], rows[1], { ...rows[1] }], null)).toEqual({ intact: false, entries: 2, brokenAt: 3, reason: 'reordered' });
  });

  it('a cut tail is caught by the head; a head not matching its entry is an edit; no head over a log is head_missing', () => {
    const rows = chain(5);
    expect(verifyChain(rows.slice(0, 3), headOf(rows))).toEqual({ intact: false, entries: 3, brokenAt: 4, reason: 'tail_cut' });
    expect(verifyChain(rows, { seq: 4, hash: rows[3].hash.replace(/^./, (c) => (c === '0' ? '1' : '0')) })).toEqual({ intact: false, entries: 5, brokenAt: 4, reason: 'edited' });
    expect(verifyChain(rows, null)).toEqual({ intact: false, entries: 5, brokenAt: 1, reason: 'head_missing' });
  });
});

describe('the audit seal', () => {
  const key = randomBytes(32) as MacKey;
  const rows = chain(4);
  const log = { rows: rows.length, hashAt: (seq: number) => rows[seq - 1]?.hash };
  const AT = '2026-03-05T08:00:00.000Z';

  it('is authentic only with its key and its exact head and alarm', () => {
    const seal = sealAudit(key, headOf(rows), null);
    // The MAC covers a versioned, domain-separated text (never reusable as another MAC of the same key).
    expect(seal.mac).toBe(
      createHmac('sha256', key)
        .update(JSON.stringify(['blo-desk/audit-seal/v2', 4, rows[3].hash, null]))
        .digest('hex'),
    );
    expect(sealIsAuthentic(key, seal)).toBe(true);
    expect(sealIsAuthentic(randomBytes(32) as MacKey, seal)).toBe(false);
    expect(sealIsAuthentic(key, { ...seal, head: { ...seal.head, seq: 3 } })).toBe(false);
    expect(sealIsAuthentic(key, { ...seal, head: { ...seal.head, hash: rows[2].hash } })).toBe(false);
    expect(sealIsAuthentic(key, { ...seal, alarm: { reason: 'edited', brokenAt: 2, detectedAt: AT } })).toBe(false);
    const alarmed = sealAudit(key, headOf(rows), { reason: 'tail_cut', brokenAt: 3, detectedAt: AT });
    expect(sealIsAuthentic(key, alarmed)).toBe(true);
    expect(sealIsAuthentic(key, { ...alarmed, alarm: { ...alarmed.alarm!, brokenAt: 4 } })).toBe(false);
    expect(sealIsAuthentic(key, { ...alarmed, alarm: { ...alarmed.alarm!, detectedAt: '2026-03-06T08:00:00.000Z' } })).toBe(false);
    expect(sealIsAuthentic(key, { ...alarmed, alarm: null })).toBe(false);
  });

  it('finds nothing wrong with an authentic seal over the log it sealed (or an empty log without one)', () => {
    expect(checkSeal(key, sealAudit(key, headOf(rows), null), log, AT)).toBeNull();
    expect(checkSeal(key, sealAudit(key, { seq: 2, hash: rows[1].hash }, null), log, AT)).toBeNull();
    expect(checkSeal(key, null, { rows: 0, hashAt: () => undefined }, AT)).toBeNull();
  });

  it('raises the exact alarm for each tampering', () => {
    expect(checkSeal(key, null, log, AT)).toEqual({ reason: 'head_missing', brokenAt: 1, detectedAt: AT });
    const forged = { ...sealAudit(key, headOf(rows), null), mac: '0'.repeat(64) };
    expect(checkSeal(key, forged, log, AT)).toEqual({ reason: 'head_tampered', brokenAt: 5, detectedAt: AT });
    const earlier = { reason: 'edited' as const, brokenAt: 2, detectedAt: '2026-03-01T08:00:00.000Z' };
    expect(checkSeal(key, sealAudit(key, headOf(rows), earlier), log, AT)).toEqual(earlier);
    expect(checkSeal(key, sealAudit(key, { seq: 6, hash: 'f'.repeat(64) }, null), log, AT)).toEqual({ reason: 'tail_cut', brokenAt: 5, detectedAt: AT });
    expect(checkSeal(key, sealAudit(key, { seq: 4, hash: rows[2].hash }, null), log, AT)).toEqual({ reason: 'edited', brokenAt: 4, detectedAt: AT });
  });
});
