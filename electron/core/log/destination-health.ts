import type { DatabaseSync } from 'node:sqlite';
import { asFailureKind } from '../../../shared/domain/delivery-failures';
import type { DestinationHealth } from '../../../shared/domain/deliveries';
import type { Destination } from '../outbox/routing';
import { HealthWindows } from './health-windows';

/**
 * Share of webhooks delivered and latency percentiles per destination over the
 * last day and week (the same hours as the health chart's), plus whether it is
 * failing or paused now — never for a destination that is disabled (nothing is
 * sent to it, so nothing is failing).
 */
export class DestinationHealthReport {
  private readonly stats: HealthWindows;

  constructor(private readonly db: DatabaseSync) {
    this.stats = new HealthWindows(db);
  }

  report(
    destinations: readonly Destination[],
    now: number,
    failingAfter: number,
    disabled: readonly string[],
  ): DestinationHealth[] {
    const off = new Set(disabled);
    const health = new Map(
      (
        this.db
          .prepare(
            `SELECT destination_id AS id, consecutive_failures AS failures, failing_since AS since, last_reason AS reason,
                    last_failure AS failure, paused_reason AS pausedReason
             FROM destination_health`,
          )
          .all() as unknown as {
          id: string;
          failures: number;
          since: number | null;
          reason: string | null;
          failure: string | null;
          pausedReason: string | null;
        }[]
      ).map((row) => [row.id, row]),
    );
    return destinations.map(({ id, name }) => {
      const row = off.has(id) ? undefined : health.get(id);
      return {
        id,
        name,
        day: this.stats.window(id, '24h', now),
        week: this.stats.window(id, '7d', now),
        failing:
          row && row.failures >= failingAfter
            ? {
                since: row.since === null ? null : new Date(row.since).toISOString(),
                reason: row.reason,
                failure: asFailureKind(row.failure),
              }
            : null,
        pausedReason: row?.pausedReason ?? null,
      };
    });
  }
}
