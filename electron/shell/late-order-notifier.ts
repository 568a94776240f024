import type { HubEvents } from '../../shared/contract';
import { lateOrderWhat, minutesWaiting } from '../../shared/domain/order-deadlines';
import type { Hub } from '../core/ports';
import type { DesktopNotifications } from './alert-notifier';

/**
 * A desktop notification for each order that goes late (#14), once per order while
 * the app runs: the window's alert stays until handled, this is what reaches a
 * person who is not looking at the window. After a restart an order still late is
 * told again — nobody may have acted on it. The opening time is left to the window,
 * which writes it in the store's time zone; clicking opens the order's delivery.
 * Returns an unsubscribe.
 */
export function notifyLateOrders(
  hub: Pick<Hub, 'subscribe'>,
  notifications: DesktopNotifications,
  open: (deliveryId: number) => void,
  now: () => number = Date.now,
): () => void {
  const told = new Set<number>();
  return hub.subscribe((event, payload) => {
    if (event !== 'deliveries.lateOrders' || !notifications.isSupported()) return;
    for (const order of (payload as HubEvents['deliveries.lateOrders']).orders) {
      if (told.has(order.deliveryId)) continue;
      told.add(order.deliveryId);
      const minutes = minutesWaiting(order, now());
      notifications.show(
        `${order.destinationName} ${lateOrderWhat(order)}`,
        `Waiting ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}. Retry it now, or phone ${order.destinationName} and read them the order.`,
        () => open(order.deliveryId),
      );
    }
  });
}
