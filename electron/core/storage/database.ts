import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { pathToFileURL } from 'node:url';
import { restrictToOwner } from '../files/private-files';
import { setAsideCorruptFile } from '../files/set-aside-corrupt-file';
import type { Clock } from '../ports';
import { WrittenByNewerVersion } from '../startup/newer-version';
import { databaseMigrations, migrateDatabase, type DatabaseMigration } from './database-migrations';
import { readLostData, type LostData } from './lost-data';

export const databaseFileName = 'hub.sqlite';

/** A database file that could not be used: where it went, why, and what it held as far as can be told. */
export interface SetAsideDatabase {
  backupPath: string;
  /** In the operator's words: "the file is empty", "it is not a database", … */
  reason: string;
  /** Counts read from the old file; null when it could not be read at all. */
  lost: LostData | null;
}

export interface OpenedDatabase {
  db: DatabaseSync;
  /** Set when the file on disk could not be used and was moved aside. */
  setAside: SetAsideDatabase | null;
}

export interface OpenDatabaseOptions {
  /** This app's version: recorded in the database, and named when a newer one wrote it. */
  appVersion: string;
  migrations?: readonly DatabaseMigration[];
}

/** Tables every current database has; one missing means the file was damaged or tampered with. */
const requiredTables = [
  'meta',
  'events',
  'resource_sequences',
  'deliveries',
  'attempts',
  'destination_health',
  'event_search',
  'store',
  'menus',
  'menu_categories',
  'menu_items',
  'modifier_groups',
  'modifier_options',
  'checks',
  'check_lines',
  'attempt_rollup',
];

function configure(db: DatabaseSync): void {
  // WAL lets the UI read the log while the engine writes; FULL makes every
  // commit durable before the operator sees "saved", even across a power cut.
  db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = FULL');
  db.exec('PRAGMA foreign_keys = ON');
  db.exec('PRAGMA busy_timeout = 5000');
  db.exec('PRAGMA temp_store = MEMORY');
}

/**
 * A start-up check that costs the same for a thousand rows as for millions:
 * the header, the schema and the page count must be readable. (quick_check
 * reads every page — over a second on a large log — so it is not run here.)
 */
function assertReadable(db: DatabaseSync): void {
  // Each throws ("file is not a database", "malformed") when the file is unusable.
  db.prepare('SELECT COUNT(*) AS n FROM sqlite_schema').get();
  db.prepare('PRAGMA page_count').get();
}

const userVersion = (db: DatabaseSync): number =>
  (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;

function missingTables(db: DatabaseSync): string[] {
  const present = new Set(
    (db.prepare(`SELECT name FROM sqlite_schema WHERE type = 'table'`).all() as { name: string }[]).map((r) => r.name),
  );
  return requiredTables.filter((name) => !present.has(name));
}

/** The app version a newer database recorded, if it can be read without writing anything. */
function writtenBy(db: DatabaseSync): string | null {
  try {
    const row = db.prepare(`SELECT value FROM meta WHERE key = 'app_version'`).get() as { value: string } | undefined;
    return row?.value ?? null;
  } catch {
    return null;
  }
}

/** Stops the start on a database from a newer version (`WrittenByNewerVersion`), before anything writes to it. */
function refuseNewer(db: DatabaseSync, path: string, latest: number, appVersion: string): void {
  const version = userVersion(db);
  if (version <= latest) return;
  throw new WrittenByNewerVersion({
    what: 'The delivery database',
    path,
    writtenBy: writtenBy(db),
    formatVersion: version,
    knownVersion: latest,
    thisVersion: appVersion,
  });
}

/** Why an existing file cannot be used as it is, or null when it can (it may still need migrating). */
function inspect(path: string, latest: number, appVersion: string): string | null {
  // An empty file is never ours: a new database is created whole and then renamed into place.
  if (statSync(path).size === 0 && !(existsSync(`${path}-wal`) && statSync(`${path}-wal`).size > 0))
    return 'the file is empty';
  let probe: DatabaseSync;
  try {
    // Immutable: reads the file without locking it or creating its -wal and -shm companions.
    const url = pathToFileURL(path);
    url.searchParams.set('immutable', '1');
    probe = new DatabaseSync(url, { readOnly: true });
  } catch (error) {
    return `it could not be opened: ${error instanceof Error ? error.message : String(error)}`;
  }
  try {
    assertReadable(probe);
    refuseNewer(probe, path, latest, appVersion);
    return null;
  } catch (error) {
    if (error instanceof WrittenByNewerVersion) throw error;
    return `it is not a readable database (${error instanceof Error ? error.message : String(error)})`;
  } finally {
    probe.close();
  }
}

/** Creates an empty database at `path` whole: built beside it, then renamed into place. */
function createFresh(path: string): void {
  const building = `${path}.new`;
  for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(building + suffix, { force: true });
  const db = new DatabaseSync(building);
  // Payloads hold order details: owner-only (SQLite gives its WAL the same mode).
  restrictToOwner(building);
  // Writes the header, so the file is never empty once it has its real name.
  db.exec('PRAGMA journal_mode = WAL');
  db.close();
  renameSync(building, path);
}

function moveAside(path: string, clock: Clock, reason: string): SetAsideDatabase {
  const lost = readLostData(path);
  const backupPath = setAsideCorruptFile(path, clock.now());
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(path + suffix)) renameSync(path + suffix, backupPath + suffix);
  }
  return { backupPath, reason, lost };
}

