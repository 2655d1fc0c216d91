/**
 * The backup file: one file holding the keyring (wrapped keys only) and a consistent copy of the
 * encrypted database. Layout: 16-byte magic, uint32 header length, header JSON, database bytes.
 * The database bytes stay encrypted with the vault's data key, so the file is as safe as the vault.
 */
import { readFileSync } from 'node:fs';
import type { Keyring } from './keyring.js';

const MAGIC = Buffer.from('BLODESK-BACKUP01', 'ascii');

export interface BackupHeader {
  format: 1;
  vaultId: string;
  createdAt: string;
  appVersion: string;
  officeLabel: string;
  keyring: Keyring;
}

export function encodeBackup(header: BackupHeader, database: Buffer): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([MAGIC, length, json, database]);
}

export class NotABackupError extends Error {}

export function decodeBackup(bytes: Buffer): { header: BackupHeader; database: Buffer } {
  if (bytes.length < 20 || !bytes.subarray(0, 16).equals(MAGIC)) throw new NotABackupError('not a BLO Desk backup');
  const length = bytes.readUInt32BE(16);
  if (20 + length > bytes.length) throw new NotABackupError('truncated backup');
  let header: BackupHeader;
  try {
    header = JSON.parse(bytes.subarray(20, 20 + length).toString('utf8'));
  } catch {
    throw new NotABackupError('unreadable backup header');
  }
  if (header.format !== 1 || !header.keyring?.vaultId) throw new NotABackupError('unsupported backup format');
  return { header, database: bytes.subarray(20 + length) };
}

export const readBackupFile = (file: string) => decodeBackup(readFileSync(file));
