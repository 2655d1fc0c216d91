import Database from 'better-sqlite3-multiple-ciphers';
import { CompiledQuery, Kysely, Migrator, SqliteDialect, type DatabaseConnection, type Driver, type MigrationProvider } from 'kysely';
import { migrations } from '../../migrations/index.js';
import type { VaultTables } from './tables.js';

export type Sqlite = Database.Database;

/**
 * Opens the vault file with SQLCipher-4-compatible settings and a raw 256-bit key, so that with the key
 * the file opens in standard SQLCipher tools too (`PRAGMA cipher_compatibility = 4; PRAGMA key = "x'…'"`).
 * Throws SQLITE_NOTADB when the key is wrong.
 */
export function openEncryptedDatabase(file: string, dataKey: Buffer, nativeBinding?: string): Sqlite {
  const sqlite = new Database(file, nativeBinding ? { nativeBinding } : {});
  try {
    sqlite.pragma(`cipher='sqlcipher'`);
    sqlite.pragma('legacy=4');
    sqlite.pragma(`key="x'${dataKey.toString('hex')}'"`);
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get(); // fails here on a wrong key
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    // A print renders inside its write transaction (so a failed render numbers nothing): on a slow machine that can
    // hold the lock for several seconds. Another engine on the vault waits that long rather than fail the save.
    sqlite.pragma('busy_timeout = 30000');
    sqlite.pragma('secure_delete = ON');
    return sqlite;
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

/**
 * Transactions start with `BEGIN IMMEDIATE`: the write lock is taken at the start, so a second connection (another
 * engine on the same vault folder) waits for it (busy_timeout) instead of failing with SQLITE_BUSY when its read
 * turns into a write — a deferred `BEGIN` cannot wait for that, its snapshot is already stale.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  override createDriver(): Driver {
    const driver = super.createDriver();
    driver.beginTransaction = async (connection: DatabaseConnection) => {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    };
    return driver;
  }
}

export const createKysely = (sqlite: Sqlite) => new Kysely<VaultTables>({ dialect: new ImmediateSqliteDialect({ database: sqlite }) });

const provider: MigrationProvider = { getMigrations: async () => migrations };

export class SchemaTooNewError extends Error {
  constructor(readonly unknownMigrations: string[]) {
    super(`vault schema is newer than this app: ${unknownMigrations.join(', ')}`);
  }
}

/** Migration names this vault has run that this app does not know: a newer app wrote it. */
export async function unknownMigrations(db: Kysely<VaultTables>): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((table) => table.name === 'kysely_migration')) return [];
  const rows = await (db as unknown as Kysely<{ kysely_migration: { name: string } }>).selectFrom('kysely_migration').select('name').execute();
  return rows.map((row) => row.name).filter((name) => !Object.hasOwn(migrations, name));
}

/** Brings the schema up to date, each migration in a transaction. A newer schema is refused, never touched. */
export async function migrateToLatest(db: Kysely<VaultTables>) {
  const unknown = await unknownMigrations(db);
  if (unknown.length) throw new SchemaTooNewError(unknown);
  const migrator = new Migrator({ db, provider });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

/** Names of all migrations the app knows (latest last). */
export const knownMigrations = () => Object.keys(migrations);

let cachedVersion: string | null = null;
/** The SQLite (Multiple Ciphers) version of the native binding in use. */
export function sqliteVersion(nativeBinding?: string): string {
  if (cachedVersion) return cachedVersion;
  const sqlite = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
  try {
    cachedVersion = String(sqlite.prepare('SELECT sqlite_version()').pluck().get());
  } finally {
    sqlite.close();
  }
  return cachedVersion;
}
