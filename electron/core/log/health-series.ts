import type { DatabaseSync } from 'node:sqlite';
import {
  healthBucketMs,
  type DestinationSeries,
  type HealthRange,
  type HealthSeries,
} from '../../../shared/domain/health-series';
import type { Destination } from '../outbox/routing';
import { AttemptStats, emptyWindow, rangeHours } from './attempt-stats';

/**
 * Success rate and p50/p95 latency over time, per destination, for the health
 * chart: hourly over a day, six-hourly over a week, from the hourly rollup. The
 * buckets cover the same hours as `deliveries.health`, so they add up to it.
 */
export class HealthSeriesReport {
  private readonly stats: AttemptStats;

  constructor(db: DatabaseSync) {
    this.stats = new AttemptStats(db);
  }

  series(destinations: readonly Destination[], range: HealthRange, now: number): HealthSeries {
    const bucketMs = healthBucketMs[range];
    const { firstPeriod, lastPeriod } = rangeHours(range, now);
    const seriesOf = ({ id, name }: Destination): DestinationSeries => {
      const periods = this.stats.periods(id, range, now);
      return {
        id,
        name,
        buckets: Array.from({ length: lastPeriod - firstPeriod + 1 }, (_, index) => {
          const window = periods.get(firstPeriod + index) ?? emptyWindow;
          return {
            start: new Date((firstPeriod + index) * bucketMs).toISOString(),
            ...window,
            failed: window.attempts - window.delivered,
          };
        }),
      };
    };
    return {
      range,
      from: new Date(firstPeriod * bucketMs).toISOString(),
      to: new Date(now).toISOString(),
      bucketMs,
      destinations: destinations.map(seriesOf),
    };
  }
}
