/**
 * The webhook event catalog (brief §5). The order matters: it is the order the
 * Partners screen lists the subscriptions in.
 */
export const eventTypes = [
  'order.created',
  'order.updated',
  'order.closed',
  'order.cancelled',
  'menu.updated',
  'menu.hours.updated',
  'menu.item.updated',
  'store.updated',
  'webhook.test',
] as const;

export type EventType = (typeof eventTypes)[number];

/**
 * Each event in a few words, shown first wherever an event is named; the code
 * (`order.created`) follows as secondary text for whoever builds the partner's side.
 */
export const eventTypeTitles: Record<EventType, string> = {
  'order.created': 'New order',
  'order.updated': 'Order changed',
  'order.closed': 'Order closed',
  'order.cancelled': 'Order cancelled',
  'menu.updated': 'Menu changed',
  'menu.hours.updated': 'Menu hours changed',
  'menu.item.updated': 'Menu item changed',
  'store.updated': 'Store changed',
  'webhook.test': 'Test event',
};

/** Plain-language descriptions shown beside each subscription checkbox. */
export const eventTypeDescriptions: Record<EventType, string> = {
  'order.created': 'A check is opened (online ordering, POS or a third-party channel)',
  'order.updated': 'Any change to an open check: items added or removed, table changed',
  'order.closed': 'A check is closed',
  'order.cancelled': 'A check is cancelled, with the reason and who cancelled it',
  'menu.updated': 'Menu content changes: availability, prices, descriptions, structure',
  'menu.hours.updated': 'Menu hours change',
  'menu.item.updated': 'One menu item changes, including in stock / 86’d',
  'store.updated': 'Store status or operating hours change',
  'webhook.test': 'A test event sent with “Send test event”',
};
