import { existsSync, renameSync, writeFileSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { privateFileMode, restrictToOwner } from '../files/private-files';
import { setAsideCorruptFile } from '../files/set-aside-corrupt-file';
import type { Clock } from '../ports';
import { migrateDatabase, type DatabaseMigration } from './database-migrations';

export const databaseFileName = 'hub.sqlite';

export interface OpenedDatabase {
  db: DatabaseSync;
  /** Set when the file on disk could not be used and was moved aside. */
  setAside: { backupPath: string; reason: string } | null;
}

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

/**
 * Opens (creating if needed) the hub's SQLite database and brings its schema up
 * to date. A file SQLite cannot read as a database
 * is moved aside with its WAL, timestamped, and a fresh database is created, so
 * the app starts and the operator is told — the old file is never deleted.
 */
export function openDatabase(path: string, clock: Clock, migrations?: readonly DatabaseMigration[]): OpenedDatabase {
  let setAside: OpenedDatabase['setAside'] = null;
  if (existsSync(path)) {
    let problem: string | null = null;
    try {
      const probe = new DatabaseSync(path);
      try {
        assertReadable(probe);
      } finally {
        probe.close();
      }
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
    if (problem) {
      const backupPath = setAsideCorruptFile(path, clock.now());
      for (const suffix of ['-wal', '-shm']) {
        if (existsSync(path + suffix)) renameSync(path + suffix, backupPath + suffix);
      }
      setAside = { backupPath, reason: problem };
    }
  }
  // Payloads hold order details: create the file owner-only; SQLite gives the
  // WAL and shared-memory files the same permissions.
  if (!existsSync(path)) writeFileSync(path, '', { mode: privateFileMode });
  restrictToOwner(path);
  const db = new DatabaseSync(path);
  configure(db);
  migrateDatabase(db, migrations);
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
