import type { LateOrder } from '../../../shared/domain/order-deadlines';
import { HubFailure } from '../api/hub-failure';
import { realTimers, type Timers } from '../engine/timers';
import type { EventBus } from '../events/event-bus';
import type { Clock, Logger } from '../ports';
import type { Settings } from '../settings/settings-schema';
import { destinationDeadlines, dueAt } from './destination-deadlines';
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
 * one timer waits for the next deadline to pass, and changes to deliveries or
 * settings look again.
 */
export class DeadlineWatcher {
  private timer: unknown = null;
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
    this.stopListening = this.events.subscribe((event) => {
      if (event === 'deliveries.changed' || event === 'settings.changed') this.soon();
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
    if (next !== null) {
      this.timer = this.timers.setTimeout(() => this.check(), Math.min(Math.max(next - now, 0), maxTimerMs));
    }
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
