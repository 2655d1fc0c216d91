/**
 * The backup file: one file holding the keyring (wrapped keys only) and a consistent copy of the encrypted
 * database. Layout:
 *
 *   16-byte magic | uint32 header length | header JSON | database bytes | 32-byte MAC | 32-byte SHA-256
 *
 * The MAC (HMAC-SHA-256 under a sub-key of the data key) authenticates every byte before it, so nobody
 * without the key can change the header, the keyring copy or the image. The SHA-256 of everything before it
 * lets a damaged file be called damaged before any password is tried. Both are checked before anything is
 * replaced; the header is parsed as hostile input (zod).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { hmacHex, macKey, type DataKey } from './key-crypto.js';
import { parseKeyring, type Keyring } from './keyring.js';

const MAGIC = Buffer.from('BLODESK-BACKUP02', 'ascii');
const DIGEST_BYTES = 32;
const MAX_HEADER_BYTES = 4 * 1024 * 1024;

const headerSchema = z
  .object({
    format: z.literal(2),
    vaultId: z.uuid(),
    createdAt: z.iso.datetime(),
    appVersion: z.string().max(64),
    officeLabel: z.string().max(200),
    /** The audit head sealed in this backup, as given out on its name: `{ sequence, shortHash }`. */
    anchor: z
      .object({ sequence: z.number().int().positive(), shortHash: z.string().regex(/^[0-9A-F]{16}$/) })
      .strict()
      .nullable(),
    keyring: z.unknown().transform((value) => parseKeyring(value)),
  })
  .strict();

export type BackupHeader = Omit<z.output<typeof headerSchema>, 'keyring'> & { keyring: Keyring };

/** Not a backup, truncated, or any byte changed: the file cannot be trusted. */
export class DamagedBackupError extends Error {}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest();
const backupMac = (dataKey: DataKey, signed: Buffer) => Buffer.from(hmacHex(macKey(dataKey, 'backup'), signed), 'hex');

export function encodeBackup(header: BackupHeader, database: Buffer, dataKey: DataKey): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  const signed = Buffer.concat([MAGIC, length, json, database]);
  const sealed = Buffer.concat([signed, backupMac(dataKey, signed)]);
  return Buffer.concat([sealed, sha256(sealed)]);
}

export interface DecodedBackup {
  header: BackupHeader;
  database: Buffer;
  /** Checks the MAC with the data key the credentials unwrapped. */
  authentic: (dataKey: DataKey) => boolean;
}

export function decodeBackup(bytes: Buffer): DecodedBackup {
  const minimum = MAGIC.length + 4 + 2 * DIGEST_BYTES;
  if (bytes.length < minimum) throw new DamagedBackupError('too short');
  const sealed = bytes.subarray(0, bytes.length - DIGEST_BYTES);
  if (!sha256(sealed).equals(bytes.subarray(bytes.length - DIGEST_BYTES))) throw new DamagedBackupError('checksum mismatch');
  if (!sealed.subarray(0, MAGIC.length).equals(MAGIC)) throw new DamagedBackupError('not a BLO Desk backup');
  const length = sealed.readUInt32BE(MAGIC.length);
  const headerEnd = MAGIC.length + 4 + length;
  if (length > MAX_HEADER_BYTES || headerEnd > sealed.length - DIGEST_BYTES) throw new DamagedBackupError('header length out of range');
  let header: BackupHeader;
  try {
    header = headerSchema.parse(JSON.parse(sealed.subarray(MAGIC.length + 4, headerEnd).toString('utf8')));
  } catch {
    throw new DamagedBackupError('unreadable header');
  }
  if (header.keyring.vaultId !== header.vaultId) throw new DamagedBackupError('header and keyring disagree');
  const signed = sealed.subarray(0, sealed.length - DIGEST_BYTES);
  const mac = sealed.subarray(sealed.length - DIGEST_BYTES);
  return {
    header,
    database: signed.subarray(headerEnd),
    authentic: (dataKey) => timingSafeEqual(backupMac(dataKey, signed), mac),
  };
}

export function readBackupFile(file: string): DecodedBackup {
  return decodeBackup(readFileSync(file));
}
