import type { Notice, SystemStatus } from '../domain/app-info';
import type { DeliveriesChanged, DeliveryAlert, ResendProgress } from '../domain/deliveries';
import type { InboxEntry } from '../domain/inbox';
import type { DomainScope } from '../domain/sample-data';
import type { ResyncProgress } from '../domain/partner-resync';
import type { LateOrder } from '../domain/order-deadlines';

/**
 * Events the core pushes to every window. Payloads are small; a window that needs
 * more calls the matching method.
 */
export interface HubEvents {
  /** Online/offline or the queue changed. */
  'system.status': SystemStatus;
  /** Settings changed (possibly from another window): refetch that scope. */
  'settings.changed': { scope: 'orderHooks' | 'partners' | 'deliveryPolicy' | 'desktop' };
  /** Store, menus or checks changed (possibly from another window): refetch that scope. */
  'domain.changed': { scope: DomainScope };
  /** A new notice for the operator. */
  'app.notice': Notice;
  /** Deliveries changed state (batched). */
  'deliveries.changed': DeliveriesChanged;
  /** A destination started failing, was paused or disabled, or recovered. */
  'delivery.alert': DeliveryAlert;
  /** A bulk resend advanced, finished or was cancelled. */
  'deliveries.resendProgress': ResendProgress;
  /** The built-in test inbox received a request. */
  'inbox.received': InboxEntry;
  /**
   * The desktop app's own: a desktop notification about a failing partner was clicked,
   * so the window shows that destination's undelivered webhooks (never sent by the core).
   */
  'app.showUndelivered': { destinationId: string };
  /** A partner's "Send current state" queued or delivered one more, waits, or ended (#14). */
  'partners.resyncProgress': ResyncProgress;
  /** The order webhooks past their deadline changed: all of them, oldest first (#14). */
  'deliveries.lateOrders': { orders: LateOrder[] };
  /**
   * The desktop app's own: a desktop notification about a late order was clicked, so the
   * window shows that delivery (never sent by the core).
   */
  'app.showDelivery': { deliveryId: number };
}

export type EventName = keyof HubEvents;

/** Runtime list of event names, checked against the interface so the two cannot drift. */
export const hubEventNames = [
  'system.status',
  'settings.changed',
  'domain.changed',
  'app.notice',
  'deliveries.changed',
  'delivery.alert',
  'deliveries.resendProgress',
  'inbox.received',
  'app.showUndelivered',
  'partners.resyncProgress',
  'deliveries.lateOrders',
  'app.showDelivery',
] as const satisfies readonly EventName[];

type Missing = Exclude<EventName, (typeof hubEventNames)[number]>;
// Fails to compile when an event is added to HubEvents but not to hubEventNames.
const everyEventListed: Missing extends never ? true : Missing = true;
void everyEventListed;

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && (hubEventNames as readonly string[]).includes(name);
}
