import { fixAdviceFor } from '../../shared/domain/delivery-failures';
import { alertHeadline, type DeliveryAlert } from '../../shared/domain/deliveries';
import type { Hub } from '../core/ports';

/** At most one desktop notification per destination in this window of time. */
export const notifyEveryMs = 5 * 60 * 1000;

/** The part of Electron's `Notification` the notifier uses (mockable in tests). */
export interface DesktopNotifications {
  isSupported(): boolean;
  /** `onClick` runs when the person clicks the notification. */
  show(title: string, body: string, onClick?: () => void): void;
}

/** The notification's text: what happened, and for a problem, where the fix is (the same advice as the toast). */
export function notificationBody(alert: DeliveryAlert): string {
  if (alert.kind === 'recovered') return alert.reason;
  return `${alert.reason.replace(/\.$/, '')}. ${fixAdviceFor(alert.failure).note}`;
}

/**
 * Turns the core's delivery alerts into desktop notifications in plain words
 * ("401 — the partner rejected the API key. Check the API key."), at most one per
 * partner every few minutes so a flapping partner cannot flood the desktop. A
 * recovery is told only to someone who was told of the problem, and then always:
 * otherwise the last word on the desktop would be a failure that is long fixed.
 * Clicking a problem's notification opens that destination's undelivered webhooks
 * (`open(id)`), where the toast's link leads; a recovery's just opens the app (`open(null)`).
 * Returns an unsubscribe.
 */
export function notifyDeliveryAlerts(
  hub: Pick<Hub, 'subscribe'>,
  notifications: DesktopNotifications,
  open: (destinationId: string | null) => void,
  now: () => number = Date.now,
): () => void {
  const lastShown = new Map<string, number>();
  /** Destinations whose last notification was a problem. */
  const toldOfProblem = new Set<string>();
  return hub.subscribe((event, payload) => {
    if (event !== 'delivery.alert' || !notifications.isSupported()) return;
    const alert = payload as DeliveryAlert;
    const id = alert.destinationId;
    if (alert.kind === 'recovered') {
      if (!toldOfProblem.delete(id)) return;
    } else {
      const last = lastShown.get(id);
      if (last !== undefined && now() - last < notifyEveryMs) return;
      toldOfProblem.add(id);
    }
    lastShown.set(id, now());
    notifications.show(alertHeadline(alert), notificationBody(alert), () =>
      open(alert.kind === 'recovered' ? null : id),
    );
  });
}
