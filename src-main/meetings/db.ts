import type { Transaction } from 'kysely';
import type { DocumentTables } from '../documents/register/tables.js';
import type { RecordTables } from '../records/tables.js';
import type { ReadableDb } from '../vault/db-access.js';
import type { VaultTables } from '../vault/tables.js';
import type { VaultService } from '../vault/vault-service.js';
import type { MeetingTables } from './tables.js';

type Tables = VaultTables & DocumentTables & RecordTables & MeetingTables;
export type MeetingDb = ReadableDb<Tables>;
export type MeetingTrx = Transaction<Tables>;

/** The vault's database seen with this capability's tables too. */
export const meetingDb = (service: VaultService): MeetingDb => service.open().db.withTables<DocumentTables & RecordTables & MeetingTables>();
export const withMeetingTables = (trx: Transaction<VaultTables>) => trx as unknown as MeetingTrx;
