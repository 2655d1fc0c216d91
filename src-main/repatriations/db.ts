import type { Transaction } from 'kysely';
import type { ReadableDb } from '../vault/db-access.js';
import type { DocumentTables } from '../documents/register/tables.js';
import type { RecordTables } from '../records/tables.js';
import type { VaultTables } from '../vault/tables.js';
import type { VaultService } from '../vault/vault-service.js';
import type { RepatriationTables } from './tables.js';

type Tables = VaultTables & DocumentTables & RecordTables & RepatriationTables;
export type RepatriationDb = ReadableDb<Tables>;
export type RepatriationTrx = Transaction<Tables>;

/** The vault's database seen with this capability's tables too. */
export const repatriationDb = (service: VaultService): RepatriationDb => service.open().db.withTables<DocumentTables & RecordTables & RepatriationTables>();
export const withRepatriationTables = (trx: Transaction<VaultTables>) => trx as unknown as RepatriationTrx;
