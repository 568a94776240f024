import type { DatabaseSync, StatementSync } from 'node:sqlite';
import {
  healthBucketMs,
  healthRangeMs,
  type DestinationSeries,
  type HealthBucket,
  type HealthRange,
  type HealthSeries,
} from '../../../shared/domain/health-series';
import type { Destination } from '../outbox/routing';
import { AttemptStats } from './attempt-stats';

/**
 * Counts per destination and bucket in one pass over the time index. `?4` is
 * null for every destination. Integer maths: node:sqlite binds JS numbers as
 * REAL, so the bucket number is cast back to an integer.
 */
export const bucketCountsSql = `
  SELECT d.destination_id AS id, CAST((a.started_at - ?1) / ?2 AS INTEGER) AS bucket,
         COUNT(*) AS attempts, SUM(a.outcome = 'delivered') AS delivered
  FROM attempts a INDEXED BY attempts_by_time JOIN deliveries d ON d.id = a.delivery_id
  WHERE a.started_at >= ?1 AND a.started_at < ?3 AND (?4 IS NULL OR d.destination_id = ?4)
  GROUP BY d.destination_id, bucket`;

/**
 * Success rate and p50/p95 latency over time, per destination, for the health
 * chart. Buckets end now (not on the hour), so their sums equal the day and
 * week figures of `deliveries.health` shown beside the chart.
 */
export class HealthSeriesReport {
  private readonly counts: StatementSync;
  private readonly stats: AttemptStats;

  constructor(db: DatabaseSync) {
    this.counts = db.prepare(bucketCountsSql);
    this.stats = new AttemptStats(db);
  }

  /** `only` narrows the query to one destination (the list should then hold just that one). */
  series(destinations: readonly Destination[], range: HealthRange, now: number, only: string | null = null): HealthSeries {
    const bucketMs = healthBucketMs[range];
    const from = now - healthRangeMs[range];
    // Inclusive of now, like `deliveries.health`: an attempt started this millisecond counts.
    const to = now + 1;
    const last = Math.ceil(healthRangeMs[range] / bucketMs) - 1;
    const rows = this.counts.all(from, bucketMs, to, only) as unknown as {
      id: string;
      bucket: number;
      attempts: number;
      delivered: number;
    }[];
    const counted = new Map<string, { attempts: number; delivered: number }>();
    for (const row of rows) {
      // Only `now` itself falls past the last bucket; it belongs to the last one.
      const key = `${row.id} ${Math.min(row.bucket, last)}`;
      const sum = counted.get(key) ?? { attempts: 0, delivered: 0 };
      counted.set(key, { attempts: sum.attempts + row.attempts, delivered: sum.delivered + row.delivered });
    }

    const seriesOf = ({ id, name }: Destination): DestinationSeries => ({
      id,
      name,
      buckets: Array.from({ length: last + 1 }, (_, index): HealthBucket => {
        const start = from + index * bucketMs;
        const end = index === last ? to : start + bucketMs;
        const { attempts = 0, delivered = 0 } = counted.get(`${id} ${index}`) ?? {};
        return {
          start: new Date(start).toISOString(),
          attempts,
          delivered,
          failed: attempts - delivered,
          successRate: attempts === 0 ? null : delivered / attempts,
          // Only buckets with deliveries cost a query each, and each reads one bucket of the index.
          ...this.stats.latency(id, start, end, delivered),
        };
      }),
    });
    return {
      range,
      from: new Date(from).toISOString(),
      to: new Date(to).toISOString(),
      bucketMs,
      destinations: destinations.map(seriesOf),
    };
  }
}
