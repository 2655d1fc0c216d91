import type { Generated } from 'kysely';

/**
 * The lifecycle columns of every record kind's main table (repatriation_cases, meetings, interceptions):
 * version and stamps, soft delete with a reason, the commander's approval.
 */
export interface RecordLifecycleColumns {
  id: string;
  version: number;
  created_at: string;
  created_by: string;
  updated_at: string;
  updated_by: string;
  deleted_at: string | null;
  deleted_by: string | null;
  delete_reason: string | null;
  approved_at: string | null;
  approved_by: string | null;
}

/** The lifecycle columns of a record being created: version 1, stamped, not approved, not deleted. */
export const newRecordColumns = (at: string, by: string) => ({
  approved_at: null,
  approved_by: null,
  created_at: at,
  created_by: by,
  updated_at: at,
  updated_by: by,
  version: 1,
  deleted_at: null,
  deleted_by: null,
  delete_reason: null,
});

/** The review step of every record kind, keyed by (record_kind, record_id). */
export type RecordTables = {
  record_reviews: {
    record_kind: string;
    record_id: string;
    state: string;
    changed_since_approval: number;
    /** Account that created the record: whose home page shows it when returned. */
    author: string;
    updated_at: string;
  };
  record_events: {
    id: Generated<number>;
    record_kind: string;
    record_id: string;
    kind: string;
    at: string;
    by: string;
    text: string;
    changed: string; // JSON string[]
  };
  /** Scans of signed minutes and photos, stored inside the encrypted vault (never as loose files). */
  record_attachments: {
    id: string;
    record_kind: string;
    record_id: string;
    file_name: string;
    mime_type: string;
    size_bytes: number;
    sha256: string;
    content: Buffer;
    description: string;
    uploaded_at: string;
    uploaded_by: string;
  };
  /** Records a record names (a meeting's discussed cases and interceptions). */
  record_links: {
    record_kind: string;
    record_id: string;
    target_kind: string;
    target_id: string;
  };
};
