import { describe, expect, it } from 'vitest';
import type { DatabaseSync } from 'node:sqlite';
import { AttemptStats } from '../../../electron/core/log/attempt-stats';
import { bucketLatencyMs, latencyBucket, rebuildAttemptRollupSql } from '../../../electron/core/log/latency-buckets';
import { RetentionPruner } from '../../../electron/core/log/retention';
import { startReceiver, useReceivers } from '../delivery/receiver';
import { useTestCores, type TestCore } from '../../support/test-core';
import { partnerInput } from '../../support/partner-input';
import { oloOrder } from '../../support/order-event';

useReceivers();
const open = useTestCores();

const order = oloOrder;
const hour = 3_600_000;
const day = 24 * hour;

let seeded = 0;

interface Attempt {
  at: number;
  ok: boolean;
  ms: number;
}

/**
 * Writes attempts straight into the log: real deliveries would take real,
 * unpredictable latencies, and these percentiles must be exact.
 */
function seedAttempts(db: DatabaseSync, destinationId: string, attempts: Attempt[]): void {
  const { seq } = db
    .prepare(
      `INSERT INTO events (id, type, resource_type, resource_id, resource_sequence, created_at)
       VALUES (?, 'order.created', 'order', ?, 1, 0) RETURNING seq`,
    )
    .get(`evt_${++seeded}`, destinationId) as { seq: number };
  const { id } = db
    .prepare(
      `INSERT INTO deliveries (event_seq, event_type, destination_id, destination_name, resource_key, supersedable, state,
         created_at, updated_at)
       VALUES (?, 'order.created', ?, 'seeded', 'order:1', 0, 'delivered', 0, 0) RETURNING id`,
    )
    .get(seq, destinationId) as { id: number };
  const insert = db.prepare(
    `INSERT INTO attempts (delivery_id, started_at, url, request_headers, outcome, status, latency_ms)
     VALUES (?, ?, 'http://127.0.0.1/', '{}', ?, ?, ?)`,
  );
  for (const a of attempts) insert.run(id, a.at, a.ok ? 'delivered' : 'failed', a.ok ? 200 : 500, a.ms);
  // Written behind the engine's back: recount the rollup the way the migration does.
  db.exec(rebuildAttemptRollupSql);
}

async function partner(core: TestCore, name: string): Promise<string> {
  const { partner } = await core.value(
    'partners.create',
    partnerInput({ name, url: 'http://127.0.0.1:9/never-called' }),
  );
  return `partner:${partner.id}`;
}

