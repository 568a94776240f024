import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { HealthWindow } from '../../../shared/domain/deliveries';
import type { HealthRange } from '../../../shared/domain/health-series';
import { failedBucket, percentileMs } from './latency-buckets';
import { rangeHours } from './range-hours';

/** What the attempts say about a window: how many calls, and how fast the delivered ones were answered. */
export type AttemptFigures = Pick<HealthWindow, 'attempts' | 'p50Ms' | 'p95Ms'>;

export const noAttempts: AttemptFigures = { attempts: 0, p50Ms: null, p95Ms: null };

/** Attempts and p50/p95 from one window's latency-bucket counts (ascending). */
function figuresOf(counts: readonly { bucket: number; count: number }[]): AttemptFigures {
  let attempts = 0;
  let delivered = 0;
  for (const { bucket, count } of counts) {
    attempts += count;
    if (bucket !== failedBucket) delivered += count;
  }
  if (attempts === 0) return noAttempts;
  return {
    attempts,
    p50Ms: percentileMs(counts, delivered, 0.5),
    p95Ms: percentileMs(counts, delivered, 0.95),
  };
}

/**
 * One destination's attempts over whole hours, read from the hourly rollup
 * (see latency-buckets.ts): a week is at most a few thousand small rows,
 * whatever the traffic. Latency is per attempt, since an answer time belongs
 * to one HTTP call; the share delivered is per webhook (webhook-counts.ts).
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
  window(destinationId: string, range: HealthRange, now: number): AttemptFigures {
    const { fromHour, toHour } = rangeHours(range, now);
    return figuresOf(
      this.byBucket.all(destinationId, fromHour, toHour) as unknown as { bucket: number; count: number }[],
    );
  }

  /** One window per bucket of the range (only buckets with attempts), keyed by period number. */
  periods(destinationId: string, range: HealthRange, now: number): Map<number, AttemptFigures> {
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
    return new Map([...grouped].map(([period, counts]) => [period, figuresOf(counts)]));
  }
}
