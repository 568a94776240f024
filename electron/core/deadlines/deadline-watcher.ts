import type { DeliveriesChanged } from '../../../shared/domain/deliveries';
import type { LateOrder } from '../../../shared/domain/order-deadlines';
import { HubFailure } from '../api/hub-failure';
import { realTimers, type Timers } from '../engine/timers';
import type { EventBus } from '../events/event-bus';
import type { Clock, Logger } from '../ports';
import type { Settings } from '../settings/settings-schema';
import { destinationDeadlines, dueAt, shortestDeadlineMs } from './destination-deadlines';
import type { LateOrderSource, UndeliveredOrderRow } from './late-order-rows';

/**
 * How far back the watcher looks. An order webhook still undelivered after a
 * day is in the Deliveries log; an alert about yesterday's order could no longer
 * reach the guest, and would bury today's.
 */
export const lateOrderLookbackMs = 24 * 3_600_000;
/** Batches of delivery changes are looked at together, at most this often. */
const settleMs = 250;
/** setTimeout's ceiling (~24.8 days). */
const maxTimerMs = 2 ** 31 - 1;

const checkNumberIn = (summary: string): number | null => {
  const match = /#(\d+)/.exec(summary);
  return match ? Number(match[1]) : null;
};

/**
 * Order deadlines (#14): finds order webhooks not delivered by their deadline and
 * tells every window (`deliveries.lateOrders`) until a person handles each one.
 *
 * Wall-clock based: a deadline is the webhook's creation time plus the partner's
 * minutes, compared with the clock now, so time the PC was asleep, offline or the
 * app closed counts — `start` finds at once what became late meanwhile. No polling:
 * one timer waits for the next deadline to pass, and settings changes look again.
 *
 * Delivery changes are read from the event, not the database: a drain of thousands
 * of webhooks must not re-read a day of order webhooks four times a second (it
 * took a tenth of the drain's CPU). A late one delivered leaves the list at once;
 * a late one failing again looks again (its reason is new); a new webhook cannot be
 * due sooner than the shortest deadline from now, so the timer is brought forward to
 * then at most; an old one sent again looks again. Nothing else changes what is late.
 */
export class DeadlineWatcher {
  private timer: unknown = null;
  /** When `timer` fires, in epoch ms. */
  private timerAt = Infinity;
  /** Deliveries with a higher id were made after the last look. */
  private newestSeen = 0;
  private settling: unknown = null;
  private late: LateOrder[] = [];
  private signature = '';
  private stopListening: () => void = () => undefined;

  constructor(
    private readonly rows: LateOrderSource,
    /** The settings now: each destination's deadlines, and which are enabled. */
    private readonly settings: () => Settings,
    private readonly clock: Clock,
    private readonly events: EventBus,
    private readonly logger: Logger,
    private readonly timers: Timers = realTimers,
  ) {}

  start(): void {
    this.stopListening = this.events.subscribe((event, payload) => {
      if (event === 'settings.changed') this.soon();
      else if (event === 'deliveries.changed') this.deliveriesChanged((payload as DeliveriesChanged).deliveries);
    });
    this.check();
  }

  stop(): void {
    this.stopListening();
    this.clear();
  }

  /** The late order webhooks now, oldest first. */
  current(): LateOrder[] {
    return this.late.map((order) => ({ ...order }));
  }

  /**
   * A person phoned the partner: the alert goes, for good (kept in the database),
   * and the webhook stops being sent so the partner does not get the order twice.
   */
  markHandled(deliveryId: number, by: string): LateOrder[] {
    const delivery = this.rows.delivery(deliveryId);
    if (!delivery) throw HubFailure.notFound('That delivery');
    if (!delivery.eventType.startsWith('order.')) {
      throw new HubFailure('validation_failed', 'Only an order webhook can be marked as handled by phone.');
    }
    if (delivery.state === 'delivered') {
      throw new HubFailure(
        'validation_failed',
        'The partner has received this one already; there is nothing to handle.',
      );
    }
    const now = this.clock.now();
    const reason = `Handled by phone by ${by}; not sent any more, so the partner does not get it twice.`;
    if (this.rows.markHandled(deliveryId, by, now.getTime(), reason)) {
      this.events.emit('deliveries.changed', { deliveries: [{ id: deliveryId, state: 'failed' }] });
    }
    this.logger.info('an order webhook was handled by phone', { delivery: deliveryId });
    this.check();
    return this.current();
  }

