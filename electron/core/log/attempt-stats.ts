import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { HealthWindow } from '../../../shared/domain/deliveries';

/** The attempts of one destination in [from, to), found through the time index. */
const inWindow = `FROM attempts a INDEXED BY attempts_by_time JOIN deliveries d ON d.id = a.delivery_id
  WHERE a.started_at >= ? AND a.started_at < ? AND d.destination_id = ?`;

/**
 * Counts and latency percentiles of one destination's attempts over a time
 * window. Percentiles are read with ORDER BY … LIMIT 1 OFFSET n, so SQLite
 * keeps at most n rows in its sorter and nothing is loaded into JS.
 */
export class AttemptStats {
  private readonly counts: StatementSync;
  private readonly nth: StatementSync;

  constructor(db: DatabaseSync) {
    this.counts = db.prepare(
      `SELECT COUNT(*) AS attempts, COALESCE(SUM(a.outcome = 'delivered'), 0) AS delivered ${inWindow}`,
    );
    this.nth = db.prepare(`SELECT a.latency_ms AS ms ${inWindow} AND a.outcome = 'delivered' ORDER BY a.latency_ms LIMIT 1 OFFSET ?`);
  }

  window(destinationId: string, from: number, to: number): HealthWindow {
    const { attempts, delivered } = this.counts.get(from, to, destinationId) as { attempts: number; delivered: number };
    return { attempts, delivered, successRate: attempts === 0 ? null : delivered / attempts, ...this.latency(destinationId, from, to, delivered) };
  }

  /** p50 and p95 of the `delivered` attempts already counted in [from, to). */
  latency(destinationId: string, from: number, to: number, delivered: number): Pick<HealthWindow, 'p50Ms' | 'p95Ms'> {
    const percentile = (p: number): number | null => {
      if (delivered === 0) return null;
      const row = this.nth.get(from, to, destinationId, Math.min(delivered - 1, Math.floor(p * delivered))) as { ms: number } | undefined;
      return row?.ms ?? null;
    };
    return { p50Ms: percentile(0.5), p95Ms: percentile(0.95) };
  }
}
