import type { EventType } from '../../../shared/domain/event-types';
import {
  hookDestinationId,
  partnerDestinationId,
  testInboxDestinationId,
  testInboxName,
} from '../../../shared/domain/destinations';
import { orderHookLabels, type OrderHookKind } from '../../../shared/domain/order-hooks';
import type { Settings } from '../settings/settings-schema';

/** Where an order came from; the 3rd Order switch decides whether non-OLO orders go to the Open hook. */
export type OrderSource = 'olo' | 'pos' | 'third_party';

/** A place webhooks go: a partner endpoint or one of the seed page's order hooks. */
export interface Destination {
  id: string;
  name: string;
}

export { hookDestinationId, partnerDestinationId, testInboxDestinationId };

/** What routing needs to know about an event besides its type. */
export interface RoutingHints {
  orderSource?: OrderSource;
  /** Only these destinations (e.g. "Send test event" to one partner). */
  only?: readonly string[];
}

/**
 * The seed page's mapping (brief §3): Open ← order.created from online ordering,
 * and from the POS or a third-party channel too when "3rd Order Web Hooks is
 * Active"; Update ← order.updated and order.cancelled (a cancellation is a change
 * to the check); Close ← order.closed. A disabled hook gets nothing, URL or not.
 */
function orderHookFor(type: EventType, hints: RoutingHints, settings: Settings): OrderHookKind | null {
  switch (type) {
    case 'order.created':
      return hints.orderSource === 'olo' || settings.orderHooks.thirdOrderActive ? 'openOrder' : null;
    case 'order.updated':
    case 'order.cancelled':
      return 'updateOrder';
    case 'order.closed':
      return 'closeOrder';
    default:
      return null;
  }
}

/**
 * Every destination an event goes to under the current settings: enabled
 * partners subscribed to its type, and the order hook the seed page maps it to.
 */
export function routeEvent(type: EventType, hints: RoutingHints, settings: Settings): Destination[] {
  if (hints.only) return namedDestinations(settings).filter((d) => hints.only?.includes(d.id));
  const destinations: Destination[] = [];
  for (const partner of settings.partners) {
    if (partner.enabled && partner.eventTypes.includes(type)) {
      destinations.push({ id: partnerDestinationId(partner.id), name: partner.name });
    }
  }
  const hook = orderHookFor(type, hints, settings);
  if (hook) {
    const { url, enabled } = settings.orderHooks[hook];
    if (enabled && url !== '') destinations.push({ id: hookDestinationId(hook), name: orderHookLabels[hook] });
  }
  return destinations;
}

/** Every configured destination, enabled or not: what an explicit target (a test event) may name. */
export function everyDestination(settings: Settings): Destination[] {
  const hooks = (Object.keys(orderHookLabels) as OrderHookKind[])
    .filter((kind) => settings.orderHooks[kind].url !== '')
    .map((kind) => ({ id: hookDestinationId(kind), name: orderHookLabels[kind] }));
  return [...settings.partners.map((p) => ({ id: partnerDestinationId(p.id), name: p.name })), ...hooks];
}

/**
 * What a send by hand may name: every configured destination, and the built-in
 * Test Inbox once it has a port. Routing never sends the inbox anything by itself.
 */
export function namedDestinations(settings: Settings): Destination[] {
  const inbox = settings.testInbox.port === null ? [] : [{ id: testInboxDestinationId, name: testInboxName }];
  return [...everyDestination(settings), ...inbox];
}
