import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { HealthWindow } from '../../../shared/domain/deliveries';
import { healthBucketMs, healthRangeMs, type HealthRange } from '../../../shared/domain/health-series';
import { failedBucket, hourMs, hourOf, percentileMs } from './latency-buckets';

/**
 * The hours a health range covers, in whole buckets (1 h over a day, 6 h over a
 * week, aligned to UTC), the last one being the current, partial one — so the
 * chart's buckets and the figures beside it count exactly the same attempts.
 */
export function rangeHours(
  range: HealthRange,
  now: number,
): { hoursPer: number; firstPeriod: number; lastPeriod: number; fromHour: number; toHour: number } {
  const hoursPer = healthBucketMs[range] / hourMs;
  const periods = Math.round(healthRangeMs[range] / healthBucketMs[range]);
  const toHour = hourOf(now);
  const lastPeriod = Math.floor(toHour / hoursPer);
  const firstPeriod = lastPeriod - periods + 1;
  return { hoursPer, firstPeriod, lastPeriod, fromHour: firstPeriod * hoursPer, toHour };
}

export const emptyWindow: HealthWindow = { attempts: 0, delivered: 0, successRate: null, p50Ms: null, p95Ms: null };

/** Counts, success rate and p50/p95 from one window's latency-bucket counts (ascending). */
function windowOf(counts: readonly { bucket: number; count: number }[]): HealthWindow {
  let attempts = 0;
  let delivered = 0;
  for (const { bucket, count } of counts) {
    attempts += count;
    if (bucket !== failedBucket) delivered += count;
  }
  if (attempts === 0) return emptyWindow;
  return {
    attempts,
    delivered,
    successRate: delivered / attempts,
    p50Ms: percentileMs(counts, delivered, 0.5),
    p95Ms: percentileMs(counts, delivered, 0.95),
  };
}

/**
 * One destination's attempts over whole hours, read from the hourly rollup
 * (see latency-buckets.ts): a week is at most a few thousand small rows,
 * whatever the traffic.
 */
export class AttemptStats {
  private readonly byBucket: StatementSync;
  private readonly byPeriod: StatementSync;

  constructor(db: DatabaseSync) {
    this.byBucket = db.prepare(`
      SELECT latency_bucket AS bucket, SUM(count) AS count FROM attempt_rollup
      WHERE destination_id = ? AND hour BETWEEN ? AND ?
      GROUP BY latency_bucket ORDER BY latency_bucket`);
    // node:sqlite binds JS numbers as REAL: the divisor is cast so the division stays an integer one.
    this.byPeriod = db.prepare(`
      SELECT hour / CAST(?1 AS INTEGER) AS period, latency_bucket AS bucket, SUM(count) AS count FROM attempt_rollup
      WHERE destination_id = ?2 AND hour BETWEEN ?3 AND ?4
      GROUP BY period, latency_bucket ORDER BY period, latency_bucket`);
  }

  /** The whole range as one window. */
  window(destinationId: string, range: HealthRange, now: number): HealthWindow {
    const { fromHour, toHour } = rangeHours(range, now);
    return windowOf(
      this.byBucket.all(destinationId, fromHour, toHour) as unknown as { bucket: number; count: number }[],
    );
  }

  /** One window per bucket of the range (only buckets with attempts), keyed by period number. */
  periods(destinationId: string, range: HealthRange, now: number): Map<number, HealthWindow> {
    const { hoursPer, fromHour, toHour } = rangeHours(range, now);
    const rows = this.byPeriod.all(hoursPer, destinationId, fromHour, toHour) as unknown as {
      period: number;
      bucket: number;
      count: number;
    }[];
    const grouped = new Map<number, { bucket: number; count: number }[]>();
    for (const row of rows) {
      const list = grouped.get(row.period) ?? [];
      list.push(row);
      grouped.set(row.period, list);
    }
    return new Map([...grouped].map(([period, counts]) => [period, windowOf(counts)]));
  }
}
