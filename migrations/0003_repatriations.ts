import { sql, type Kysely } from 'kysely';

/** People (shared by repatriations and, later, interceptions) and repatriation cases. */
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('full_name_vi', 'text', (c) => c.notNull())
    .addColumn('name_km', 'text', (c) => c.notNull())
    .addColumn('name_latin', 'text', (c) => c.notNull())
    .addColumn('aliases', 'text', (c) => c.notNull())
    .addColumn('search_text', 'text', (c) => c.notNull())
    .addColumn('sex', 'text', (c) => c.notNull())
    .addColumn('birth_exact', 'text')
    .addColumn('birth_year', 'integer')
    .addColumn('birth_est_years', 'integer')
    .addColumn('birth_est_at', 'text')
    .addColumn('nationality', 'text', (c) => c.notNull())
    .addColumn('id_documents', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('contacts', 'text', (c) => c.notNull())
    .addColumn('guardian', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('people_birth').on('people').columns(['birth_exact', 'birth_year']).execute();
  // Substring search over folded names in every script (Vietnamese without diacritics, Khmer as written).
  await sql`CREATE VIRTUAL TABLE people_fts USING fts5(search_text, tokenize = 'trigram')`.execute(db);
  await sql`CREATE TRIGGER people_fts_insert AFTER INSERT ON people BEGIN
    INSERT INTO people_fts(rowid, search_text) VALUES (new.rowid, new.search_text); END`.execute(db);
  await sql`CREATE TRIGGER people_fts_update AFTER UPDATE OF search_text ON people BEGIN
    UPDATE people_fts SET search_text = new.search_text WHERE rowid = new.rowid; END`.execute(db);
  await sql`CREATE TRIGGER people_fts_delete AFTER DELETE ON people BEGIN
    DELETE FROM people_fts WHERE rowid = old.rowid; END`.execute(db);

  await db.schema
    .createTable('repatriation_cases')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_number', 'text', (c) => c.notNull().unique())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('stage', 'text', (c) => c.notNull())
    .addColumn('request_source', 'text', (c) => c.notNull())
    .addColumn('counterpart_reference', 'text', (c) => c.notNull())
    .addColumn('requested_on', 'text', (c) => c.notNull())
    .addColumn('verification_deadline', 'text')
    .addColumn('agreed_date', 'text')
    .addColumn('gate_code', 'text')
    .addColumn('transport_mode', 'text')
    .addColumn('handover_at', 'text')
    .addColumn('place_note', 'text', (c) => c.notNull())
    .addColumn('dossier_checked', 'integer', (c) => c.notNull())
    .addColumn('identity_check_done', 'integer', (c) => c.notNull())
    .addColumn('health_summary', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('event_date', 'text', (c) => c.notNull())
    .addColumn('person_count', 'integer', (c) => c.notNull())
    .addColumn('child_count', 'integer', (c) => c.notNull())
    .addColumn('approved_at', 'text')
    .addColumn('approved_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addColumn('deleted_by', 'text')
    .addColumn('delete_reason', 'text')
    .execute();
  await db.schema.createIndex('repatriation_cases_list').on('repatriation_cases').columns(['deleted_at', 'requested_on']).execute();
  await db.schema.createIndex('repatriation_cases_stage').on('repatriation_cases').columns(['stage', 'verification_deadline']).execute();

  await db.schema
    .createTable('case_members')
    .addColumn('case_id', 'text', (c) => c.notNull().references('repatriation_cases.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('exploitation_types', 'text', (c) => c.notNull())
    .addColumn('means_of_control', 'text', (c) => c.notNull())
    .addColumn('recruitment', 'text')
    .addColumn('exploitation_place', 'text', (c) => c.notNull())
    .addColumn('exploitation_country', 'text')
    .addColumn('health_status', 'text', (c) => c.notNull())
    .addColumn('health_note', 'text', (c) => c.notNull())
    .addColumn('needs', 'text', (c) => c.notNull())
    .addColumn('consent_to_share', 'integer', (c) => c.notNull())
    .addColumn('remarks', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('case_members_pk', ['case_id', 'person_id'])
    .execute();
  await db.schema.createIndex('case_members_person').on('case_members').column('person_id').execute();

  // Delegations, items and referrals are replaced as a whole with the case: a JSON column each keeps it simple.
  await db.schema
    .createTable('case_details')
    .addColumn('case_id', 'text', (c) => c.primaryKey().references('repatriation_cases.id'))
    .addColumn('delegations', 'text', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('referrals', 'text', (c) => c.notNull())
    .addColumn('internal_handover', 'text')
    .execute();

  await db.schema
    .createTable('case_stage_history')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('case_id', 'text', (c) => c.notNull().references('repatriation_cases.id'))
    .addColumn('from_stage', 'text')
    .addColumn('to_stage', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('by', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_stage_history_case').on('case_stage_history').column('case_id').execute();

  await db.schema
    .createTable('case_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('case_id', 'text', (c) => c.notNull().references('repatriation_cases.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('mime_type', 'text', (c) => c.notNull())
    .addColumn('size_bytes', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content', 'blob', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_attachments_case').on('case_attachments').column('case_id').execute();
}
