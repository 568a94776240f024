import type { DatabaseSync } from 'node:sqlite';
import { rebuildAttemptRollupSql } from '../log/latency-buckets';
import { schemaV1 } from './schema-v1';
import { schemaV2 } from './schema-v2';
import { menuEditingSchema } from './schema-menu-editing';

/** One schema step; `version` is the `user_version` the database has after it. */
export interface DatabaseMigration {
  version: number;
  describe: string;
  sql: string;
}

export const databaseMigrations: readonly DatabaseMigration[] = [
  { version: 1, describe: 'events, deliveries and attempts with the log indexes', sql: schemaV1 },
  { version: 2, describe: 'store, menus (categories, items, modifiers) and checks', sql: schemaV2 },
  {
    version: 3,
    describe: 'attempts by time, for partner health over the last day and week',
    sql: 'CREATE INDEX attempts_by_time ON attempts (started_at);',
  },
  {
    version: 4,
    describe:
      'an hourly rollup of attempts by destination and latency, so partner health never sorts a week of attempts',
    sql: `CREATE TABLE attempt_rollup (
            destination_id TEXT NOT NULL,
            hour INTEGER NOT NULL,
            latency_bucket INTEGER NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (destination_id, hour, latency_bucket)
          ) STRICT, WITHOUT ROWID;
          ${rebuildAttemptRollupSql}`,
  },
  {
    version: 5,
    describe: "the kind of a destination's last failure, so alerts and the Dashboard can say where the fix is",
    // Filled from the newest failed attempt of each destination still failing (newest
    // delivery first, on the per-destination index); the rest get theirs on their next failure.
    sql: `ALTER TABLE destination_health ADD COLUMN last_failure TEXT;
          UPDATE destination_health SET last_failure = (
            SELECT a.failure FROM deliveries d JOIN attempts a ON a.delivery_id = d.id
            WHERE d.destination_id = destination_health.destination_id AND a.outcome = 'failed'
            ORDER BY d.id DESC, a.id DESC LIMIT 1)
          WHERE consecutive_failures > 0;`,
  },
  {
    version: 6,
    describe:
      'manual attempts counted apart and the interrupted retry time kept, so an operator’s resend never ends automatic retries',
    // manual_attempts: the retry schedule counts only the other attempts.
    // resume_at: while an operator's resend of a retrying delivery is queued, when its
    // next automatic attempt was due; a failed resend goes back to the schedule there.
    // Only deliveries that ever had a manual attempt are counted (a scan of attempts, once).
    sql: `ALTER TABLE deliveries ADD COLUMN manual_attempts INTEGER NOT NULL DEFAULT 0;
          ALTER TABLE deliveries ADD COLUMN resume_at INTEGER;
          UPDATE deliveries SET manual_attempts =
            (SELECT COUNT(*) FROM attempts a WHERE a.delivery_id = deliveries.id AND a.manual = 1)
          WHERE id IN (SELECT delivery_id FROM attempts WHERE manual = 1);`,
  },
  {
    version: 7,
    describe:
      "webhooks by destination and time, so partner health counts a week's webhooks and how many got through from the index alone",
    // state last: the counts of delivered (and the superseded left out) read it from the index, no table row.
    sql: 'CREATE INDEX deliveries_by_destination_created ON deliveries (destination_id, created_at, state);',
  },
  {
    version: 8,
    describe: "item pictures, 86 until a time, required modifier groups and 86'd modifier options",
    sql: menuEditingSchema,
  },
  {
    version: 9,
    describe: 'order webhooks an operator handled by phone after their deadline, with who and when',
    // Its own table, not columns on deliveries: the log's rows stay as they were, and a
    // handled delivery is one indexed lookup away for the deadline watcher.
    sql: `CREATE TABLE order_deadline_handled (
            delivery_id INTEGER PRIMARY KEY REFERENCES deliveries(id),
            handled_at INTEGER NOT NULL,
            handled_by TEXT NOT NULL
          ) STRICT;`,
  },
];

/**
 * Applies every migration newer than the database's `user_version`, each in its
 * own transaction together with the version bump, so a crash mid-way leaves a
 * database at a known version. A database from a newer app is refused.
 */
export function migrateDatabase(db: DatabaseSync, migrations: readonly DatabaseMigration[] = databaseMigrations): void {
  const current = (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new Error(
      `The database was written by a newer version of Integration Hub (schema ${current}, this version knows ${latest}).`,
    );
  }
  for (const migration of migrations) {
    if (migration.version <= current) continue;
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(migration.sql);
      db.exec(`PRAGMA user_version = ${migration.version}`);
      db.exec('COMMIT');
    } catch (error) {
      db.exec('ROLLBACK');
      throw error;
    }
  }
}
