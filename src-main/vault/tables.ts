import type { Generated } from 'kysely';

/** Tables owned by the vault: office, accounts, settings, audit log, reference data, backups. */
export interface VaultTables {
  office_profile: {
    id: number;
    name_vi: string;
    name_km: string;
    name_en: string;
    code: string;
    province_code: string;
    place_vi: string;
    place_km: string;
    issuing_body_vi: string; // JSON string[]: lines top-left on documents
    issuing_body_km: string; // JSON string[]
    gate_codes: string; // JSON string[]
    updated_at: string;
    updated_by: string | null;
    version: number;
  };
  accounts: {
    id: string;
    username: string;
    display_name: string;
    rank: string;
    position: string;
    roles: string; // JSON Role[]
    disabled: number;
    must_change_password: number;
    password_changed_at: string;
    created_at: string;
    created_by: string | null;
    updated_at: string;
    updated_by: string | null;
    version: number;
  };
  settings: {
    key: string;
    value: string; // JSON
    updated_at: string;
    updated_by: string | null;
  };
  audit_log: {
    seq: number;
    at: string;
    account_id: string | null;
    actor: string;
    action: string;
    record_type: string | null;
    record_id: string | null;
    detail: string; // JSON
    prev_hash: string;
    hash: string;
  };
  reference_items: {
    kind: string;
    code: string;
    label_vi: string;
    label_km: string;
    label_en: string;
    parent_code: string | null;
    valid_from: string | null;
    valid_to: string | null;
    successor_code: string | null;
    sort: number;
    needs_review: number;
    active: number;
    data: string; // JSON of the kind-specific fields
    updated_at: string;
    updated_by: string | null;
    version: number;
  };
  backups: {
    id: Generated<number>;
    at: string;
    file: string;
    size_bytes: number;
    sha256: string;
    verified: number;
    by_account: string | null;
  };
}