/** Opens, configures and migrates; a failure leaves nothing open. */
function openAndMigrate(path: string, migrations: readonly DatabaseMigration[], appVersion: string): DatabaseSync {
  const db = new DatabaseSync(path);
  try {
    // Again with the WAL applied: a newer version may have migrated without checkpointing yet.
    refuseNewer(db, path, migrations.at(-1)?.version ?? 0, appVersion);
    configure(db);
    migrateDatabase(db, migrations);
    const missing = missingTables(db);
    if (missing.length > 0) throw new Error(`parts of it are missing (${missing.join(', ')})`);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Opens (creating if needed) the hub's SQLite database and brings its schema up
 * to date. A file that cannot be used — empty, not a database, with tables
 * missing, or failing to migrate — is moved aside with its WAL, timestamped, and
 * a fresh database is created, so the app starts and the operator is told what
 * was lost; the old file is never deleted. A database written by a newer version
 * is not touched at all: the start stops with `WrittenByNewerVersion`.
 */
export function openDatabase(path: string, clock: Clock, options: OpenDatabaseOptions): OpenedDatabase {
  const migrations = options.migrations ?? databaseMigrations;
  const latest = migrations.at(-1)?.version ?? 0;
  let setAside: SetAsideDatabase | null = null;
  if (existsSync(path)) {
    const problem = inspect(path, latest, options.appVersion);
    if (problem) setAside = moveAside(path, clock, problem);
  }
  if (!existsSync(path)) createFresh(path);
  restrictToOwner(path);

  let db: DatabaseSync;
  try {
    db = openAndMigrate(path, migrations, options.appVersion);
  } catch (error) {
    // A fresh database failing means this version itself is broken: say so, do not loop.
    if (setAside || error instanceof WrittenByNewerVersion) throw error;
    const reason = `it could not be updated for this version: ${error instanceof Error ? error.message : String(error)}`;
    setAside = moveAside(path, clock, reason);
    createFresh(path);
    db = openAndMigrate(path, migrations, options.appVersion);
  }
  // Which version last opened it: named to the operator if an older version meets it later.
  db.prepare(
    `INSERT INTO meta (key, value) VALUES ('app_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  ).run(options.appVersion);
  // Gathers planner statistics where they are missing or stale (cheap when fresh).
  db.exec('PRAGMA optimize = 0x10002');
  return { db, setAside };
}

/**
 * Runs `work` in one write transaction. BEGIN IMMEDIATE takes the write lock up
 * front, so two writers never deadlock upgrading read locks.
 */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.isTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
