import { sql, type Kysely } from 'kysely';
import { loadAdminUnitSeeds, seedAdminUnits, type AdminUnitTables } from '../src-main/reference/admin-units-store.js';

/**
 * Every administrative unit of Viet Nam (before and from 1 Jul 2025, with the old → new links) and of
 * Cambodia (NCDD gazetteer): official facts shipped with the app, filled here so that every vault, new or
 * old, has them. Kept apart from `reference_items` (30k rows; that table is listed whole on screen).
 */
export async function up(db: Kysely<unknown>) {
  await db.schema
    .createTable('admin_units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('official_code', 'text', (c) => c.notNull())
    .addColumn('parent_id', 'text', (c) => c.references('admin_units.id'))
    .addColumn('name_vi', 'text', (c) => c.notNull())
    .addColumn('name_km', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('type_km', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text')
    .addColumn('valid_to', 'text')
    .addColumn('search_key', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('admin_units_parent').on('admin_units').column('parent_id').execute();
  await db.schema
    .createTable('admin_unit_links')
    .addColumn('from_id', 'text', (c) => c.notNull().references('admin_units.id'))
    .addColumn('to_id', 'text', (c) => c.notNull().references('admin_units.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('full', 'partial')`))
    .addPrimaryKeyConstraint('admin_unit_links_pk', ['from_id', 'to_id'])
    .execute();
  await seedAdminUnits(db as Kysely<AdminUnitTables>, await loadAdminUnitSeeds());
}
