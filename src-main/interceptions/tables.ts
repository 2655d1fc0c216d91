import type { PeopleTables } from '../people/tables.js';
import type { RecordLifecycleColumns } from '../records/tables.js';

export type InterceptionTables = PeopleTables & {
  interceptions: RecordLifecycleColumns & {
    interception_number: string;
    at: string;
    /** The local day of `at`: the list's and the reports' date. */
    event_date: string;
    marker: string;
    marker_key: string;
    coordinates: string | null; // JSON { lat, lon }
    place_description: string;
    unit: string;
    unit_key: string;
    direction: string;
    crossing_method: string | null;
    vehicles: string; // JSON
    items: string; // JSON
    notes: string;
    /** Per-person counts, for the list's filters and statistics. */
    person_count: number;
    child_count: number;
    returned_count: number;
    sanction_count: number;
    investigation_count: number;
    victim_count: number;
    no_outcome_count: number;
    none_count: number;
    some_count: number;
    strong_count: number;
  };
  interception_persons: {
    interception_id: string;
    person_id: string;
    part: 'intercepted' | 'facilitator';
    sort: number;
    role: string;
    child: number | null;
    screening_level: string | null;
    details: string; // JSON
    screening_result: string | null; // JSON ScreeningResult
    victim_case_id: string | null;
  };
};
