/** People: shared by repatriations and (later) interceptions; the same person can appear in several cases. */
export type PeopleTables = {
  people: {
    id: string;
    full_name_vi: string;
    name_km: string;
    name_latin: string;
    aliases: string; // JSON string[]
    search_text: string; // folded names in every script, for the trigram index
    sex: string;
    birth_exact: string | null;
    birth_year: number | null;
    birth_est_years: number | null;
    birth_est_at: string | null;
    nationality: string;
    id_documents: string; // JSON
    address: string; // JSON
    contacts: string;
    guardian: string | null; // JSON
    created_at: string;
    created_by: string;
    updated_at: string;
    updated_by: string;
    version: number;
  };
};
