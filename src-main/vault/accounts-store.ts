import type { Selectable } from 'kysely';
import type { ReadableDb, WritableDb } from './db-access.js';
import type { AccountSummary, Role } from '../../src-shared/contract/index.js';
import type { Keyring } from './keyring.js';
import type { VaultTables } from './tables.js';

type Db = ReadableDb<VaultTables>;
export type AccountRow = Selectable<VaultTables['accounts']>;

export const findAccount = (db: Db, id: string) => db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirst();

export const findAccountByUsername = (db: Db, username: string) => db.selectFrom('accounts').selectAll().where('username', '=', username).executeTakeFirst();

export const rolesOf = (row: AccountRow) => JSON.parse(row.roles) as Role[];

export function summarise(row: AccountRow, keyring: Keyring): AccountSummary {
  const slot = keyring.accounts[row.id];
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    rank: row.rank,
    position: row.position,
    roles: rolesOf(row),
    disabled: row.disabled === 1,
    mustChangePassword: row.must_change_password === 1,
    lockedOut: slot?.lockedOut ?? false,
    failedAttempts: slot?.failedAttempts ?? 0,
    version: row.version,
    createdAt: row.created_at,
  };
}

/** Active administrators other than `exceptId`: the vault must never be left without one. */
export async function otherActiveAdministrators(db: Db, exceptId: string) {
  const rows = await db.selectFrom('accounts').select(['id', 'roles']).where('disabled', '=', 0).where('id', '!=', exceptId).execute();
  return rows.filter((row) => (JSON.parse(row.roles) as Role[]).includes('administrator')).length;
}

/** Account id → display name, for "who" columns of records and timelines; an unknown id shows as itself, none as empty. */
export async function accountNames(db: Db | WritableDb<VaultTables>): Promise<(id: string | null) => string> {
  const who = new Map((await db.selectFrom('accounts').select(['id', 'display_name']).execute()).map((a) => [a.id, a.display_name]));
  return (id) => (id ? (who.get(id) ?? id) : '');
}
