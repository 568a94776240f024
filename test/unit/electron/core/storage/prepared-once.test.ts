import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckRepository } from '../../../../../electron/core/domain/checks/check-repository';
import { DeliveryStore } from '../../../../../electron/core/engine/delivery-store';
import { EventBus } from '../../../../../electron/core/events/event-bus';
import { SqliteLogRows } from '../../../../../electron/core/log/log-rows';
import { ResendJobs } from '../../../../../electron/core/log/resend-jobs';
import { RetentionPruner } from '../../../../../electron/core/log/retention';
import { silentLogger } from '../../../../../electron/core/logging/console-logger';
import { openDatabase } from '../../../../../electron/core/storage/database';
import type { ResendProgress } from '../../../../../shared/domain/deliveries';
import { countCompiles } from '../../../../support/compile-counter';
import { fixedClock } from '../../../../support/fakes';
import { useTempDir } from '../../../../support/temp-dir';

const newDir = useTempDir();
const clock = fixedClock();
let db: DatabaseSync | undefined;
afterEach(() => db?.close());

function openDb(): DatabaseSync {
  db = openDatabase(join(newDir(), 'hub.sqlite'), clock, { appVersion: '0.0.0-test' }).db;
  return db;
}

/** How many compilations `work` caused once it had run `warmUps` times (each statement prepared then). */
function compilesAfterWarmUp(database: DatabaseSync, work: (run: number) => unknown, warmUps = 1): number {
  const compiles = countCompiles(database);
  try {
    for (let run = 0; run < warmUps; run++) work(run);
    const before = compiles.count();
    for (let run = 0; run < 20; run++) work(run);
    return compiles.count() - before;
  } finally {
    compiles.stop();
  }
}

/** One failed delivery, so a bulk resend has rows to page through. */
function insertFailedDelivery(database: DatabaseSync, n: number): void {
  const now = clock.now().getTime();
  database
    .prepare(
      `INSERT INTO events (seq, id, type, resource_type, resource_id, resource_sequence, created_at, body)
       VALUES (?, ?, 'order.created', 'order', ?, 1, ?, '{}')`,
    )
    .run(n, `evt_${n}`, `chk_${n}`, now);
  database
    .prepare(
      `INSERT INTO deliveries (event_seq, event_type, destination_id, destination_name, resource_key, supersedable,
         state, created_at, updated_at)
       VALUES (?, 'order.created', 'partner:p1', 'P1', ?, 0, 'failed', ?, ?)`,
    )
    .run(n, `order:chk_${n}`, now, now);
}

describe('hot and paged queries are compiled once, not on every run', () => {
  it('claiming due deliveries, whatever the limit, once each limit has been seen', () => {
    const database = openDb();
    const store = new DeliveryStore(database);
    const limits = [1, 8, 32];
    const claim = (run: number) => store.claimDue(run, limits[run % 3] ?? 1, [], new Set());
    expect(compilesAfterWarmUp(database, claim, limits.length)).toBe(0);
  });

  it('the count of webhooks waiting for each held partner, asked at every status push', () => {
    const database = openDb();
    const store = new DeliveryStore(database);
    const count = (run: number) => store.waitingFor(run % 2 === 0 ? ['partner:p1'] : ['partner:p1', 'partner:p2']);
    expect(compilesAfterWarmUp(database, count)).toBe(0);
  });

  it('log pages, counts, one delivery and its attempts', () => {
    const database = openDb();
    const rows = new SqliteLogRows(database);
    const read = (run: number) => {
      rows.page({ states: ['failed'] }, 1_000_000 - run, 51);
      rows.page({}, 1_000_000 - run, 101);
      rows.countByState({ states: ['failed'] });
      rows.delivery(run);
      rows.attempts(run);
    };
    expect(compilesAfterWarmUp(database, read)).toBe(0);
  });

  it('retention batches', () => {
    const database = openDb();
    const pruner = new RetentionPruner(database, clock, () => 30);
    expect(compilesAfterWarmUp(database, () => pruner.pruneBatch())).toBe(0);
  });

  it('the checks list', () => {
    const database = openDb();
    const checks = new CheckRepository(database);
    expect(compilesAfterWarmUp(database, () => checks.list('open', 100))).toBe(0);
  });

  it('a bulk resend, batch after batch and job after job', async () => {
    const database = openDb();
    for (let n = 1; n <= 3; n++) insertFailedDelivery(database, n);
    const events = new EventBus(silentLogger);
    const jobs = new ResendJobs(database, clock, events, () => undefined);
    // Failed again, for the next job to resend (prepared here, so it is not counted).
    const failAgain = database.prepare(`UPDATE deliveries SET state = 'failed', next_attempt_at = NULL`);
    const resendAll = async (): Promise<void> => {
      const finished = new Promise<void>((resolve) => {
        const stop = events.subscribe((event, payload) => {
          if (event === 'deliveries.resendProgress' && (payload as ResendProgress).state !== 'running') {
            stop();
            resolve();
          }
        });
      });
      jobs.start({ states: ['failed'] });
      await finished;
      failAgain.run();
    };
    await resendAll();
    const compiles = countCompiles(database);
    try {
      await resendAll();
      const before = compiles.count();
      for (let job = 0; job < 3; job++) await resendAll();
      expect(compiles.count() - before).toBe(0);
    } finally {
      compiles.stop();
    }
  });
});
