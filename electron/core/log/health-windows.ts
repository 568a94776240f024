import type { DatabaseSync } from 'node:sqlite';
import type { HealthWindow } from '../../../shared/domain/deliveries';
import type { HealthRange } from '../../../shared/domain/health-series';
import { AttemptStats, noAttempts, type AttemptFigures } from './attempt-stats';
import { WebhookCounts, noWebhooks, type WebhookFigures } from './webhook-counts';

export const emptyWindow: HealthWindow = windowOf(noWebhooks, noAttempts);

function windowOf({ deliveries, delivered }: WebhookFigures, attempts: AttemptFigures): HealthWindow {
  return { deliveries, delivered, successRate: deliveries === 0 ? null : delivered / deliveries, ...attempts };
}

/**
 * A destination's health over a range or per bucket of it: the share of its
 * webhooks delivered (webhook-counts.ts) beside how many calls were made and
 * how fast they were answered (attempt-stats.ts), over the same whole hours.
 */
export class HealthWindows {
  private readonly deliveries: WebhookCounts;
  private readonly attempts: AttemptStats;

  constructor(db: DatabaseSync) {
    this.deliveries = new WebhookCounts(db);
    this.attempts = new AttemptStats(db);
  }

  window(destinationId: string, range: HealthRange, now: number): HealthWindow {
    return windowOf(this.deliveries.window(destinationId, range, now), this.attempts.window(destinationId, range, now));
  }

  /** One window per bucket of the range that had webhooks or attempts, keyed by period number. */
  periods(destinationId: string, range: HealthRange, now: number): Map<number, HealthWindow> {
    const deliveries = this.deliveries.periods(destinationId, range, now);
    const attempts = this.attempts.periods(destinationId, range, now);
    return new Map(
      [...new Set([...deliveries.keys(), ...attempts.keys()])].map((period) => [
        period,
        windowOf(deliveries.get(period) ?? noWebhooks, attempts.get(period) ?? noAttempts),
      ]),
    );
  }
}
