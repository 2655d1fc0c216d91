import { v7 as uuidv7 } from 'uuid';
import { passwordProblems, type AccountSummary, type Role } from '../../src-shared/contract/index.js';
import { EngineError } from '../kernel/engine-error.js';
import { findAccount, findAccountByUsername, otherActiveAdministrators, rolesOf, summarise } from './accounts-store.js';
import { normaliseUsername } from './keyring.js';
import { newSlot } from './slots.js';
import type { VaultService } from './vault-service.js';
import { vaultErrors } from './vault-errors.js';
import { changeVersioned } from './versioned-change.js';

export async function listAccounts(service: VaultService): Promise<AccountSummary[]> {
  const vault = service.open();
  const rows = await vault.db.selectFrom('accounts').selectAll().orderBy('username').execute();
  return rows.map((row) => summarise(row, vault.keyring));
}

interface AccountInput {
  username: string;
  displayName: string;
  rank: string;
  position: string;
  roles: Role[];
  temporaryPassword: string;
}

/** A new account signs in with a temporary password and must change it at once. */
export async function createAccount(service: VaultService, input: AccountInput): Promise<AccountSummary> {
  const vault = service.open();
  const username = normaliseUsername(input.username);
  if (await findAccountByUsername(vault.db, username))
    throw new EngineError(
      'conflict',
      { vi: 'Tên đăng nhập đã có người dùng.', en: 'This user name is taken.' },
      { username: { vi: 'Tên đăng nhập đã có người dùng.', en: 'This user name is taken.' } },
    );
  const problems = passwordProblems(input.temporaryPassword, username);
  if (problems.length) throw vaultErrors.weakPassword('temporaryPassword', problems);
  const id = uuidv7();
  const now = vault.timestamp();
  const actor = service.actor();
  const roles = [...new Set(input.roles)];
  const slot = await vault.withDataKey((key) => newSlot(vault.keyring, key, id, username, input.temporaryPassword));
  await vault.write(actor, async (trx, audit) => {
    await trx
      .insertInto('accounts')
      .values({
        id,
        username,
        display_name: input.displayName,
        rank: input.rank,
        position: input.position,
        roles: JSON.stringify(roles),
        disabled: 0,
        must_change_password: 1,
        password_changed_at: now,
        created_at: now,
        created_by: actor.accountId,
        updated_at: now,
        updated_by: actor.accountId,
        version: 1,
      })
      .execute();
    await audit({ action: 'account.create', recordType: 'account', recordId: id, detail: { username, roles } });
  });
  vault.updateKeyring((keyring) => ({ ...keyring, accounts: { ...keyring.accounts, [id]: slot } }));
  return summarise((await findAccount(vault.db, id))!, vault.keyring);
}

export async function updateAccount(
  service: VaultService,
  input: { id: string; version: number; displayName: string; rank: string; position: string; roles: Role[]; disabled: boolean },
): Promise<AccountSummary> {
  const vault = service.open();
  const actor = service.actor();
  await vault.write(actor, async (trx, audit) => {
    const row = await findAccount(trx, input.id);
    if (!row) throw vaultErrors.notFound();
    // Checked before the rules below: a stale form is refused as stale, whatever else it says.
    if (row.version !== input.version) throw vaultErrors.conflict({ current: summarise(row, vault.keyring) });
    const roles = [...new Set(input.roles)];
    const losesAdmin = rolesOf(row).includes('administrator') && (!roles.includes('administrator') || input.disabled);
    if (losesAdmin && (await otherActiveAdministrators(trx, row.id)) === 0)
      throw new EngineError(
        'rule_violation',
        { vi: 'Phải luôn còn ít nhất một quản trị viên đang hoạt động.', en: 'At least one active administrator must remain.' },
        { roles: { vi: 'Đây là quản trị viên cuối cùng.', en: 'This is the last administrator.' } },
      );
    if (input.disabled && row.id === actor.accountId)
      throw new EngineError(
        'rule_violation',
        { vi: 'Bạn không thể tự vô hiệu hóa tài khoản của mình.', en: 'You cannot disable your own account.' },
        {
          disabled: { vi: 'Không thể tự vô hiệu hóa.', en: 'Cannot disable yourself.' },
        },
      );
    const next = {
      display_name: input.displayName,
      rank: input.rank,
      position: input.position,
      roles: JSON.stringify(roles),
      disabled: input.disabled ? 1 : 0,
    };
    await changeVersioned({
      row,
      expectedVersion: input.version,
      next,
      stamp: { at: vault.timestamp(), by: actor.accountId },
      write: (set) => trx.updateTable('accounts').set(set).where('id', '=', row.id).execute(),
      audit,
      entry: { action: 'account.update', recordType: 'account', recordId: row.id, detail: { roles } },
      always: true,
    });
  });
  return summarise((await findAccount(vault.db, input.id))!, vault.keyring);
}

/** Sets a temporary password (must be changed at next sign-in) and lifts a lockout. */
export async function resetPassword(service: VaultService, input: { id: string; temporaryPassword: string }): Promise<AccountSummary> {
  const vault = service.open();
  const row = await findAccount(vault.db, input.id);
  if (!row) throw vaultErrors.notFound();
  const problems = passwordProblems(input.temporaryPassword, row.username);
  if (problems.length) throw vaultErrors.weakPassword('temporaryPassword', problems);
  await service.setPassword(vault, row, input.temporaryPassword, true, service.actor(), 'account.password_reset');
  return summarise((await findAccount(vault.db, input.id))!, vault.keyring);
}
