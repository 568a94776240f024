import type { HubApi } from '../../../shared/contract';
import { deliveryLogPath } from '../features/deliveries/filter-params';
import { undeliveredTo } from '../features/failing/fix-paths';

/**
 * A desktop notification about a failing partner was clicked (the desktop app sends
 * `app.showUndelivered`): show that partner's undelivered webhooks, where the toast's
 * link leads. Through the address, so the router's guard still asks before leaving
 * unsaved changes. Returns an unsubscribe.
 */
export function followDesktopLinks(api: Pick<HubApi, 'on'>, go: (path: string) => void = goTo): () => void {
  const stops = [
    api.on('app.showUndelivered', ({ destinationId }) => go(undeliveredTo(destinationId))),
    // A late order's notification (#14) opens its delivery.
    api.on('app.showDelivery', ({ deliveryId }) => go(deliveryLogPath(deliveryId))),
  ];
  return () => stops.forEach((stop) => stop());
}

function goTo(path: string): void {
  window.location.hash = path;
}
