/** Account slots in the keyring: found by the slow user-name hash, opened with the password's KEK. */
import { newArgon2Params, passwordKek, unwrapKey, usernameLookupHash, wrapKey, type DataKey } from './key-crypto.js';
import { normaliseUsername, type AccountSlot, type Keyring } from './keyring.js';

/** The lookup hash of a typed user name in this keyring (one slow hash, whatever the number of accounts). */
export const lookupOf = (keyring: Pick<Keyring, 'lookupSalt'>, username: string) => usernameLookupHash(normaliseUsername(username), keyring.lookupSalt);

export async function findSlot(keyring: Keyring, username: string) {
  const lookup = await lookupOf(keyring, username);
  const entry = Object.entries(keyring.accounts).find(([, slot]) => slot.lookup === lookup);
  return { lookup, ...(entry ? { accountId: entry[0], slot: entry[1] } : {}) };
}

/** The data key, or null for a wrong password. Throws WeakKdfError for a slot below the KDF floor. */
export async function unwrapSlot(keyring: Keyring, accountId: string, slot: AccountSlot, password: string): Promise<DataKey | null> {
  return unwrapKey(slot.wrapped, await passwordKek(password, slot.kdf), keyring.vaultId, accountId);
}

export async function newSlot(keyring: Pick<Keyring, 'lookupSalt' | 'vaultId'>, dataKey: DataKey, accountId: string, username: string, password: string): Promise<AccountSlot> {
  const kdf = newArgon2Params();
  const kek = await passwordKek(password, kdf);
  return {
    lookup: await lookupOf(keyring, username),
    kdf,
    wrapped: wrapKey(dataKey, kek, keyring.vaultId, accountId),
    failedAttempts: 0,
    lastFailedAt: null,
    lockedOut: false,
  };
}
