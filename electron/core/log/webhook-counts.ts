import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { HealthWindow } from '../../../shared/domain/deliveries';
import type { HealthRange } from '../../../shared/domain/health-series';
import { hourMs } from './latency-buckets';
import { rangeHours } from './range-hours';

/** What the webhooks say about a window: how many were made, and how many have got through. */
export type WebhookFigures = Pick<HealthWindow, 'deliveries' | 'delivered'>;

export const noWebhooks: WebhookFigures = { deliveries: 0, delivered: 0 };

// Superseded webhooks were replaced by a newer one about the same thing: never owed, so not counted.
const counted = `state <> 'superseded'`;

/**
 * One destination's webhooks made over whole hours (by `created_at`) and how
 * many of them are delivered now — the share a manager means by "delivered",
 * however many tries each took. Read from the `deliveries_by_destination_created`
 * index alone (destination, created_at, state): a week of a busy partner is one
 * range of it, no table row is read.
 */
export class WebhookCounts {
  private readonly inRange: StatementSync;
  private readonly byPeriod: StatementSync;

  constructor(db: DatabaseSync) {
    this.inRange = db.prepare(`
      SELECT COUNT(*) AS deliveries, COUNT(*) FILTER (WHERE state = 'delivered') AS delivered FROM deliveries
      WHERE destination_id = ? AND created_at >= ? AND created_at < ? AND ${counted}`);
    // node:sqlite binds JS numbers as REAL: the divisor is cast so the division stays an integer one.
    this.byPeriod = db.prepare(`
      SELECT created_at / CAST(?1 AS INTEGER) AS period, COUNT(*) AS deliveries,
             COUNT(*) FILTER (WHERE state = 'delivered') AS delivered FROM deliveries
      WHERE destination_id = ?2 AND created_at >= ?3 AND created_at < ?4 AND ${counted}
      GROUP BY period`);
  }

  /** The whole range as one window. */
  window(destinationId: string, range: HealthRange, now: number): WebhookFigures {
    const { from, to } = rangeMs(range, now);
    return this.inRange.get(destinationId, from, to) as unknown as WebhookFigures;
  }

  /** One window per bucket of the range (only buckets with webhooks), keyed by period number. */
  periods(destinationId: string, range: HealthRange, now: number): Map<number, WebhookFigures> {
    const { hoursPer } = rangeHours(range, now);
    const { from, to } = rangeMs(range, now);
    const rows = this.byPeriod.all(hoursPer * hourMs, destinationId, from, to) as unknown as ({
      period: number;
    } & WebhookFigures)[];
    return new Map(rows.map(({ period, deliveries, delivered }) => [period, { deliveries, delivered }]));
  }
}

/** The range's whole hours in ms, the end exclusive: the same hours the attempts are counted over. */
function rangeMs(range: HealthRange, now: number): { from: number; to: number } {
  const { fromHour, toHour } = rangeHours(range, now);
  return { from: fromHour * hourMs, to: (toHour + 1) * hourMs };
}
