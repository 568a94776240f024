import type { DatabaseSync } from 'node:sqlite';
import {
  healthBucketMs,
  type DestinationSeries,
  type HealthRange,
  type HealthSeries,
} from '../../../shared/domain/health-series';
import type { Destination } from '../outbox/routing';
import { emptyWindow, HealthWindows } from './health-windows';
import { rangeHours } from './range-hours';

/**
 * Share of webhooks delivered and p50/p95 latency over time, per destination,
 * for the health chart: hourly over a day, six-hourly over a week. The buckets
 * cover the same hours as `deliveries.health`, so they add up to it.
 */
export class HealthSeriesReport {
  private readonly stats: HealthWindows;

  constructor(db: DatabaseSync) {
    this.stats = new HealthWindows(db);
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
            undelivered: window.deliveries - window.delivered,
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
