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
  'menu.deleted',
  'menu.hours.updated',
  'menu.item.created',
  'menu.item.updated',
  'menu.item.deleted',
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
  'menu.deleted': 'Menu deleted',
  'menu.hours.updated': 'Menu hours changed',
  'menu.item.created': 'Menu item added',
  'menu.item.updated': 'Menu item changed',
  'menu.item.deleted': 'Menu item deleted',
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
  'menu.deleted': 'A menu is deleted',
  'menu.hours.updated': 'Menu hours change',
  'menu.item.created': 'An item is added to a menu (also by duplicating one)',
  'menu.item.updated': 'One menu item changes, including in stock / 86’d',
  'menu.item.deleted': 'An item is deleted from its menu',
  'store.updated': 'Store status or operating hours change',
  'webhook.test': 'A test event sent with “Send test event”',
};
