import { z } from 'zod';
import { eventTypes, type EventType } from '../domain/event-types';
import {
  checkLinePayload,
  checkPayload,
  itemPayload,
  menuPayload,
  modifierGroupPayload,
  moneyPayload,
  specialDatePayload,
  storePayload,
  storeStatusPayload,
  weeklyHoursPayload,
} from './payload-parts';

const deletedAt = z.iso.datetime({ offset: true }).describe('When it was deleted, ISO 8601 with offset');

/** One changed field with its value before and after. */
function change<F extends string, V extends z.ZodType>(field: F, value: V) {
  return z.object({ field: z.literal(field), old: value, new: value });
}

/** What changed on an item, field by field (`menu.item.updated`). */
export const itemChange = z.discriminatedUnion('field', [
  change('name', z.string()),
  change('description', z.string()),
  change('price', moneyPayload),
  change('in_stock', z.boolean()),
  change('back_in_stock_at', z.iso.datetime({ offset: true }).nullable()),
  change('image_url', z.string().nullable()),
  change('category_id', z.string()),
  change('modifier_groups', z.array(modifierGroupPayload)),
]);

/** What changed on the store (`store.updated`). */
export const storeChange = z.discriminatedUnion('field', [
  change('name', z.string()),
  change('timezone', z.string()),
  change('currency', z.string()),
  change('tax_rate_bps', z.number().int()),
  change('tax_included', z.boolean()),
  change('status', storeStatusPayload),
  change('hours', weeklyHoursPayload),
  change('special_dates', z.array(specialDatePayload)),
]);

/** What changed on a check (`order.updated`). */
export const orderChange = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('line_added'), line: checkLinePayload }),
  z.object({ kind: z.literal('line_removed'), line: checkLinePayload }),
  z.object({ kind: z.literal('table_changed'), old: z.string().nullable(), new: z.string().nullable() }),
]);

/**
 * The `data` of each event type: the single source of the payload types, the
 * published JSON Schemas and the schema test of every emitted event.
 */
export const eventDataSchemas = {
  'order.created': z.object({ check: checkPayload }),
  'order.updated': z.object({ check: checkPayload, changes: z.array(orderChange).min(1) }),
  'order.closed': z.object({ check: checkPayload }),
  'order.cancelled': z.object({ check: checkPayload, reason: z.string().min(1), cancelled_by: z.string().min(1) }),
  'menu.updated': z.object({ menu: menuPayload }),
  'menu.deleted': z.object({ menu_id: z.string(), name: z.string(), deleted_at: deletedAt }),
  'menu.hours.updated': z.object({ menu_id: z.string(), name: z.string(), hours: weeklyHoursPayload }),
  'menu.item.created': z.object({ item: itemPayload }),
  'menu.item.updated': z.object({ item: itemPayload, changes: z.array(itemChange).min(1) }),
  'menu.item.deleted': z.object({
    item: itemPayload.describe('The item as it was just before it was deleted'),
    deleted_at: deletedAt,
  }),
  'store.updated': z.object({ store: storePayload, changes: z.array(storeChange) }),
  'webhook.test': z.object({ message: z.string() }),
} satisfies Record<EventType, z.ZodType>;

export type EventData<T extends EventType> = z.infer<(typeof eventDataSchemas)[T]>;
export type ItemChange = z.infer<typeof itemChange>;
export type StoreChange = z.infer<typeof storeChange>;
export type OrderChange = z.infer<typeof orderChange>;

/** The whole envelope of one event type, as a partner receives it. */
export function envelopeSchema<T extends EventType>(type: T) {
  return z.object({
    id: z
      .string()
      .regex(/^evt_[0-9a-f]{32}$/)
      .describe('Stable across retries and resends; the webhook-id header'),
    type: z.literal(type),
    timestamp: z.iso.datetime({ offset: true }),
    store_id: z.string(),
    sequence: z.number().int().min(1).describe('Increases by one per resource (check, menu, item, store)'),
    example: z
      .literal(true)
      .optional()
      .describe(
        'Present only on an example sent by hand from the Event Catalog: not a real order or change; do not act on it',
      ),
    resync: z
      .literal(true)
      .optional()
      .describe(
        'Present only when the restaurant sent its current state again ("Send current state"): the data is what already is, not a new change; apply it as a snapshot',
      ),
    data: eventDataSchemas[type],
  });
}

export { eventTypes };