  /** Looks again now: what is late, and when the next deadline passes. */
  check(): void {
    this.clear();
    const now = this.clock.now().getTime();
    let next: number | null = null;
    try {
      const deadlines = destinationDeadlines(this.settings());
      this.newestSeen = this.rows.newestDeliveryId();
      const late: LateOrder[] = [];
      for (const row of this.rows.undeliveredSince(now - lateOrderLookbackMs)) {
        const own = deadlines.get(row.destinationId);
        if (!own) continue;
        const due = dueAt(row.createdAt, row.eventType, own);
        if (due <= now) late.push(lateOrder(row, due));
        else next = Math.min(next ?? due, due);
      }
      this.publish(late);
    } catch (error) {
      // The database is closing, or a read failed: the next change or start looks again.
      this.logger.error('could not look for late order webhooks', { error: String(error) });
      return;
    }
    if (next !== null) this.wakeAt(next, now);
  }

  /** What a batch of delivery changes means for the late list, without reading the database. */
  private deliveriesChanged(changes: DeliveriesChanged['deliveries']): void {
    const lateIds = new Set(this.late.map((order) => order.deliveryId));
    const arrived = new Set<number>();
    let lookAgain = false;
    let made = false;
    for (const { id, state } of changes) {
      if (lateIds.has(id)) {
        if (state === 'delivered' || state === 'superseded') arrived.add(id);
        // 'sending' is the engine's, not the database's: the alert stays as it is.
        else if (state !== 'sending') lookAgain = true;
      } else if (state === 'pending') {
        if (id > this.newestSeen) made = true;
        else lookAgain = true;
      }
    }
    if (arrived.size > 0) this.publish(this.late.filter((order) => !arrived.has(order.deliveryId)));
    if (lookAgain) this.soon();
    else if (made) this.wakeBy(this.clock.now().getTime() + shortestDeadlineMs(destinationDeadlines(this.settings())));
  }

  /** Looks again no later than `at` (a new webhook's earliest possible deadline). */
  private wakeBy(at: number): void {
    if (at < this.timerAt) this.wakeAt(at, this.clock.now().getTime());
  }

  private wakeAt(at: number, now: number): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = this.timers.setTimeout(() => this.check(), Math.min(Math.max(at - now, 0), maxTimerMs));
  }

  private publish(late: LateOrder[]): void {
    const signature = JSON.stringify(late.map((o) => [o.deliveryId, o.state, o.lastReason, o.destinationName]));
    this.late = late;
    if (signature === this.signature) return;
    this.signature = signature;
    this.events.emit('deliveries.lateOrders', { orders: this.current() });
  }

  /** A batch of changes (a drain delivers many) is looked at once. */
  private soon(): void {
    if (this.settling !== null) return;
    this.settling = this.timers.setTimeout(() => {
      this.settling = null;
      this.check();
    }, settleMs);
  }

  private clear(): void {
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    this.timerAt = Infinity;
    if (this.settling !== null) this.timers.clearTimeout(this.settling);
    this.settling = null;
  }
}

function lateOrder(row: UndeliveredOrderRow, due: number): LateOrder {
  return {
    deliveryId: row.deliveryId,
    destinationId: row.destinationId,
    destinationName: row.destinationName,
    eventType: row.eventType,
    checkNumber: row.checkNumber ?? checkNumberIn(row.summary),
    openedAt: new Date(row.openedAt ?? row.createdAt).toISOString(),
    createdAt: new Date(row.createdAt).toISOString(),
    dueAt: new Date(due).toISOString(),
    state: row.state,
    lastReason: row.lastReason,
  };
}
