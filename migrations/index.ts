import type { Migration } from 'kysely';
import * as m0001 from './0001_vault.js';

/**
 * Every migration, by name, in order. A static map (not a folder scan) so it works the same in vitest,
 * tsc and the bundled app. Names are stored in the vault: never rename one that has shipped.
 */
export const migrations: Record<string, Migration> = {
  '0001_vault': m0001,
};
