import { CompiledQuery, sql, type Kysely, type Selectable } from 'kysely';
import type { ReadableDb, WritableDb } from '../vault/db-access.js';
import type { AdminUnit, AdminUnitHit, AdminUnitLevel, AdminUnitLookup, AdminUnitSearch, AdminUnitsGet } from '../../src-shared/contract/reference.js';
import { foldForSearch } from '../../src-shared/text/fold.js';
import type { KhSeed, LinkKind, VnSeed } from './admin-unit-seeds.js';

/** The tables of migration 0008: every administrative unit of both countries, and the 2025 successor links. */
// A type alias, not an interface: Kysely's withTables needs an index-compatible type.
export type AdminUnitTables = {
  admin_units: {
    id: string;
    country: 'VN' | 'KH';
    level: AdminUnitLevel;
    official_code: string;
    parent_id: string | null;
    name_vi: string;
    name_km: string;
    name_en: string;
    /** Khmer unit type (ស្រុក, ក្រុង, ខណ្ឌ, ឃុំ, សង្កាត់, ភូមិ); empty for Viet Nam, whose names carry it. */
    type_km: string;
    valid_from: string | null;
    valid_to: string | null;
    /** All names folded (`foldForSearch`): lower case, no diacritics; Khmer as is. */
    search_key: string;
    /** The name without its unit type, folded: ranks "Hà Nội" above "Phường Hà Nội…" for "ha noi". */
    name_key: string;
  };
  admin_unit_links: { from_id: string; to_id: string; kind: LinkKind };
};

type Row = AdminUnitTables['admin_units'];
type Db = ReadableDb<AdminUnitTables>;
/** Seeding runs in a migration (a plain Kysely) as well as inside a write. */
type Seeder = Kysely<AdminUnitTables> | WritableDb<AdminUnitTables>;

/** Seed rows of both countries (pure: the same seeds give the same rows; search keys come with the seed). */
export function adminUnitRows(vn: VnSeed, kh: KhSeed): { units: Row[]; links: AdminUnitTables['admin_unit_links'][] } {
  const units: Row[] = [];
  for (const [id, level, code, parent, vi, km, en, validFrom, validTo, searchKey, nameKey] of vn.units)
    units.push({
      id,
      country: 'VN',
      level,
      official_code: code,
      parent_id: parent,
      name_vi: vi,
      name_km: km,
      name_en: en,
      type_km: '',
      valid_from: validFrom,
      valid_to: validTo,
      search_key: searchKey,
      name_key: nameKey,
    });
  // Vietnamese screens write Cambodian places in Latin script.
  for (const [id, level, code, parent, km, latin, type, searchKey, nameKey] of kh.units)
    units.push({
      id,
      country: 'KH',
      level,
      official_code: code,
      parent_id: parent,
      name_vi: latin,
      name_km: km,
      name_en: latin,
      type_km: type,
      valid_from: null,
      valid_to: null,
      search_key: searchKey,
      name_key: nameKey,
    });
  return { units, links: vn.links.map(([from_id, to_id, kind]) => ({ from_id, to_id, kind })) };
}

/** Loaded only when needed (setup, migration, bench): 3 MB of JSON stays out of the engine's start-up. */
export async function loadAdminUnitSeeds(): Promise<{ vn: VnSeed; kh: KhSeed }> {
  const [vn, kh] = await Promise.all([import('./seeds/vn-admin-units.json', { with: { type: 'json' } }), import('./seeds/kh-admin-units.json', { with: { type: 'json' } })]);
  return { vn: vn.default as VnSeed, kh: kh.default as KhSeed };
}

/** Multi-row INSERTs of pre-built SQL (no query builder per row): ~30k rows in one transaction, fast. */
async function insertMany<T extends object>(db: Seeder, table: string, rows: readonly T[]) {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!) as (keyof T)[];
  const chunk = Math.floor(30000 / columns.length); // SQLite allows 32,766 bound values per statement
  const tuple = `(${columns.map(() => '?').join(',')})`;
  for (let start = 0; start < rows.length; start += chunk) {
    const slice = rows.slice(start, start + chunk);
    const text = `INSERT INTO ${table} (${columns.join(',')}) VALUES ${Array(slice.length).fill(tuple).join(',')}`;
    await db.executeQuery(
      CompiledQuery.raw(
        text,
        slice.flatMap((item) => columns.map((column) => item[column])),
      ),
    );
  }
}

/** Fills the (empty) tables; call inside the caller's transaction. Returns the number of units. */
export async function seedAdminUnits(db: Seeder, seeds: { vn: VnSeed; kh: KhSeed }): Promise<number> {
  const { units, links } = adminUnitRows(seeds.vn, seeds.kh);
  await insertMany(db, 'admin_units', units);
  await insertMany(db, 'admin_unit_links', links);
  return units.length;
}

