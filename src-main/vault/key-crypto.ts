/**
 * The key hierarchy, as password managers do it: one random data key encrypts the database; each
 * password (via Argon2id) and the recovery key wrap a copy of it with AES-256-GCM. Changing a password
 * re-wraps; the database is never re-encrypted.
 */
import { hashRaw } from '@node-rs/argon2';
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';

export const DATA_KEY_BYTES = 32;

/** The random key that encrypts the database. Distinct types keep a data key and a KEK from being swapped. */
export type DataKey = Buffer & { readonly __key: 'data' };
/** A key-encryption key (from a password or the recovery key): only ever wraps or unwraps a data key. */
export type Kek = Buffer & { readonly __key: 'kek' };
/** A sub-key of the data key for MACs (audit head, backups). */
export type MacKey = Buffer & { readonly __key: 'mac' };

export const asDataKey = (bytes: Buffer) => bytes as DataKey;
export const newDataKey = () => asDataKey(randomBytes(DATA_KEY_BYTES));
/** @node-rs/argon2's Algorithm.Argon2id (an ambient const enum, which isolated modules cannot read). */
const ARGON2ID = 2;

export interface Argon2Params {
  alg: 'argon2id';
  memoryKiB: number;
  iterations: number;
  parallelism: number;
  salt: string; // base64
}

/** What new slots are written with. Raising it later re-wraps each slot at its next sign-in (a migration). */
export const KDF_TARGET = { memoryKiB: 64 * 1024, iterations: 3, parallelism: 1 } as const;
/**
 * Below this, a slot is refused as tampering whatever the keyring says (no downgrade). No released version
 * ever wrote less; between the floor and the target a slot is accepted and upgraded.
 */
export const KDF_FLOOR = { memoryKiB: 19 * 1024, iterations: 2, parallelism: 1 } as const;

export const newArgon2Params = (): Argon2Params => ({
  alg: 'argon2id',
  memoryKiB: KDF_TARGET.memoryKiB,
  iterations: KDF_TARGET.iterations,
  parallelism: KDF_TARGET.parallelism,
  salt: randomBytes(16).toString('base64'),
});

export class WeakKdfError extends Error {}

const atLeast = (params: Argon2Params, bound: { memoryKiB: number; iterations: number; parallelism: number }) =>
  params.alg === 'argon2id' &&
  params.memoryKiB >= bound.memoryKiB &&
  params.iterations >= bound.iterations &&
  params.parallelism >= bound.parallelism &&
  Buffer.from(params.salt, 'base64').length >= 16;

export function assertKdfStrongEnough(params: Argon2Params) {
  if (!atLeast(params, KDF_FLOOR)) throw new WeakKdfError('key derivation parameters below the minimum');
}

/** A slot written with weaker (but still acceptable) parameters than today's target: re-wrap it at sign-in. */
export const kdfNeedsUpgrade = (params: Argon2Params) => !atLeast(params, KDF_TARGET);

/** Key-encryption key from a password. Passwords are NFC-normalised so the same typed text always matches. */
export async function passwordKek(password: string, params: Argon2Params): Promise<Kek> {
  assertKdfStrongEnough(params);
  return argon2(password, params) as Promise<Kek>;
}

function argon2(text: string, params: Argon2Params): Promise<Buffer> {
  return hashRaw(text.normalize('NFC'), {
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

export function wrapKey(dataKey: DataKey, kek: Kek, vaultId: string, slot: string): WrappedKey {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(aad(vaultId, slot));
  const ct = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return { iv: iv.toString('base64'), ct: ct.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/** Returns the data key, or null when the KEK is wrong (or the wrapped key was tampered with). */
export function unwrapKey(wrapped: WrappedKey, kek: Kek, vaultId: string, slot: string): DataKey | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(wrapped.iv, 'base64'));
    decipher.setAAD(aad(vaultId, slot));
    decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
    const key = Buffer.concat([decipher.update(Buffer.from(wrapped.ct, 'base64')), decipher.final()]);
    return key.length === DATA_KEY_BYTES ? asDataKey(key) : null;
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
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

export const isWellFormedRecoveryKey = (typed: string) => new RegExp(`^[${CROCKFORD}]{32}$`).test(normaliseRecoveryKey(typed));

/** The recovery key has 160 bits of entropy, so a fast KDF (HKDF) suffices. */
export function recoveryKek(recoveryKey: string, vaultId: string): Kek {
  return <Kek>Buffer.from(hkdfSync('sha256', normaliseRecoveryKey(recoveryKey), vaultId, 'blo-desk/recovery/v1', 32));
}

/** Sub-keys of the data key for MACs, one per purpose, so the data key itself is never used twice. */
export const macKey = (dataKey: DataKey, purpose: 'audit-head' | 'backup' = 'audit-head') =>
  <MacKey>Buffer.from(hkdfSync('sha256', dataKey, 'blo-desk', `blo-desk/${purpose}-mac/v1`, 32));

export const hmacHex = (key: MacKey, text: string | Buffer) => createHmac('sha256', key).update(text).digest('hex');

/**
 * The user-name index: a salted, deliberately slow hash (Argon2id), so names cannot be read back from the
 * keyring by trying candidates cheaply. One run per sign-in attempt, whatever the number of accounts.
 */
export const LOOKUP_KDF = { memoryKiB: 16 * 1024, iterations: 3, parallelism: 1 } as const;

export async function usernameLookupHash(normalisedUsername: string, salt: string): Promise<string> {
  const params: Argon2Params = { alg: 'argon2id', ...LOOKUP_KDF, salt };
  return (await argon2(`blo-desk/username/v1|${normalisedUsername}`, params)).toString('hex');
}
