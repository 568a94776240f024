import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { DeliveryState } from '../../../shared/domain/deliveries';
import { orderEventTypes } from '../../../shared/domain/order-deadlines';
import { inTransaction } from '../storage/database';

/** An order webhook not delivered (yet), not handled by phone: a candidate for its deadline. */
export interface UndeliveredOrderRow {
  deliveryId: number;
  destinationId: string;
  destinationName: string;
  eventType: string;
  state: DeliveryState;
  lastReason: string | null;
  createdAt: number;
  checkNumber: number | null;
  openedAt: number | null;
  summary: string;
}

const orderTypes = JSON.stringify(orderEventTypes);

/** What the deadline watcher reads and writes; `LateOrderRows` is the SQLite one. */
export interface LateOrderSource {
  undeliveredSince(since: number): UndeliveredOrderRow[];
  /** The highest delivery id there is (0 for none): anything above it was made after. */
  newestDeliveryId(): number;
  delivery(id: number): { state: DeliveryState; eventType: string } | null;
  markHandled(id: number, by: string, at: number, reason: string): boolean;
}

/**
 * The deadline watcher's SQL. Only webhooks made since `since` are read, on the
 * by-time index: the watcher looks back a bounded window, so a year of failed
 * webhooks never makes this slower. Examples from the Event Catalog are about a
 * `test` resource, not a real check, and are left out.
 */
export class LateOrderRows implements LateOrderSource {
  private readonly undelivered: StatementSync;
  private readonly insertHandled: StatementSync;
  private readonly stopSending: StatementSync;
  private readonly find: StatementSync;
  private readonly newest: StatementSync;

  constructor(private readonly db: DatabaseSync) {
    this.undelivered = db.prepare(`
      SELECT d.id AS deliveryId, d.destination_id AS destinationId, d.destination_name AS destinationName,
             d.event_type AS eventType, d.state, d.last_reason AS lastReason, d.created_at AS createdAt,
             c.number AS checkNumber, c.opened_at AS openedAt, e.summary
      FROM deliveries d INDEXED BY deliveries_by_created
      JOIN events e ON e.seq = d.event_seq
      LEFT JOIN checks c ON c.id = e.resource_id
      WHERE d.created_at >= ? AND d.state NOT IN ('delivered', 'superseded')
        AND d.event_type IN (SELECT value FROM json_each(?)) AND e.resource_type = 'order'
        AND NOT EXISTS (SELECT 1 FROM order_deadline_handled h WHERE h.delivery_id = d.id)
      ORDER BY d.created_at, d.id`);
    this.insertHandled = db.prepare(
      'INSERT OR IGNORE INTO order_deadline_handled (delivery_id, handled_at, handled_by) VALUES (?, ?, ?)',
    );
    // Still queued: stop it, so the partner does not get the order twice. One in flight
    // right now finishes its attempt; whatever it answers, nothing is retried after it.
    this.stopSending = db.prepare(`
      UPDATE deliveries SET state = 'failed', next_attempt_at = NULL, manual = 0, resume_at = NULL, last_reason = ?,
        updated_at = ?, finished_at = ?
      WHERE id = ? AND state IN ('pending', 'retrying', 'paused')`);
    this.find = db.prepare(`SELECT state, event_type AS eventType FROM deliveries WHERE id = ?`);
    this.newest = db.prepare('SELECT coalesce(max(id), 0) AS id FROM deliveries');
  }

  /** Order webhooks made since `since` that are not delivered and not handled, oldest first. */
  undeliveredSince(since: number): UndeliveredOrderRow[] {
    return this.undelivered.all(since, orderTypes) as unknown as UndeliveredOrderRow[];
  }

  newestDeliveryId(): number {
    return Number((this.newest.get() as { id: number }).id);
  }

  /** The delivery's state and type, or null when there is none with that id. */
  delivery(id: number): { state: DeliveryState; eventType: string } | null {
    return (this.find.get(id) as { state: DeliveryState; eventType: string } | undefined) ?? null;
  }

  /**
   * Records that a person handled it by phone and stops sending it, as one. Returns
   * whether sending was stopped (false when it was delivered or given up already).
   */
  markHandled(id: number, by: string, at: number, reason: string): boolean {
    return inTransaction(this.db, () => {
      this.insertHandled.run(id, at, by);
      return Number(this.stopSending.run(reason, at, at, id).changes) > 0;
    });
  }
}
