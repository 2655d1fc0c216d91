/**
 * The key hierarchy, as password managers do it: one random data key encrypts the database; each
 * password (via Argon2id) and the recovery key wrap a copy of it with AES-256-GCM. Changing a password
 * re-wraps; the database is never re-encrypted.
 */
import { hashRaw } from '@node-rs/argon2';
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

export const DATA_KEY_BYTES = 32;
/** @node-rs/argon2's Algorithm.Argon2id (an ambient const enum, which isolated modules cannot read). */
const ARGON2ID = 2;

export interface Argon2Params {
  alg: 'argon2id';
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  salt: string; // base64
}

/** Never accept weaker parameters than these, whatever a keyring file says (no downgrade). */
export const KDF_MINIMUMS = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 } as const;

export const newArgon2Params = (): Argon2Params => ({
  alg: 'argon2id',
  memoryKiB: KDF_MINIMUMS.memoryKiB,
  iterations: KDF_MINIMUMS.iterations,
  parallelism: 1,
  salt: randomBytes(16).toString('base64'),
});

export class WeakKdfError extends Error {}

export function assertKdfStrongEnough(params: Argon2Params) {
  if (
    params.alg !== 'argon2id' ||
    !(params.memoryKiB >= KDF_MINIMUMS.memoryKiB) ||
    !(params.iterations >= KDF_MINIMUMS.iterations) ||
    !(params.parallelism >= KDF_MINIMUMS.parallelism) ||
    Buffer.from(params.salt, 'base64').length < 16
  )
    throw new WeakKdfError('key derivation parameters below the minimum');
}

/** Key-encryption key from a password. Passwords are NFC-normalised so the same typed text always matches. */
export async function passwordKek(password: string, params: Argon2Params): Promise<Buffer> {
  assertKdfStrongEnough(params);
  return hashRaw(password.normalize('NFC'), {
    algorithm: ARGON2ID,
    memoryCost: params.memoryKiB,
    timeCost: params.iterations,
    parallelism: params.parallelism,
    outputLen: 32,
    salt: Buffer.from(params.salt, 'base64'),
  });
}

export interface WrappedKey {
  iv: string; // base64, 12 bytes
  ct: string; // base64
  tag: string; // base64, 16 bytes
}

/** Additional data binds a wrapped key to its vault and its slot, so wrapped keys cannot be swapped around. */
const aad = (vaultId: string, slot: string) => Buffer.from(`blo-desk/key/v1|${vaultId}|${slot}`, 'utf8');

export function wrapKey(dataKey: Buffer, kek: Buffer, vaultId: string, slot: string): WrappedKey {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(aad(vaultId, slot));
  const ct = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return { iv: iv.toString('base64'), ct: ct.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/** Returns the data key, or null when the KEK is wrong (or the wrapped key was tampered with). */
export function unwrapKey(wrapped: WrappedKey, kek: Buffer, vaultId: string, slot: string): Buffer | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(aad(vaultId, slot));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(wrapped.ct, 'base64')), decipher.final()]);
    return key.length === DATA_KEY_BYTES ? key : null;
  } catch {
    return null;
  }
}

// Recovery key: 160 random bits in Crockford base32, 8 groups of 4 — easy to read aloud and type back.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export function newRecoveryKey(): string {
  const bytes = randomBytes(20);
  let bits = '';
  for (const byte of bytes) bits += byte.toString(2).padStart(8, '0');
  let text = '';
  for (let i = 0; i < bits.length; i += 5) text += CROCKFORD[parseInt(bits.slice(i, i + 5), 2)];
  return text.match(/.{4}/g)!.join('-');
}

/** Canonical form of a typed recovery key: upper case, no separators, the usual look-alikes folded. */
export function normaliseRecoveryKey(typed: string): string {
  return typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
}

export const isWellFormedRecoveryKey = (typed: string) => new RegExp(`^[${CROCKFORD}]{32}$`).test(normaliseRecoveryKey(typed));

/** The recovery key has 160 bits of entropy, so a fast KDF (HKDF) suffices. */
export function recoveryKek(recoveryKey: string, vaultId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', normaliseRecoveryKey(recoveryKey), vaultId, 'blo-desk/recovery/v1', 32));
}

/** A sub-key of the data key for MACs (audit head), so the data key itself is never used twice. */
export const macKey = (dataKey: Buffer) => Buffer.from(hkdfSync('sha256', dataKey, 'blo-desk', 'blo-desk/audit-head-mac/v1', 32));

export const hmacHex = (key: Buffer, text: string) => createHmac('sha256', key).update(text, 'utf8').digest('hex');
