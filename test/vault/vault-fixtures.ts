/** Helpers the vault tests share: raw access as someone holding the key would have it, and engines cleaned up after each test. */
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, vi } from 'vitest';
import { readKeyring } from '../../src-main/vault/keyring.js';
import { findSlot, unwrapSlot } from '../../src-main/vault/slots.js';
import { ADMIN, newEngine, type TestEngine } from '../support/vault.js';

/** The data key, unwrapped from the keyring file with a password. */
export async function dataKeyOf(dataDir: string, username = ADMIN.username, password = ADMIN.password) {
  const keyring = readKeyring(dataDir)!;
  const { accountId, slot } = await findSlot(keyring, username);
  return (await unwrapSlot(keyring, accountId!, slot!, password))!;
}

/** Opens the vault file with nothing but standard SQLCipher 4 settings and the raw key: no app code. */
export function openAsSqlcipher(file: string, key: Buffer) {
  const db = new Database(file);
  db.pragma(`cipher='sqlcipher'`);
  db.pragma('legacy=4');
  db.pragma(`key="x'${key.toString('hex')}'"`);
  return db;
}

/** `fresh()` engines on temp vaults, closed (newest first) and removed after each test; real timers restored. */
export function freshEngines() {
  const engines: TestEngine[] = [];
  afterEach(async () => {
    vi.useRealTimers();
    for (const t of engines.splice(0).reverse()) await t.cleanup();
  });
  return (options?: Parameters<typeof newEngine>[0]) => {
    const t = newEngine(options);
    engines.push(t);
    return t;
  };
}
