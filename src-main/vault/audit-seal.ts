/**
 * The audit seal kept in the keyring: the log's head and any alarm, under one MAC keyed by a sub-key of
 * the data key. Without the key nobody can move the head, remove it, or clear an alarm unnoticed.
 * Pure functions; the open vault reads and writes the seal.
 */
import { hmacHex, type MacKey } from './key-crypto.js';
import type { AuditAlarm, AuditSeal } from './keyring.js';

type Head = AuditSeal['head'];

const sealText = (head: Head, alarm: AuditAlarm | null) =>
  JSON.stringify(['blo-desk/audit-seal/v2', head.seq, head.hash, alarm && [alarm.reason, alarm.brokenAt, alarm.detectedAt]]);

export const sealAudit = (key: MacKey, head: Head, alarm: AuditAlarm | null): AuditSeal => ({ head, alarm, mac: hmacHex(key, sealText(head, alarm)) });

export const sealIsAuthentic = (key: MacKey, seal: AuditSeal) => hmacHex(key, sealText(seal.head, seal.alarm)) === seal.mac;

/**
 * What an unlock finds before anything is appended: null when the seal is authentic and the log's row at the
 * head has the sealed hash; otherwise the alarm to raise (appending first would move the head and hide it).
 */
export function checkSeal(key: MacKey, seal: AuditSeal | null, log: { rows: number; hashAt: (seq: number) => string | undefined }, at: string): AuditAlarm | null {
  if (!seal) return log.rows > 0 ? { reason: 'head_missing', brokenAt: 1, detectedAt: at } : null;
  if (!sealIsAuthentic(key, seal)) return { reason: 'head_tampered', brokenAt: log.rows + 1, detectedAt: at };
  if (seal.alarm) return seal.alarm;
  if (log.rows < seal.head.seq) return { reason: 'tail_cut', brokenAt: log.rows + 1, detectedAt: at };
  if (log.hashAt(seal.head.seq) !== seal.head.hash) return { reason: 'edited', brokenAt: seal.head.seq, detectedAt: at };
  return null;
}
