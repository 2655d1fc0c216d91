import { sql, type RawBuilder } from 'kysely';

/**
 * The soft-delete rule, written once: a deleted record (and whatever hangs off it — members, attachments,
 * documents) is invisible to every read. `.where(live('repatriation_cases'))`.
 */
export const live = (table: string): RawBuilder<boolean> => sql<boolean>`${sql.ref(`${table}.deleted_at`)} is null`;
