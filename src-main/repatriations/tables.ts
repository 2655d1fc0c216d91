import type { Generated } from 'kysely';
import type { PeopleTables } from '../people/tables.js';

export type RepatriationTables = PeopleTables & {
  repatriation_cases: {
    id: string;
    case_number: string;
    direction: string;
    stage: string;
    request_source: string;
    counterpart_reference: string;
    requested_on: string;
    verification_deadline: string | null;
    agreed_date: string | null;
    gate_code: string | null;
    transport_mode: string | null;
    handover_at: string | null;
    place_note: string;
    dossier_checked: number;
    identity_check_done: number;
    health_summary: string;
    summary: string;
    event_date: string;
    person_count: number;
    child_count: number;
    approved_at: string | null;
    approved_by: string | null;
    created_at: string;
    created_by: string;
    updated_at: string;
    updated_by: string;
    version: number;
    deleted_at: string | null;
    deleted_by: string | null;
    delete_reason: string | null;
  };
  case_members: {
    case_id: string;
    person_id: string;
    sort: number;
    role: string;
    exploitation_types: string; // JSON
    means_of_control: string; // JSON
    recruitment: string | null;
    exploitation_place: string;
    exploitation_country: string | null;
    health_status: string;
    health_note: string;
    needs: string;
    consent_to_share: number;
    remarks: string;
  };
  case_details: {
    case_id: string;
    delegations: string;
    items: string;
    referrals: string;
    internal_handover: string | null;
  };
  case_stage_history: {
    id: Generated<number>;
    case_id: string;
    from_stage: string | null;
    to_stage: string;
    at: string;
    by: string;
    note: string;
  };
};
