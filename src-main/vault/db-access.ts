import type { DrainOuterGeneric, Kysely, Transaction } from 'kysely';

/**
 * Read and write access, separated in the types. Every read path gets a `ReadableDb`: it can select, never
 * insert, update or delete. A `WritableDb` exists only inside `OpenVault.write`, next to the audit function,
 * so no code can change a row without also writing its audit entry.
 */
export interface ReadableDb<DB> {
  selectFrom: Kysely<DB>['selectFrom'];
  with: Kysely<DB>['with'];
  /** The same database seen with a capability's own tables too (still read-only). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Kysely's own constraint for table maps
  withTables<T extends Record<string, Record<string, any>>>(): ReadableDb<DrainOuterGeneric<DB & T>>;
}

export type WritableDb<DB> = Transaction<DB>;
