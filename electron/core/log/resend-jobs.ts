import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import { undeliveredFilter, type DeliveryFilter, type ResendProgress } from '../../../shared/domain/deliveries';
import { HubFailure } from '../api/hub-failure';
import type { EventBus } from '../events/event-bus';
import type { Clock } from '../ports';
import { inTransaction } from '../storage/database';
import { limitSql, StatementCache } from '../storage/statement-cache';
import { filterSql } from './delivery-filter-sql';

/** States an operator may resend; queued ones (pending, sending, paused) are already on their way. */
const resendableStates: readonly string[] = ['delivered', 'failed', 'superseded', 'retrying'];
/** The same list as one bound parameter for `json_each`. */
const resendable = JSON.stringify(resendableStates);
/**
 * Bulk resends leave out order webhooks a person handled by phone (#14): the
 * partner has the order already, and a "send everything undelivered" after an
 * outage must not give it to them twice. Resending that one delivery by hand
 * still can.
 */
const notHandledByPhone = 'NOT EXISTS (SELECT 1 FROM order_deadline_handled h WHERE h.delivery_id = d.id)';
/** Rows per transaction: small enough that the UI thread never waits long. */
const batchSize = 500;

const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Manual resends (brief §6): one delivery, or every delivery matching a filter,
 * in batches with progress and cancel. A resend keeps the event id and adds an
 * attempt to the same delivery's history; the engine sends it with the
 * destination's current URL and key. What becomes of a failed resend is
 * `nextStepAfterFailure`'s to decide (a retrying delivery keeps its schedule).
 */
export class ResendJobs {
  private readonly cancelled = new Set<string>();
  /** Bulk resends still going, so only those can be cancelled. */
  private readonly running = new Set<string>();
  /** The count and batch queries per filter shape: a repeated bulk resend compiles nothing. */
  private readonly statements: StatementCache;

  constructor(
    private readonly db: DatabaseSync,
    private readonly clock: Clock,
    private readonly events: EventBus,
    private readonly wakeEngine: () => void,
  ) {
    this.statements = new StatementCache(db);
  }

  resendOne(id: number): { queued: number } {
    const row = this.db.prepare('SELECT state FROM deliveries WHERE id = ?').get(id) as { state: string } | undefined;
    if (!row) throw HubFailure.notFound('That delivery');
    if (!resendableStates.includes(row.state)) {
      throw new HubFailure(
        'validation_failed',
        `This delivery is ${row.state} and already queued; there is nothing to resend.`,
      );
    }
    this.requeue([id]);
    this.wakeEngine();
    return { queued: 1 };
  }

  /**
   * Starts sending again, now, every undelivered (failed or retrying) delivery
   * matching `filter` — the operator's "Send N undelivered now" after an outage.
   */
  startUndelivered(filter: DeliveryFilter): ResendProgress {
    const narrowed = undeliveredFilter(filter);
    if (narrowed === null) {
      const nothing: ResendProgress = { jobId: `resend_${randomUUID()}`, done: 0, total: 0, state: 'finished' };
      this.events.emit('deliveries.resendProgress', { ...nothing });
      return nothing;
    }
    return this.start(narrowed);
  }

  /** Starts resending everything matching `filter`; progress arrives as `deliveries.resendProgress` events. */
  start(filter: DeliveryFilter): ResendProgress {
    const where = filterSql(filter);
    const { n: total } = this.statements
      .get(
        `SELECT COUNT(*) AS n FROM deliveries d
         WHERE ${where.sql} AND d.state IN (SELECT value FROM json_each(?)) AND ${notHandledByPhone}`,
      )
      .get(...where.params, resendable) as { n: number };
    const progress: ResendProgress = { jobId: `resend_${randomUUID()}`, done: 0, total, state: 'running' };
    this.running.add(progress.jobId);
    void this.run(filter, progress);
    return { ...progress };
  }

  /** Asks a running bulk resend to stop; false when no such job is running. */
  cancel(jobId: string): boolean {
    if (!this.running.has(jobId)) return false;
    this.cancelled.add(jobId);
    return true;
  }

  private async run(filter: DeliveryFilter, progress: ResendProgress): Promise<void> {
    const where = filterSql(filter);
    const select = this.statements.get(
      `SELECT d.id FROM deliveries d
       WHERE ${where.sql} AND d.state IN (SELECT value FROM json_each(?)) AND ${notHandledByPhone} AND d.id < ?
       ORDER BY d.id DESC ${limitSql(batchSize)}`,
    );
    let before = Number.MAX_SAFE_INTEGER;
    // The total was counted at the start; rows that appear later are not part of this job.
    while (progress.done < progress.total) {
      await yieldToEventLoop();
      if (this.cancelled.delete(progress.jobId)) {
        progress.state = 'cancelled';
        break;
      }
      const ids = (select.all(...where.params, resendable, before) as { id: number }[]).map((r) => r.id);
      if (ids.length === 0) break;
      this.requeue(ids);
      before = ids.at(-1) ?? 0;
      progress.done = Math.min(progress.total, progress.done + ids.length);
      this.events.emit('deliveries.resendProgress', { ...progress });
      this.wakeEngine();
    }
    if (progress.state === 'running') progress.state = 'finished';
    // Ended before anyone hears so: a cancel that follows the last report is not_found.
    this.running.delete(progress.jobId);
    this.cancelled.delete(progress.jobId);
    this.events.emit('deliveries.resendProgress', { ...progress });
  }

  /**
   * Queues one manual attempt each, due now. A retrying delivery remembers when its
   * next automatic attempt was due (`resume_at`), so a failed resend goes back to
   * the schedule instead of ending it. The reason stays the latest attempt's.
   */
  private requeue(ids: readonly number[]): void {
    const now = this.clock.now().getTime();
    inTransaction(this.db, () => {
      this.statements
        .get(
          `UPDATE deliveries SET state = 'pending', manual = 1,
             resume_at = CASE WHEN state = 'retrying' THEN next_attempt_at END,
             next_attempt_at = ?, updated_at = ?, finished_at = NULL
           WHERE id IN (SELECT value FROM json_each(?))`,
        )
        .run(now, now, JSON.stringify(ids));
    });
    this.events.emit('deliveries.changed', { deliveries: ids.map((id) => ({ id, state: 'pending' as const })) });
  }
}
