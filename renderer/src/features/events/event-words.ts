import type { EventType } from '../../../../shared/domain/event-types';

/**
 * What each event's `data` carries, in the product brief's words (§5); the JSON
 * Schema beside it has every field.
 */
export const eventCarries: Record<EventType, string> = {
  'order.created': 'the whole check',
  'order.updated': 'the whole check + changes[]',
  'order.closed': 'the whole check',
  'order.cancelled': 'the whole check + reason, by whom',
  'menu.updated': 'the whole menu',
  'menu.deleted': 'the menu id and name, and when it was deleted',
  'menu.hours.updated': 'the menu id, name and its new hours',
  'menu.item.created': 'the item',
  'menu.item.updated': 'the item + changed fields',
  'menu.item.deleted': 'the item as it was, and when it was deleted',
  'store.updated': 'the store + changed fields',
  'webhook.test': 'a sample',
};

/** The catalog's sections, in the order the event types are listed. */
export const eventGroups: readonly { title: string; prefix: string }[] = [
  { title: 'Orders', prefix: 'order.' },
  { title: 'Menu', prefix: 'menu.' },
  { title: 'Store', prefix: 'store.' },
  { title: 'Testing', prefix: 'webhook.' },
];