// ——— reading ———

const LEVEL_RANK = sql<number>`case u.level when 'province' then 0 when 'district' then 1 when 'commune' then 2 else 3 end`;
/** `%`, `_` and `\` typed by the user are letters, not patterns. */
const likeEscape = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const validAt = (at: string) => sql<boolean>`(u.valid_from is null or u.valid_from <= ${at}) and (u.valid_to is null or u.valid_to >= ${at})`;

const toUnit = (unit: Selectable<Row>): AdminUnit => ({
  id: unit.id,
  country: unit.country,
  level: unit.level,
  officialCode: unit.official_code,
  nameVi: unit.name_vi,
  nameKm: unit.name_km,
  nameEn: unit.name_en,
  typeKm: unit.type_km,
  validFrom: unit.valid_from,
  validTo: unit.valid_to,
});

/** Each unit with its parents (commune → district → province; a village has four levels). */
async function withPaths(db: Db, units: Selectable<Row>[]): Promise<AdminUnitHit[]> {
  const known = new Map(units.map((unit) => [unit.id, unit]));
  let missing = [...new Set(units.map((unit) => unit.parent_id).filter((id): id is string => id !== null && !known.has(id)))];
  while (missing.length > 0) {
    const parents = await db.selectFrom('admin_units').selectAll().where('id', 'in', missing).execute();
    for (const parent of parents) known.set(parent.id, parent);
    missing = [...new Set(parents.map((parent) => parent.parent_id).filter((id): id is string => id !== null && !known.has(id)))];
  }
  return units.map((unit) => {
    const path: AdminUnit[] = [];
    for (let parent = unit.parent_id ? known.get(unit.parent_id) : undefined; parent; parent = parent.parent_id ? known.get(parent.parent_id) : undefined)
      path.push(toUnit(parent));
    return { ...toUnit(unit), path };
  });
}

/**
 * Units of a country valid at a date whose name contains the query: Vietnamese without diacritics
 * ("ha noi" finds Hà Nội), Khmer as a substring. No province needed first. Best first: the name itself, then
 * names starting with the query, then larger units.
 */
export async function searchAdminUnits(db: Db, input: AdminUnitSearch): Promise<AdminUnitHit[]> {
  const folded = foldForSearch(input.query);
  const pattern = `%${likeEscape(folded)}%`;
  let query = db
    .selectFrom('admin_units as u')
    .selectAll('u')
    .where('u.country', '=', input.country)
    .where(validAt(input.at))
    .where(sql<boolean>`u.search_key like ${pattern} escape '\\'`);
  if (input.levels && input.levels.length > 0) query = query.where('u.level', 'in', input.levels);
  const units = await query
    .orderBy(sql`u.name_key = ${folded} or u.name_km = ${folded}`, 'desc')
    .orderBy(sql`u.name_key like ${`${likeEscape(folded)}%`} escape '\\' or u.name_km like ${`${likeEscape(folded)}%`} escape '\\'`, 'desc')
    .orderBy(LEVEL_RANK)
    .orderBy(sql`length(u.name_key)`)
    .orderBy('u.id')
    .limit(input.limit)
    .execute();
  return withPaths(db, units);
}

/**
 * Units by id, as they stand at a date: a record keeps the unit valid at its own date; when the unit had
 * ended by then, its successors. `resolved` is set only when the whole unit went into one new unit; a
 * `partial` link (part of the old unit went here) leaves the choice to the user.
 */
export async function getAdminUnits(db: Db, input: AdminUnitsGet): Promise<AdminUnitLookup[]> {
  const units = await withPaths(db, await db.selectFrom('admin_units as u').selectAll('u').where('u.id', 'in', input.ids).execute());
  const links = await db.selectFrom('admin_unit_links').selectAll().where('from_id', 'in', input.ids).orderBy('to_id').execute();
  const targets = links.length
    ? await withPaths(
        db,
        await db
          .selectFrom('admin_units as u')
          .selectAll('u')
          .where('u.id', 'in', [...new Set(links.map((link) => link.to_id))])
          .execute(),
      )
    : [];
  const byId = new Map([...units, ...targets].map((unit) => [unit.id, unit]));
  return input.ids.map((id) => {
    const unit = byId.get(id) ?? null;
    const valid = unit !== null && (unit.validFrom === null || unit.validFrom <= input.at) && (unit.validTo === null || unit.validTo >= input.at);
    const ended = unit !== null && unit.validTo !== null && unit.validTo < input.at;
    const successors = ended ? links.filter((link) => link.from_id === id).map((link) => ({ kind: link.kind, unit: byId.get(link.to_id)! })) : [];
    const only = successors.length === 1 && successors[0]!.kind === 'full' ? successors[0]!.unit : null;
    return { id, unit, validAt: valid, successors, resolved: only };
  });
}
