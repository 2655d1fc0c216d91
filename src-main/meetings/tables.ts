import type { RecordLifecycleColumns } from '../records/tables.js';

export type MeetingTables = {
  meetings: RecordLifecycleColumns & {
    meeting_number: string;
    type: string;
    level: string;
    counterpart_code: string;
    start_at: string;
    end_at: string | null;
    /** The local day of the start: the log's and the reports' date. */
    event_date: string;
    host: string;
    place: string;
    place_km: string;
    delegates: string; // JSON MeetingDelegate[]
    agenda: string; // JSON { text, textKm }[]
    proposals: string;
    notes: string;
    vn_delegates: number;
    kh_delegates: number;
    search_text: string;
  };
  meeting_exchanges: {
    meeting_id: string;
    sort: number;
    topic: string;
    direction: string;
    summary: string;
    summary_km: string;
    sensitivity: string;
  };
  meeting_actions: {
    id: string;
    meeting_id: string;
    sort: number;
    text: string;
    text_km: string;
    owner_side: string;
    owner: string;
    owner_km: string;
    due: string | null;
    status: string;
    follow_ups: string; // JSON { on, note }[]
    carried_from: string | null;
  };
};
