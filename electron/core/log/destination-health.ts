import type { DatabaseSync } from 'node:sqlite';
import type { DestinationHealth, HealthWindow } from '../../../shared/domain/deliveries';
import type { Destination } from '../outbox/routing';

const dayMs = 86_400_000;

/**
 * Success rate and latency percentiles per destination over the last day and
 * week, computed from the attempts (by their time index), plus whether it is
 * failing or paused now.
 */
export class DestinationHealthReport {
  constructor(private readonly db: DatabaseSync) {}

  report(destinations: readonly Destination[], now: number, failingAfter: number): DestinationHealth[] {
    const health = new Map(
      (
        this.db
          .prepare(
            `SELECT destination_id AS id, consecutive_failures AS failures, failing_since AS since, last_reason AS reason,
                    paused_reason AS pausedReason
             FROM destination_health`,
          )
          .all() as unknown as { id: string; failures: number; since: number | null; reason: string | null; pausedReason: string | null }[]
      ).map((row) => [row.id, row]),
    );
    return destinations.map(({ id, name }) => {
      const row = health.get(id);
      return {
        id,
        name,
        day: this.window(id, now - dayMs),
        week: this.window(id, now - 7 * dayMs),
        failing:
          row && row.failures >= failingAfter
            ? { since: row.since === null ? null : new Date(row.since).toISOString(), reason: row.reason }
            : null,
        pausedReason: row?.pausedReason ?? null,
      };
    });
  }

  private window(destinationId: string, since: number): HealthWindow {
    const { attempts, delivered } = this.db
      .prepare(
        `SELECT COUNT(*) AS attempts, COALESCE(SUM(a.outcome = 'delivered'), 0) AS delivered
         FROM attempts a INDEXED BY attempts_by_time JOIN deliveries d ON d.id = a.delivery_id
         WHERE a.started_at >= ? AND d.destination_id = ?`,
      )
      .get(since, destinationId) as { attempts: number; delivered: number };
    const percentile = (p: number): number | null => {
      if (delivered === 0) return null;
      const row = this.db
        .prepare(
          `SELECT a.latency_ms AS ms FROM attempts a INDEXED BY attempts_by_time JOIN deliveries d ON d.id = a.delivery_id
           WHERE a.started_at >= ? AND d.destination_id = ? AND a.outcome = 'delivered'
           ORDER BY a.latency_ms LIMIT 1 OFFSET ?`,
        )
        .get(since, destinationId, Math.min(delivered - 1, Math.floor(p * delivered))) as { ms: number } | undefined;
      return row?.ms ?? null;
    };
    return {
      attempts,
      delivered,
      successRate: attempts === 0 ? null : delivered / attempts,
      p50Ms: percentile(0.5),
      p95Ms: percentile(0.95),
    };
  }
}