describe('partner health over time', () => {
  it('buckets attempts by whole hours over 24 h and six-hour periods over 7 days, with exact rates and percentiles', async () => {
    const core = open();
    const acme = await partner(core, 'Acme Delivery');
    const loyalty = await partner(core, 'Loyalty Plus');
    const now = core.clock.now().getTime();
    const thisHour = Math.floor(now / hour) * hour;
    const firstHour = thisHour - 23 * hour;
    seedAttempts(core.delivery.db, acme, [
      // The current hour: four delivered, one failed, and one at this very millisecond.
      ...[10, 40, 20, 30].map((ms) => ({ at: thisHour, ok: true, ms })),
      { at: thisHour, ok: false, ms: 900 },
      { at: now, ok: true, ms: 50 },
      // The first of the day's 24 hours is in; its last millisecond before is only in the week.
      { at: firstHour, ok: true, ms: 80 },
      { at: firstHour - 1, ok: false, ms: 7 },
      // Eight days ago is in neither range.
      { at: now - 8 * day, ok: true, ms: 5 },
    ]);
    seedAttempts(core.delivery.db, loyalty, [{ at: thisHour - 13 * hour + 30 * 60_000, ok: false, ms: 15_000 }]);

    const day24 = await core.value('deliveries.healthSeries', { range: '24h' });
    const acme24 = day24.destinations.find((d) => d.id === acme);
    expect(day24).toMatchObject({
      range: '24h',
      bucketMs: hour,
      from: new Date(firstHour).toISOString(),
      to: new Date(now).toISOString(),
    });
    expect(acme24?.buckets).toHaveLength(24);
    expect(acme24?.buckets[1]?.start).toBe(new Date(firstHour + hour).toISOString());
    expect(acme24?.buckets[23]).toEqual({
      start: new Date(thisHour).toISOString(),
      attempts: 6,
      delivered: 5,
      failed: 1,
      successRate: 5 / 6,
      // Delivered latencies 10, 20, 30, 40, 50: the 3rd and the 5th.
      p50Ms: 30,
      p95Ms: 50,
    });
    expect(acme24?.buckets[0]).toMatchObject({
      attempts: 1,
      delivered: 1,
      failed: 0,
      successRate: 1,
      p50Ms: 80,
      p95Ms: 80,
    });
    expect(
      acme24?.buckets.slice(1, 23).every((b) => b.attempts === 0 && b.successRate === null && b.p50Ms === null),
    ).toBe(true);
    const loyalty24 = day24.destinations.find((d) => d.id === loyalty);
    expect(loyalty24?.buckets[10]).toMatchObject({
      attempts: 1,
      delivered: 0,
      failed: 1,
      successRate: 0,
      p50Ms: null,
      p95Ms: null,
    });

    const week = await core.value('deliveries.healthSeries', { range: '7d' });
    const acmeWeek = week.destinations.find((d) => d.id === acme);
    expect(week.bucketMs).toBe(6 * hour);
    expect(acmeWeek?.buckets).toHaveLength(28);
    // Six-hour periods are aligned to UTC: the last one holds the current hour.
    const periodOf = (at: number): string => new Date(Math.floor(at / (6 * hour)) * 6 * hour).toISOString();
    expect(acmeWeek?.buckets[27]).toMatchObject({ start: periodOf(now), p50Ms: 30, p95Ms: 50 });
    const before = acmeWeek?.buckets.find((b) => b.start === periodOf(firstHour - 1));
    expect(before?.failed).toBeGreaterThanOrEqual(1);

    // The chart's buckets add up to the figures printed beside it.
    const health = (await core.value('deliveries.health', {})).find((h) => h.id === acme);
    const total = (buckets: { attempts: number }[] = []): number => buckets.reduce((sum, b) => sum + b.attempts, 0);
    expect(total(acme24?.buckets)).toBe(health?.day.attempts);
    expect(total(acmeWeek?.buckets)).toBe(health?.week.attempts);
    expect(health?.day).toMatchObject({ attempts: 7, delivered: 6 });
    expect(total(acmeWeek?.buckets)).toBe(8);
  });

  it('reports latencies from 100 ms up within 3 %', async () => {
    const core = open();
    const acme = await partner(core, 'Acme Delivery');
    const now = core.clock.now().getTime();
    const latencies = [150, 180, 1_234, 1_250, 1_300, 2_000, 4_000, 8_000, 12_000, 20_000];
    seedAttempts(
      core.delivery.db,
      acme,
      latencies.map((ms) => ({ at: now, ok: true, ms })),
    );
    const [health] = await core.value('deliveries.health', {});
    // Nearest rank, as before: the 6th of 10 (2,000 ms) and the 10th (20,000 ms).
    expect(Math.abs((health?.day.p50Ms ?? 0) - 2_000) / 2_000).toBeLessThanOrEqual(0.03);
    expect(Math.abs((health?.day.p95Ms ?? 0) - 20_000) / 20_000).toBeLessThanOrEqual(0.03);
    for (const ms of [0, 1, 99, 100, 104, 105, 999, 1_000, 59_999, 60_000, 599_999]) {
      const shown = bucketLatencyMs(latencyBucket(ms));
      expect(Math.abs(shown - ms), `${ms} ms shows as ${shown}`).toBeLessThanOrEqual(ms < 100 ? 0 : ms * 0.03);
    }
  });

  it('keeps the rollup equal to a recount of the attempts as the engine records them', async () => {
    const receiver = await startReceiver((request, response) => {
      response.writeHead(request.url?.includes('fail') ? 500 : 200).end();
    });
    {
      const core = open();
      await core.value('partners.create', partnerInput({ name: 'Works', url: receiver.url }));
      await core.value('partners.create', partnerInput({ name: 'Fails', url: `${receiver.url}/fail` }));
      core.delivery.publish([order(1), order(2), order(3)]);
      await core.idle();
      const read = (): unknown[] =>
        core.delivery.db.prepare('SELECT * FROM attempt_rollup ORDER BY destination_id, hour, latency_bucket').all();
      const recorded = read();
      expect(recorded.length).toBeGreaterThan(1);
      core.delivery.db.exec(rebuildAttemptRollupSql);
      expect(read()).toEqual(recorded);
      const health = await core.value('deliveries.health', {});
      expect(health.map((h) => [h.name, h.day.attempts > 0, h.day.successRate])).toEqual([
        ['Works', true, 1],
        ['Fails', true, 0],
      ]);
    }
  });

  it('narrows to one partner when asked', async () => {
    const core = open();
    const acme = await partner(core, 'Acme Delivery');
    const loyalty = await partner(core, 'Loyalty Plus');
    const now = core.clock.now().getTime();
    seedAttempts(core.delivery.db, acme, [{ at: now, ok: true, ms: 12 }]);
    seedAttempts(core.delivery.db, loyalty, [{ at: now, ok: false, ms: 12 }]);

    const only = await core.value('deliveries.healthSeries', { range: '24h', destinationId: loyalty });

    expect(only.destinations.map((d) => d.name)).toEqual(['Loyalty Plus']);
    expect(only.destinations[0]?.buckets[23]).toMatchObject({ attempts: 1, delivered: 0, failed: 1 });
  });

  it('answers a hub with no partners yet with an empty chart, not an error', async () => {
    const core = open();
    const empty = await core.value('deliveries.healthSeries', { range: '24h' });
    expect(empty.destinations).toEqual([]);
  });

  it('rejects a range it does not know, unknown fields and an unknown partner', async () => {
    const core = open();
    for (const input of [{ range: '30d' }, {}, { range: '24h', extra: 1 }, { range: '24h', destinationId: '' }]) {
      const result = await core.call('deliveries.healthSeries', input);
      expect(result.ok ? null : result.error.code, JSON.stringify(input)).toBe('validation_failed');
    }
    const missing = await core.call('deliveries.healthSeries', { range: '7d', destinationId: 'partner:gone' });
    expect(missing.ok ? null : missing.error.code).toBe('not_found');
  });

  it("reads one partner's hours through the rollup's primary key, and drops hours older than eight days", async () => {
    const core = open();
    const acme = await partner(core, 'Acme Delivery');
    const plans = ['byBucket', 'byPeriod'].map((name) => {
      const sql =
        (new AttemptStats(core.delivery.db) as unknown as Record<string, { sourceSQL: string }>)[name]?.sourceSQL ?? '';
      const args = name === 'byBucket' ? [acme, 0, 1] : [1, acme, 0, 1];
      return (core.delivery.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[])
        .map((s) => s.detail)
        .join(' ');
    });
    for (const plan of plans)
      expect(plan).toMatch(/SEARCH attempt_rollup USING PRIMARY KEY \(destination_id=\? AND hour>\? AND hour<\?\)/);

    const now = core.clock.now().getTime();
    seedAttempts(core.delivery.db, acme, [
      { at: now - 9 * day, ok: true, ms: 10 },
      { at: now - 7 * day, ok: true, ms: 10 },
    ]);
    expect(new RetentionPruner(core.delivery.db, core.clock, () => 30).pruneRollup()).toBe(1);
    expect(core.delivery.db.prepare('SELECT COUNT(*) AS n FROM attempt_rollup').get()).toEqual({ n: 1 });
  });
});
