import type { Migration } from 'kysely';
import * as m0001 from './0001_vault.js';
import * as m0002 from './0002_documents.js';
import * as m0003 from './0003_repatriations.js';
import * as m0005 from './0005_documents_fidelity.js';
import * as m0007 from './0007_record_review.js';
import * as m0008 from './0008_admin_units.js';
import * as m0009 from './0009_record_attachments.js';
import * as m0010 from './0010_meetings.js';
import * as m0011 from './0011_interceptions.js';

/**
 * Every migration, by name, in order. A static map (not a folder scan) so it works the same in vitest,
 * tsc and the bundled app. Names are stored in the vault: never rename one that has shipped.
 */
export const migrations: Record<string, Migration> = {
  '0001_vault': m0001,
  '0002_documents': m0002,
  '0003_repatriations': m0003,
  '0005_documents_fidelity': m0005,
  '0007_record_review': m0007,
  '0008_admin_units': m0008,
  '0009_record_attachments': m0009,
  '0010_meetings': m0010,
  '0011_interceptions': m0011,
};
