import type { Transaction } from 'kysely';
import type { DocumentTables } from '../documents/register/tables.js';
import type { RecordTables } from '../records/tables.js';
import type { ReadableDb } from '../vault/db-access.js';
import type { VaultTables } from '../vault/tables.js';
import type { VaultService } from '../vault/vault-service.js';
import type { InterceptionTables } from './tables.js';

type Tables = VaultTables & DocumentTables & RecordTables & InterceptionTables;
export type InterceptionDb = ReadableDb<Tables>;
export type InterceptionTrx = Transaction<Tables>;

/** The vault's database seen with this capability's tables too. */
export const interceptionDb = (service: VaultService): InterceptionDb => service.open().db.withTables<DocumentTables & RecordTables & InterceptionTables>();
export const withInterceptionTables = (trx: Transaction<VaultTables>) => trx as unknown as InterceptionTrx;
