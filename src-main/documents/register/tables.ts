/** Tables of the documents capability: label translations and the register of issued documents. */
export type DocumentTables = {
  document_labels: {
    key: string;
    vi: string;
    km: string;
    en: string;
    needs_review: number;
    updated_at: string;
    updated_by: string | null;
    version: number;
  };
  document_register: {
    id: string;
    template: string;
    type_code: string;
    year: number;
    seq: number;
    number: string;
    record_type: string;
    record_id: string;
    content_hash: string;
    source_hash: string;
    issued_at: string;
    issued_by: string;
    copies_printed: number;
  };
};
