import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Clock } from '../ports';
import { limitSql } from '../storage/statement-cache';
import { hourOf } from './latency-buckets';

const batchSize = 500;
const dayMs = 86_400_000;
const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Drops the payloads of events whose every delivery succeeded (or was
 * superseded) after the retention period, in small batches so the UI never
 * waits. Events with a failed or queued delivery keep their payload however old:
 * they may still be resent. The rows stay, so the log's history is complete.
 */
export class RetentionPruner {
  private readonly pruneBatchStatement: StatementSync;
  private readonly pruneRollupStatement: StatementSync;

  constructor(
    db: DatabaseSync,
    private readonly clock: Clock,
    private readonly retentionDays: () => number,
  ) {
    this.pruneBatchStatement = db.prepare(`
      UPDATE events SET body = NULL WHERE seq IN (
        SELECT e.seq FROM events e
        WHERE e.body IS NOT NULL AND e.created_at < ?
          AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.event_seq = e.seq AND d.state NOT IN ('delivered', 'superseded'))
        ORDER BY e.created_at
        ${limitSql(batchSize)})`);
    this.pruneRollupStatement = db.prepare('DELETE FROM attempt_rollup WHERE hour < ?');
  }

  /** Prunes one batch; returns how many payloads were dropped. */
  pruneBatch(): number {
    const cutoff = this.clock.now().getTime() - this.retentionDays() * dayMs;
    return Number(this.pruneBatchStatement.run(cutoff).changes);
  }

  /**
   * Drops the health rollup's hours older than the longest health range (a week)
   * plus a day: nothing shows them. A few thousand small rows a week at most.
   */
  pruneRollup(): number {
    return Number(this.pruneRollupStatement.run(hourOf(this.clock.now().getTime() - 8 * dayMs)).changes);
  }

  /** Prunes batch after batch, yielding between them, until nothing is left to prune. */
  async pruneAll(): Promise<number> {
    this.pruneRollup();
    let total = 0;
    for (;;) {
      const pruned = this.pruneBatch();
      total += pruned;
      if (pruned < batchSize) return total;
      await yieldToEventLoop();
    }
  }
}
