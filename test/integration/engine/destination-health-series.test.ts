import { describe, expect, it } from 'vitest';
import type { DatabaseSync } from 'node:sqlite';
import { bucketCountsSql } from '../../../electron/core/log/health-series';
import { useTestCores, type TestCore } from '../../support/test-core';
import { partnerInput } from '../../support/partner-input';

const open = useTestCores();
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
}

async function partner(core: TestCore, name: string): Promise<string> {
  const { partner } = await core.value('partners.create', partnerInput({ name, url: 'http://127.0.0.1:9/never-called' }));
  return `partner:${partner.id}`;
}

describe('partner health over time', () => {
  it('buckets attempts hourly over 24 h and six-hourly over 7 days, with exact rates and percentiles', async () => {
    const core = open();
    const acme = await partner(core, 'Acme Delivery');
    const loyalty = await partner(core, 'Loyalty Plus');
    const now = core.clock.now().getTime();
    seedAttempts(core.delivery.db, acme, [
      // The last hour: four delivered, one failed, and one at this very millisecond.
      ...[10, 40, 20, 30].map((ms) => ({ at: now - 10 * 60_000, ok: true, ms })),
      { at: now - 5 * 60_000, ok: false, ms: 900 },
      { at: now, ok: true, ms: 50 },
      // Exactly 24 h ago is the first bucket's first millisecond; one ms earlier is only in the week.
      { at: now - day, ok: true, ms: 100 },
      { at: now - day - 1, ok: false, ms: 7 },
      // Eight days ago is in neither range.
      { at: now - 8 * day, ok: true, ms: 5 },
    ]);
    seedAttempts(core.delivery.db, loyalty, [{ at: now - 13.5 * hour, ok: false, ms: 15_000 }]);

    const day24 = await core.value('deliveries.healthSeries', { range: '24h' });
    const acme24 = day24.destinations.find((d) => d.id === acme);
    expect(day24).toMatchObject({ range: '24h', bucketMs: hour, from: new Date(now - day).toISOString() });
    expect(acme24?.buckets).toHaveLength(24);
    expect(acme24?.buckets[1]?.start).toBe(new Date(now - day + hour).toISOString());
    expect(acme24?.buckets[23]).toEqual({
      start: new Date(now - hour).toISOString(),
      attempts: 6,
      delivered: 5,
      failed: 1,
      successRate: 5 / 6,
      // Delivered latencies 10, 20, 30, 40, 50: the 3rd and the 5th.
      p50Ms: 30,
      p95Ms: 50,
    });
    expect(acme24?.buckets[0]).toMatchObject({ attempts: 1, delivered: 1, failed: 0, successRate: 1, p50Ms: 100, p95Ms: 100 });
    expect(acme24?.buckets.slice(1, 23).every((b) => b.attempts === 0 && b.successRate === null && b.p50Ms === null)).toBe(true);
    const loyalty24 = day24.destinations.find((d) => d.id === loyalty);
    expect(loyalty24?.buckets[10]).toMatchObject({ attempts: 1, delivered: 0, failed: 1, successRate: 0, p50Ms: null, p95Ms: null });

    const week = await core.value('deliveries.healthSeries', { range: '7d' });
    const acmeWeek = week.destinations.find((d) => d.id === acme);
    expect(week.bucketMs).toBe(6 * hour);
    expect(acmeWeek?.buckets).toHaveLength(28);
    // 24 h and one ms ago is the last millisecond of bucket 23 (of 28 six-hour buckets).
    expect(acmeWeek?.buckets[23]).toMatchObject({ attempts: 1, delivered: 0, failed: 1 });
    expect(acmeWeek?.buckets[24]).toMatchObject({ attempts: 1, delivered: 1, p50Ms: 100 });
    expect(acmeWeek?.buckets[27]).toMatchObject({ attempts: 6, delivered: 5, p50Ms: 30, p95Ms: 50 });

    // The chart's buckets add up to the figures printed beside it.
    const health = (await core.value('deliveries.health', {})).find((h) => h.id === acme);
    const total = (buckets: { attempts: number }[] = []): number => buckets.reduce((sum, b) => sum + b.attempts, 0);
    expect(total(acme24?.buckets)).toBe(health?.day.attempts);
    expect(total(acmeWeek?.buckets)).toBe(health?.week.attempts);
    expect(total(acmeWeek?.buckets)).toBe(8);
  });

  it('narrows to one partner when asked', async () => {
    const core = open();
    const acme = await partner(core, 'Acme Delivery');
    const loyalty = await partner(core, 'Loyalty Plus');
    const now = core.clock.now().getTime();
    seedAttempts(core.delivery.db, acme, [{ at: now - hour / 2, ok: true, ms: 12 }]);
    seedAttempts(core.delivery.db, loyalty, [{ at: now - hour / 2, ok: false, ms: 12 }]);

    const only = await core.value('deliveries.healthSeries', { range: '24h', destinationId: loyalty });

    expect(only.destinations.map((d) => d.name)).toEqual(['Loyalty Plus']);
    expect(only.destinations[0]?.buckets[23]).toMatchObject({ attempts: 1, delivered: 0, failed: 1 });
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

  it('reads the attempts through their time index', () => {
    const core = open();
    const plan = core.delivery.db.prepare(`EXPLAIN QUERY PLAN ${bucketCountsSql}`).all(0, hour, 1, null) as { detail: string }[];
    expect(plan.map((step) => step.detail).join('\n')).toMatch(/SEARCH a USING INDEX attempts_by_time \(started_at>\? AND started_at<\?\)/);
  });
});
