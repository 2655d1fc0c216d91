import type { Generated } from 'kysely';

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
};
