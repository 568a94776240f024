import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { describe, expect, it } from 'vitest';
import { WrittenByNewerVersion } from '../../../../../electron/core/startup/newer-version';
import { openDatabase } from '../../../../../electron/core/storage/database';
import { databaseMigrations } from '../../../../../electron/core/storage/database-migrations';
import { databaseLossNotice } from '../../../../../electron/core/storage/lost-data';
import { fixedClock } from '../../../../support/fakes';
import { useTempDir } from '../../../../support/temp-dir';

const newDir = useTempDir();
const open = (dir: string, migrations = databaseMigrations) =>
  openDatabase(join(dir, 'hub.sqlite'), fixedClock(), { appVersion: '1.4.0', migrations });

/** A database in use: two webhooks queued, one delivered, one open check and one closed. */
function databaseInUse(dir: string): void {
  const { db } = open(dir);
  db.exec(`INSERT INTO events (id, type, resource_type, resource_id, resource_sequence, created_at)
           VALUES ('evt_1', 'order.created', 'order', 'c1', 1, 0)`);
  const delivery = db.prepare(`INSERT INTO deliveries (event_seq, event_type, destination_id, destination_name,
    resource_key, supersedable, state, created_at, updated_at) VALUES (1, 'order.created', 'partner:a', 'A', 'order:c1', 0, ?, 0, 0)`);
  for (const state of ['pending', 'retrying', 'delivered']) delivery.run(state);
  const check = db.prepare(`INSERT INTO checks (id, number, source, status, currency, tax_rate_bps, tax_included,
    opened_at, updated_at) VALUES (?, ?, 'pos', ?, 'USD', 0, 0, 0, 0)`);
  check.run('c1', 1, 'open');
  check.run('c2', 2, 'closed');
  db.close();
}

const backups = (dir: string): string[] => readdirSync(dir).filter((name) => /^hub\.corrupt-.*\.sqlite$/.test(name));

describe('opening the database', () => {
  it('sets aside an empty file (it is never one of ours) and starts a fresh one', () => {
    const dir = newDir();
    writeFileSync(join(dir, 'hub.sqlite'), '');
    const { db, setAside } = open(dir);
    expect(setAside).toMatchObject({ reason: 'the file is empty', lost: null });
    expect(backups(dir)).toHaveLength(1);
    expect(db.prepare('SELECT COUNT(*) AS n FROM deliveries').get()).toEqual({ n: 0 });
    db.close();
  });

  it('sets aside a file that is not a database', () => {
    const dir = newDir();
    writeFileSync(join(dir, 'hub.sqlite'), 'this is not a database '.repeat(100));
    const { db, setAside } = open(dir);
    expect(setAside?.reason).toMatch(/^it is not a readable database/);
    expect(readFileSync(join(dir, backups(dir)[0] ?? ''), 'utf8')).toMatch(/^this is not a database/);
    db.close();
  });

  it('sets aside a database with tables missing, and counts what it still held', () => {
    const dir = newDir();
    databaseInUse(dir);
    const damaged = new DatabaseSync(join(dir, 'hub.sqlite'));
    damaged.exec('DROP TABLE attempt_rollup');
    damaged.close();
    const { db, setAside } = open(dir);
    expect(setAside?.reason).toMatch(/parts of it are missing \(attempt_rollup\)/);
    expect(setAside?.lost).toEqual({ queuedWebhooks: 2, openChecks: 1 });
    expect(db.prepare('SELECT COUNT(*) AS n FROM deliveries').get()).toEqual({ n: 0 });
    db.close();
  });

  it('sets aside a database whose migration fails, keeping it as it was, and starts fresh', () => {
    const dir = newDir();
    databaseInUse(dir);
    // Succeeds on an empty database, fails on this one's data (two deliveries share a type).
    const failing = [
      ...databaseMigrations,
      {
        version: 99,
        describe: 'a step that fails here',
        sql: 'CREATE UNIQUE INDEX one_per_type ON deliveries (event_type)',
      },
    ];
    const { db, setAside } = open(dir, failing);
    expect(setAside?.reason).toMatch(/could not be updated for this version: .*UNIQUE/);
    expect(setAside?.lost).toEqual({ queuedWebhooks: 2, openChecks: 1 });
    expect(db.prepare('PRAGMA user_version').get()).toEqual({ user_version: 99 });
    db.close();
    const old = new DatabaseSync(setAside?.backupPath ?? '', { readOnly: true });
    expect(old.prepare('PRAGMA user_version').get()).toEqual({ user_version: databaseMigrations.at(-1)?.version });
    expect(old.prepare('SELECT COUNT(*) AS n FROM deliveries').get()).toEqual({ n: 3 });
    old.close();
  });

  it('does not touch a database written by a newer version, and names that version', () => {
    const dir = newDir();
    databaseInUse(dir);
    const newer = new DatabaseSync(join(dir, 'hub.sqlite'));
    newer.exec(`PRAGMA user_version = 99; UPDATE meta SET value = '3.0.0' WHERE key = 'app_version'`);
    newer.close();
    const before = { files: readdirSync(dir), bytes: readFileSync(join(dir, 'hub.sqlite')) };
    const mtime = statSync(join(dir, 'hub.sqlite')).mtimeMs;

    expect(() => open(dir)).toThrow(WrittenByNewerVersion);
    expect(() => open(dir)).toThrow(
      /database .*hub\.sqlite was written by Integration Hub 3\.0\.0, a newer version than this one \(1\.4\.0\).*version 99.*stopped without changing anything.*install Integration Hub 3\.0\.0 or newer/,
    );
    expect(readdirSync(dir)).toEqual(before.files);
    expect(readFileSync(join(dir, 'hub.sqlite')).equals(before.bytes)).toBe(true);
    expect(statSync(join(dir, 'hub.sqlite')).mtimeMs).toBe(mtime);
  });

  it('records the app version that opened it, and creates a new database owner-only with no empty file on the way', () => {
    const dir = newDir();
    const { db, setAside } = open(dir);
    expect(setAside).toBeNull();
    expect(db.prepare(`SELECT value FROM meta WHERE key = 'app_version'`).get()).toEqual({ value: '1.4.0' });
    db.close();
    expect(statSync(join(dir, 'hub.sqlite')).mode & 0o777).toBe(0o600);
    expect(existsSync(join(dir, 'hub.sqlite.new'))).toBe(false);
  });
});

describe('the notice for a database set aside', () => {
  it('says what the restaurant lost, with the counts when the old file could still be read', () => {
    expect(
      databaseLossNotice({
        backupPath: '/data/hub.corrupt-x.sqlite',
        reason: 'parts of it are missing (checks)',
        lost: { queuedWebhooks: 12, openChecks: 1 },
      }),
    ).toBe(
      'Integration Hub could not use its database (parts of it are missing (checks)), so it started a new one. ' +
        'What was in the old one is not in use any more: 12 webhooks that were waiting to be sent will not be sent, ' +
        '1 open check is no longer on the Orders screen, the menu and store are back to the sample restaurant, and ' +
        'the Deliveries log starts empty. Partner and Order Webhooks settings are kept. The old file was kept as ' +
        '/data/hub.corrupt-x.sqlite; support may be able to recover from it.',
    );
  });

  it('says the same in general words when the old file could not be read', () => {
    expect(databaseLossNotice({ backupPath: '/b', reason: 'the file is empty', lost: null })).toMatch(
      /webhooks that were waiting to be sent will not be sent, open checks are no longer on the Orders screen, the menu and store are back to the sample restaurant/,
    );
  });
});
