import type { Transaction } from 'kysely';
import type { AuditFn } from '../vault/open-vault.js';
import type { VaultTables } from '../vault/tables.js';

/**
 * A victim case opened from another record (an interception's possible victims), without the kinds importing one
 * another: the record kind asks through this hook, the repatriation kind answers, and the engine's composition
 * root wires the two (like `linkTargets`). It runs inside the asking record's write transaction, so the case, its
 * members and the asking record's change commit or fail together.
 */
export interface VictimCaseMember {
  personId: string;
  /** HTCDS means of control (`means_of_control` codes) the screening answers map to. */
  meansOfControl: string[];
  /** HTCDS recruitment method (`recruitment_method` code), when an answer maps to one. */
  recruitment: string | null;
  remarks: string;
}

export interface VictimCaseRequest {
  /** An open case to add the persons to; a new case when null. */
  caseId: string | null;
  direction: 'receiving_from_kh' | 'handing_over_to_kh';
  /** The day the persons were identified (the new case's request date). */
  eventDate: string;
  members: VictimCaseMember[];
  /** The record the persons come from: linked to the case through `record_links`. */
  source: { kind: string; id: string; number: string };
}

export interface VictimCaseOpened {
  caseId: string;
  caseNumber: string;
  created: boolean;
}

export type OpenVictimCase = (trx: Transaction<VaultTables>, request: VictimCaseRequest, stamp: { at: string; by: string; audit: AuditFn }) => Promise<VictimCaseOpened>;
