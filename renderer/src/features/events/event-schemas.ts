import type { EventType } from '../../../../shared/domain/event-types';
import orderCreated from '../../../../shared/events/schemas/order.created.schema.json';
import orderUpdated from '../../../../shared/events/schemas/order.updated.schema.json';
import orderClosed from '../../../../shared/events/schemas/order.closed.schema.json';
import orderCancelled from '../../../../shared/events/schemas/order.cancelled.schema.json';
import menuUpdated from '../../../../shared/events/schemas/menu.updated.schema.json';
import menuDeleted from '../../../../shared/events/schemas/menu.deleted.schema.json';
import menuHoursUpdated from '../../../../shared/events/schemas/menu.hours.updated.schema.json';
import menuItemCreated from '../../../../shared/events/schemas/menu.item.created.schema.json';
import menuItemUpdated from '../../../../shared/events/schemas/menu.item.updated.schema.json';
import menuItemDeleted from '../../../../shared/events/schemas/menu.item.deleted.schema.json';
import storeUpdated from '../../../../shared/events/schemas/store.updated.schema.json';
import webhookTest from '../../../../shared/events/schemas/webhook.test.schema.json';

/**
 * The published JSON Schema of every event type — the very files partners are
 * given (shared/events/schemas, generated from the zod source and checked by a
 * test) — bundled into this screen's chunk, so the catalog needs no round trip
 * and shows exactly what the project publishes. A missing type fails to compile.
 */
export const eventSchemas: Record<EventType, object> = {
  'order.created': orderCreated,
  'order.updated': orderUpdated,
  'order.closed': orderClosed,
  'order.cancelled': orderCancelled,
  'menu.updated': menuUpdated,
  'menu.deleted': menuDeleted,
  'menu.hours.updated': menuHoursUpdated,
  'menu.item.created': menuItemCreated,
  'menu.item.updated': menuItemUpdated,
  'menu.item.deleted': menuItemDeleted,
  'store.updated': storeUpdated,
  'webhook.test': webhookTest,
};
