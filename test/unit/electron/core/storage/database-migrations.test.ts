import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { latencyBucket } from '../../../../../electron/core/log/latency-buckets';
import { databaseMigrations, migrateDatabase } from '../../../../../electron/core/storage/database-migrations';

const hour = 3_600_000;

function version(db: DatabaseSync): number {
  return (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version;
}

describe('database migrations', () => {
  it('v4 counts the attempts a v3 database already holds into the hourly health rollup', () => {
    const db = new DatabaseSync(':memory:');
    migrateDatabase(
      db,
      databaseMigrations.filter((m) => m.version <= 3),
    );
    expect(version(db)).toBe(3);
    db.exec(
      `INSERT INTO events (id, type, resource_type, resource_id, resource_sequence, created_at) VALUES ('evt_1', 'order.created', 'order', 'c1', 1, 0)`,
    );
    db.exec(`INSERT INTO deliveries (event_seq, event_type, destination_id, destination_name, resource_key, supersedable, state, created_at, updated_at)
             VALUES (1, 'order.created', 'partner:a', 'A', 'order:c1', 0, 'delivered', 0, 0)`);
    const attempt = db.prepare(
      `INSERT INTO attempts (delivery_id, started_at, url, request_headers, outcome, status, latency_ms) VALUES (1, ?, 'u', '{}', ?, ?, ?)`,
    );
    for (const [at, outcome, ms] of [
      [10 * hour + 5, 'delivered', 42],
      [10 * hour + 9, 'delivered', 42],
      [10 * hour + 10, 'failed', 3_000],
      [11 * hour, 'delivered', 1_234],
    ] as const) {
      attempt.run(at, outcome, outcome === 'delivered' ? 200 : 500, ms);
    }

    migrateDatabase(db);

    expect(version(db)).toBe(databaseMigrations.at(-1)?.version);
    expect(
      db
        .prepare('SELECT destination_id AS d, hour, latency_bucket AS b, count FROM attempt_rollup ORDER BY hour, b')
        .all(),
    ).toEqual([
      { d: 'partner:a', hour: 10, b: -1, count: 1 },
      { d: 'partner:a', hour: 10, b: 42, count: 2 },
      { d: 'partner:a', hour: 11, b: latencyBucket(1_234), count: 1 },
    ]);
  });

  it('v5 gives each destination still failing the kind of its newest failure', () => {
    const db = new DatabaseSync(':memory:');
    migrateDatabase(
      db,
      databaseMigrations.filter((m) => m.version <= 4),
    );
    db.exec(
      `INSERT INTO events (id, type, resource_type, resource_id, resource_sequence, created_at) VALUES ('evt_1', 'order.created', 'order', 'c1', 1, 0)`,
    );
    const delivery =
      db.prepare(`INSERT INTO deliveries (event_seq, event_type, destination_id, destination_name, resource_key, supersedable, state, created_at, updated_at)
             VALUES (1, 'order.created', ?, 'A', 'order:c1', 0, 'retrying', 0, 0)`);
    const attempt = db.prepare(
      `INSERT INTO attempts (delivery_id, started_at, url, request_headers, outcome, status, latency_ms, failure) VALUES (?, 0, 'u', '{}', ?, 500, 1, ?)`,
    );
    const a1 = Number(delivery.run('partner:a').lastInsertRowid);
    const a2 = Number(delivery.run('partner:a').lastInsertRowid);
    const b1 = Number(delivery.run('partner:b').lastInsertRowid);
    attempt.run(a1, 'failed', 'http_server_error');
    attempt.run(a2, 'failed', 'http_unauthorized');
    attempt.run(b1, 'failed', 'dns');
    db.exec(
      `INSERT INTO destination_health (destination_id, consecutive_failures) VALUES ('partner:a', 2), ('partner:b', 0)`,
    );

    migrateDatabase(db);

    expect(
      db.prepare('SELECT destination_id AS d, last_failure AS f FROM destination_health ORDER BY d').all(),
    ).toEqual([
      { d: 'partner:a', f: 'http_unauthorized' },
      // Not failing now: nothing to say until its next failure.
      { d: 'partner:b', f: null },
    ]);
  });

  it('v6 counts the manual attempts a v5 database already holds, so the retry schedule skips them', () => {
    const db = new DatabaseSync(':memory:');
    migrateDatabase(
      db,
      databaseMigrations.filter((m) => m.version <= 5),
    );
    db.exec(
      `INSERT INTO events (id, type, resource_type, resource_id, resource_sequence, created_at) VALUES ('evt_1', 'order.created', 'order', 'c1', 1, 0)`,
    );
    const delivery =
      db.prepare(`INSERT INTO deliveries (event_seq, event_type, destination_id, destination_name, resource_key,
      supersedable, state, attempts, created_at, updated_at) VALUES (1, 'order.created', 'partner:a', 'A', 'order:c1', 0, ?, ?, 0, 0)`);
    delivery.run('failed', 3);
    delivery.run('retrying', 1);
    const attempt = db.prepare(
      `INSERT INTO attempts (delivery_id, started_at, url, request_headers, outcome, manual) VALUES (?, 0, 'u', '{}', 'failed', ?)`,
    );
    for (const [id, manual] of [
      [1, 0],
      [1, 1],
      [1, 1],
      [2, 0],
    ] as const)
      attempt.run(id, manual);

    migrateDatabase(db);

    expect(db.prepare('SELECT id, manual_attempts AS manual, resume_at AS resumeAt FROM deliveries').all()).toEqual([
      { id: 1, manual: 2, resumeAt: null },
      { id: 2, manual: 0, resumeAt: null },
    ]);
  });

  it('refuses a database written by a newer version, and changes nothing', () => {
    const db = new DatabaseSync(':memory:');
    db.exec('PRAGMA user_version = 999');
    expect(() => migrateDatabase(db)).toThrow(/newer version/);
    expect(version(db)).toBe(999);
  });
});
