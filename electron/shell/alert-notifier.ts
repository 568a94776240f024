import { alertHeadline, type DeliveryAlert } from '../../shared/domain/deliveries';
import type { Hub } from '../core/ports';

/** At most one desktop notification per destination in this window of time. */
export const notifyEveryMs = 5 * 60 * 1000;

/** The part of Electron's `Notification` the notifier uses (mockable in tests). */
export interface DesktopNotifications {
  isSupported(): boolean;
  show(title: string, body: string): void;
}

/**
 * Turns the core's delivery alerts into desktop notifications in plain words
 * ("401 — the partner rejected the API key"), at most one per partner every few
 * minutes so a flapping partner cannot flood the desktop. Returns an unsubscribe.
 */
export function notifyDeliveryAlerts(
  hub: Pick<Hub, 'subscribe'>,
  notifications: DesktopNotifications,
  now: () => number = Date.now,
): () => void {
  const lastShown = new Map<string, number>();
  return hub.subscribe((event, payload) => {
    if (event !== 'delivery.alert' || !notifications.isSupported()) return;
    const alert = payload as DeliveryAlert;
    const last = lastShown.get(alert.destinationId);
    if (last !== undefined && now() - last < notifyEveryMs) return;
    lastShown.set(alert.destinationId, now());
    notifications.show(alertHeadline(alert), alert.reason);
  });
}
