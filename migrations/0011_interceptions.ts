import { sql, type Kysely } from 'kysely';
import { seedRows } from '../src-main/reference/store.js';
import { withRecordColumns } from './record-columns.js';

/** Vocabularies that came with interceptions: new rows for a vault made before. */
const NEW_VOCABULARIES = ['vocabulary:screening_rule', 'vocabulary:crossing_method', 'vocabulary:travel_purpose'];

/**
 * Interceptions of illegal border crossings (issue 12) on the one record lifecycle. The interception row carries
 * the per-person counts the list filters and its statistics read (outcomes, screening levels, children), so a
 * page and the counts of the filtered set come from one table through its indexes; the persons and facilitators
 * are rows of `interception_persons`, which also answers a person's history.
 */
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('interceptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('interception_number', 'text', (c) => c.notNull().unique())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('event_date', 'text', (c) => c.notNull())
    .addColumn('marker', 'text', (c) => c.notNull())
    // Marker and unit folded (no diacritics, lower case, single spaces): what the list filters compare.
    .addColumn('marker_key', 'text', (c) => c.notNull())
    .addColumn('coordinates', 'text')
    .addColumn('place_description', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('unit_key', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('crossing_method', 'text')
    .addColumn('vehicles', 'text', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('person_count', 'integer', (c) => c.notNull())
    .addColumn('child_count', 'integer', (c) => c.notNull())
    .addColumn('returned_count', 'integer', (c) => c.notNull())
    .addColumn('sanction_count', 'integer', (c) => c.notNull())
    .addColumn('investigation_count', 'integer', (c) => c.notNull())
    .addColumn('victim_count', 'integer', (c) => c.notNull())
    .addColumn('no_outcome_count', 'integer', (c) => c.notNull())
    .addColumn('none_count', 'integer', (c) => c.notNull())
    .addColumn('some_count', 'integer', (c) => c.notNull())
    .addColumn('strong_count', 'integer', (c) => c.notNull())
    .$call(withRecordColumns)
    .execute();
  // The list: newest first, and each of its filters with the date beside it.
  await sql`CREATE INDEX interceptions_list ON interceptions (event_date DESC, at DESC, id DESC) WHERE deleted_at IS NULL`.execute(db);
  // The statistics of a filtered set sum these columns: read from this index, never from the wide rows.
  await sql`CREATE INDEX interceptions_stats ON interceptions (event_date, direction, person_count, returned_count, sanction_count, investigation_count, victim_count, no_outcome_count) WHERE deleted_at IS NULL`.execute(
    db,
  );
  await sql`CREATE INDEX interceptions_direction ON interceptions (direction, event_date DESC) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX interceptions_marker ON interceptions (marker_key, event_date DESC) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX interceptions_unit ON interceptions (unit_key, event_date DESC) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX interceptions_victims ON interceptions (event_date DESC) WHERE deleted_at IS NULL AND victim_count > 0`.execute(db);
  await sql`CREATE INDEX interceptions_children ON interceptions (event_date DESC) WHERE deleted_at IS NULL AND child_count > 0`.execute(db);

  await db.schema
    .createTable('interception_persons')
    .addColumn('interception_id', 'text', (c) => c.notNull().references('interceptions.id'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
    // 'intercepted' or 'facilitator'.
    .addColumn('part', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull())
    // A facilitator's HTCDS role; empty for an intercepted person.
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('child', 'integer')
    .addColumn('screening_level', 'text')
    // JSON: documents, destination, purpose, screening answers, outcomes… (InterceptedPersonInput without the person).
    .addColumn('details', 'text', (c) => c.notNull())
    // JSON ScreeningResult as computed when saved: the level and its reasons in words.
    .addColumn('screening_result', 'text')
    .addColumn('victim_case_id', 'text')
    .addPrimaryKeyConstraint('interception_persons_pk', ['interception_id', 'part', 'person_id'])
    .execute();
  await db.schema.createIndex('interception_persons_person').on('interception_persons').columns(['person_id', 'interception_id']).execute();

  // A vault made before: the new vocabularies, the indicators' HTCDS mappings and the provinces' border boxes.
  // A new vault is still empty here and gets them from the seed. Rows an administrator changed keep their labels.
  const seeded = await sql<{ n: number }>`select count(*) as n from reference_items`.execute(db);
  if (Number(seeded.rows[0]?.n ?? 0) > 0) {
    const rows = seedRows(new Date().toISOString());
    for (const row of rows.filter((r) => NEW_VOCABULARIES.includes(r.kind)))
      await sql`insert into reference_items (kind, code, label_vi, label_km, label_en, parent_code, valid_from, valid_to, successor_code, sort, needs_review, active, data, updated_at, updated_by, version)
                values (${row.kind}, ${row.code}, ${row.label_vi}, ${row.label_km}, ${row.label_en}, ${row.parent_code}, ${row.valid_from}, ${row.valid_to}, ${row.successor_code}, ${row.sort}, ${row.needs_review}, ${row.active}, ${row.data}, ${row.updated_at}, ${row.updated_by}, ${row.version})
                on conflict do nothing`.execute(db);
    for (const row of rows) {
      const data = JSON.parse(row.data ?? '{}') as Record<string, unknown>;
      const added =
        row.kind === 'vocabulary:trafficking_indicator'
          ? { meansOfControl: data.meansOfControl, recruitment: data.recruitment }
          : row.kind === 'admin_unit'
            ? { borderBox: data.borderBox }
            : {};
      const patch = Object.fromEntries(Object.entries(added).filter(([, value]) => value !== undefined));
      if (Object.keys(patch).length)
        await sql`update reference_items set data = json_patch(data, ${JSON.stringify(patch)}) where kind = ${row.kind} and code = ${row.code}`.execute(db);
    }
  }
}
