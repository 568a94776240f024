import { describe, expect, it } from 'vitest';
import type { DatabaseSync } from 'node:sqlite';
import { AttemptStats } from '../../../electron/core/log/attempt-stats';
import { WebhookCounts } from '../../../electron/core/log/webhook-counts';
import type { DeliveryState } from '../../../shared/domain/deliveries';
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

interface Webhook {
  /** When the webhook was made (its delivery's created_at). */
  at: number;
  attempts: Attempt[];
  /** Its state now; by default delivered when its last attempt was, else retrying. */
  state?: DeliveryState;
}

/** A webhook delivered at its first try. */
const deliveredAt = (at: number, ms: number): Webhook => ({ at, attempts: [{ at, ok: true, ms }] });

/**
 * Writes webhooks and their attempts straight into the log: real deliveries
 * would take real, unpredictable latencies, and these percentiles must be exact.
 */
function seedWebhooks(db: DatabaseSync, destinationId: string, webhooks: Webhook[]): void {
  const insertEvent = db.prepare(
    `INSERT INTO events (id, type, resource_type, resource_id, resource_sequence, created_at)
     VALUES (?, 'order.created', 'order', ?, 1, ?) RETURNING seq`,
  );
  const insertDelivery = db.prepare(
    `INSERT INTO deliveries (event_seq, event_type, destination_id, destination_name, resource_key, supersedable, state,
       attempts, created_at, updated_at)
     VALUES (?, 'order.created', ?, 'seeded', ?, 0, ?, ?, ?, ?) RETURNING id`,
  );
  const insertAttempt = db.prepare(
    `INSERT INTO attempts (delivery_id, started_at, url, request_headers, outcome, status, latency_ms)
     VALUES (?, ?, 'http://127.0.0.1/', '{}', ?, ?, ?)`,
  );
  for (const webhook of webhooks) {
    const resource = `chk_${++seeded}`;
    const { seq } = insertEvent.get(`evt_${seeded}`, resource, webhook.at) as { seq: number };
    const state = webhook.state ?? (webhook.attempts.at(-1)?.ok ? 'delivered' : 'retrying');
    const { id } = insertDelivery.get(
      seq,
      destinationId,
      `order:${resource}`,
      state,
      webhook.attempts.length,
      webhook.at,
      webhook.at,
    ) as { id: number };
    for (const a of webhook.attempts)
      insertAttempt.run(id, a.at, a.ok ? 'delivered' : 'failed', a.ok ? 200 : 500, a.ms);
  }
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
  it('buckets webhooks and attempts by whole hours over 24 h and six-hour periods over 7 days, with exact rates and percentiles', async () => {
    const core = open();
    const acme = await partner(core, 'Acme Delivery');
    const loyalty = await partner(core, 'Loyalty Plus');
    const now = core.clock.now().getTime();
    const thisHour = Math.floor(now / hour) * hour;
    const firstHour = thisHour - 23 * hour;
    seedWebhooks(core.delivery.db, acme, [
      // The current hour: six webhooks, five delivered (one at its second try, one at this very
      // millisecond), one still retrying; a superseded one was never owed, so it is not counted.
      {
        at: thisHour,
        attempts: [
          { at: thisHour, ok: false, ms: 900 },
          { at: thisHour, ok: true, ms: 10 },
        ],
      },
      ...[40, 20, 30].map((ms) => deliveredAt(thisHour, ms)),
      deliveredAt(now, 50),
      { at: thisHour, attempts: [{ at: thisHour, ok: false, ms: 900 }] },
      { at: thisHour, attempts: [], state: 'superseded' },
      // The first of the day's 24 hours is in.
      deliveredAt(firstHour, 80),
      // Made the millisecond before it: in the week only — but its retry, delivered in that first hour, is an attempt of the day.
      {
        at: firstHour - 1,
        attempts: [
          { at: firstHour - 1, ok: false, ms: 7 },
          { at: firstHour + 60_000, ok: true, ms: 80 },
        ],
      },
      // Eight days ago is in neither range.
      deliveredAt(now - 8 * day, 5),
    ]);
    seedWebhooks(core.delivery.db, loyalty, [
      {
        at: thisHour - 13 * hour + 30 * 60_000,
        attempts: [{ at: thisHour - 13 * hour + 30 * 60_000, ok: false, ms: 15_000 }],
      },
    ]);

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
      deliveries: 6,
      delivered: 5,
      undelivered: 1,
      successRate: 5 / 6,
      attempts: 7,
      // Delivered latencies 10, 20, 30, 40, 50: the 3rd and the 5th.
      p50Ms: 30,
      p95Ms: 50,
    });
    expect(acme24?.buckets[0]).toEqual({
      start: new Date(firstHour).toISOString(),
      deliveries: 1,
      delivered: 1,
      undelivered: 0,
      successRate: 1,
      attempts: 2,
      p50Ms: 80,
      p95Ms: 80,
    });
    expect(
      acme24?.buckets
        .slice(1, 23)
        .every((b) => b.deliveries === 0 && b.attempts === 0 && b.successRate === null && b.p50Ms === null),
    ).toBe(true);
    const loyalty24 = day24.destinations.find((d) => d.id === loyalty);
    expect(loyalty24?.buckets[10]).toMatchObject({
      deliveries: 1,
      delivered: 0,
      undelivered: 1,
      successRate: 0,
      attempts: 1,
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
    expect(before?.deliveries).toBeGreaterThanOrEqual(1);

    // The chart's buckets add up to the figures printed beside it.
    const health = (await core.value('deliveries.health', {})).find((h) => h.id === acme);
    type Count = 'deliveries' | 'delivered' | 'undelivered' | 'attempts';
    const total = (buckets: Record<Count, number>[] = [], key: Count): number =>
      buckets.reduce((sum, b) => sum + b[key], 0);
    for (const key of ['deliveries', 'delivered', 'attempts'] as const) {
      expect(total(acme24?.buckets, key), `day ${key}`).toBe(health?.day[key]);
      expect(total(acmeWeek?.buckets, key), `week ${key}`).toBe(health?.week[key]);
    }
    expect(total(acme24?.buckets, 'undelivered')).toBe(1);
    expect(health?.day).toMatchObject({ deliveries: 7, delivered: 6, successRate: 6 / 7, attempts: 9 });
    expect(health?.week).toMatchObject({ deliveries: 8, delivered: 7, successRate: 7 / 8, attempts: 10 });
  });

  it('reports latencies from 100 ms up within 3 %', async () => {
    const core = open();
    const acme = await partner(core, 'Acme Delivery');
    const now = core.clock.now().getTime();
    const latencies = [150, 180, 1_234, 1_250, 1_300, 2_000, 4_000, 8_000, 12_000, 20_000];
    seedWebhooks(
      core.delivery.db,
      acme,
      latencies.map((ms) => deliveredAt(now, ms)),
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
      expect(health.map((h) => [h.name, h.day.deliveries, h.day.attempts > 0, h.day.successRate])).toEqual([
        ['Works', 3, true, 1],
        ['Fails', 3, true, 0],
      ]);
    }
  });

  it('narrows to one partner when asked', async () => {
    const core = open();
    const acme = await partner(core, 'Acme Delivery');
    const loyalty = await partner(core, 'Loyalty Plus');
    const now = core.clock.now().getTime();
    seedWebhooks(core.delivery.db, acme, [deliveredAt(now, 12)]);
    seedWebhooks(core.delivery.db, loyalty, [{ at: now, attempts: [{ at: now, ok: false, ms: 12 }] }]);

    const only = await core.value('deliveries.healthSeries', { range: '24h', destinationId: loyalty });

    expect(only.destinations.map((d) => d.name)).toEqual(['Loyalty Plus']);
    expect(only.destinations[0]?.buckets[23]).toMatchObject({ deliveries: 1, delivered: 0, undelivered: 1 });
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

  it("reads one partner's hours through the rollup's primary key and its webhooks from an index alone, and drops hours older than eight days", async () => {
    const core = open();
    const acme = await partner(core, 'Acme Delivery');
    const planOf = (statements: object, name: string, args: (string | number)[]): string => {
      const sql = (statements as Record<string, { sourceSQL: string } | undefined>)[name]?.sourceSQL ?? '';
      return (core.delivery.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...args) as { detail: string }[])
        .map((s) => s.detail)
        .join(' ');
    };
    const attempts = new AttemptStats(core.delivery.db);
    for (const plan of [planOf(attempts, 'byBucket', [acme, 0, 1]), planOf(attempts, 'byPeriod', [1, acme, 0, 1])])
      expect(plan).toMatch(/SEARCH attempt_rollup USING PRIMARY KEY \(destination_id=\? AND hour>\? AND hour<\?\)/);
    // The webhooks' window and per-period counts: one range of the index, no table row read.
    const webhooks = new WebhookCounts(core.delivery.db);
    for (const plan of [planOf(webhooks, 'inRange', [acme, 0, 1]), planOf(webhooks, 'byPeriod', [hour, acme, 0, 1])])
      expect(plan).toMatch(
        /^SEARCH deliveries USING COVERING INDEX deliveries_by_destination_created \(destination_id=\? AND created_at>\? AND created_at<\?\)( USE TEMP B-TREE FOR GROUP BY)?$/,
      );

    const now = core.clock.now().getTime();
    seedWebhooks(core.delivery.db, acme, [deliveredAt(now - 9 * day, 10), deliveredAt(now - 7 * day, 10)]);
    expect(new RetentionPruner(core.delivery.db, core.clock, () => 30).pruneRollup()).toBe(1);
    expect(core.delivery.db.prepare('SELECT COUNT(*) AS n FROM attempt_rollup').get()).toEqual({ n: 1 });
  });
});
