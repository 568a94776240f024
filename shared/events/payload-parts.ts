import { z } from 'zod';
import { checkStatuses, orderSources } from '../domain/checks';
import { weekdays, type Weekday } from '../domain/hours';

/**
 * The building blocks of webhook payloads. Payloads use snake_case like the
 * envelope (`store_id`), money is integer minor units plus an ISO 4217 code, and
 * times are ISO 8601 with the restaurant's offset. These zod schemas are the one
 * source of the payload types and of the published JSON Schemas.
 */

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const timestamp = z.iso.datetime({ offset: true }).describe('ISO 8601 with offset, e.g. 2026-11-22T19:05:00.000+01:00');
const nullableTimestamp = timestamp.nullable();

export const moneyPayload = z
  .object({
    amount: z.number().int().describe('Integer minor units (cents): 1250 is 12.50'),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .describe('ISO 4217 code'),
  })
  .meta({ id: 'Money', title: 'Money' });

export const timeRangePayload = z.object({ start: hhmm, end: hhmm }).meta({
  id: 'TimeRange',
  title: 'Time range',
  description: 'HH:MM wall-clock times; an end before the start runs past midnight (22:00–02:00).',
});

export const weeklyHoursPayload = z
  .object(
    Object.fromEntries(weekdays.map((day) => [day, z.array(timeRangePayload)])) as Record<
      Weekday,
      z.ZodArray<typeof timeRangePayload>
    >,
  )
  .meta({
    id: 'WeeklyHours',
    title: 'Weekly hours',
    description: 'Opening ranges per weekday; an empty list means closed that day.',
  });

export const modifierOptionPayload = z.object({
  id: z.string(),
  name: z.string(),
  price: moneyPayload.describe('Added to the item price when chosen'),
  in_stock: z.boolean().describe("false when this choice is 86'd"),
});

export const modifierGroupPayload = z
  .object({
    id: z.string(),
    name: z.string(),
    required: z
      .boolean()
      .describe('true: every order line answers it (at least min_choices); false: it may be left empty'),
    min_choices: z.number().int().min(0),
    max_choices: z.number().int().min(1),
    options: z.array(modifierOptionPayload),
  })
  .meta({ id: 'ModifierGroup', title: 'Modifier group' });

export const itemPayload = z
  .object({
    id: z.string(),
    menu_id: z.string(),
    category_id: z.string(),
    name: z.string(),
    description: z.string(),
    price: moneyPayload,
    in_stock: z.boolean().describe("false when the item is 86'd (sold out)"),
    back_in_stock_at: nullableTimestamp.describe(
      "When an item 86'd until later comes back in stock by itself (a menu.item.updated is sent then); null otherwise",
    ),
    image_url: z
      .url({ protocol: /^https$/ })
      .nullable()
      .describe('An https picture of the dish, or null'),
    modifier_groups: z.array(modifierGroupPayload),
    updated_at: timestamp,
  })
  .meta({ id: 'MenuItem', title: 'Menu item' });

export const menuPayload = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    hours: weeklyHoursPayload,
    categories: z.array(z.object({ id: z.string(), name: z.string(), items: z.array(itemPayload) })),
    updated_at: timestamp,
  })
  .meta({ id: 'Menu', title: 'Menu' });

export const storeStatusPayload = z
  .discriminatedUnion('state', [
    z.object({ state: z.literal('open') }),
    z.object({ state: z.literal('busy'), delay_minutes: z.number().int().min(1) }),
    z.object({ state: z.literal('paused'), until: timestamp }),
    z.object({ state: z.literal('closed') }),
  ])
  .meta({
    id: 'StoreStatus',
    title: 'Store status',
    description: 'busy adds delay_minutes to quoted times; paused takes no online orders until `until`.',
  });

export const specialDatePayload = z.object({
  date: z.iso.date(),
  closed: z.boolean(),
  ranges: z.array(timeRangePayload),
  note: z.string(),
});

export const storePayload = z
  .object({
    id: z.string().describe('The same id as the envelope’s store_id'),
    name: z.string(),
    timezone: z.string().describe('IANA time zone, e.g. Europe/Berlin'),
    currency: z.string().regex(/^[A-Z]{3}$/),
    tax_rate_bps: z.number().int().min(0).max(10_000).describe('Basis points: 1900 is 19 %'),
    tax_included: z.boolean().describe('true when prices include tax'),
    status: storeStatusPayload,
    hours: weeklyHoursPayload,
    special_dates: z.array(specialDatePayload),
    updated_at: timestamp,
  })
  .meta({ id: 'Store', title: 'Store' });

export const checkLinePayload = z
  .object({
    id: z.string(),
    item_id: z.string(),
    name: z.string().describe('The item name when the line was added'),
    unit_price: moneyPayload,
    quantity: z.number().int().min(1),
    modifiers: z.array(
      z.object({
        group_id: z.string(),
        group_name: z.string(),
        option_id: z.string(),
        name: z.string(),
        price: moneyPayload,
      }),
    ),
    notes: z.string(),
    /** (unit_price + modifier prices) × quantity */
    total: moneyPayload,
  })
  .meta({ id: 'CheckLine', title: 'Check line' });

export const checkPayload = z
  .object({
    id: z.string(),
    number: z.number().int().min(1).describe('Sequential per store: what staff call the check'),
    source: z.enum(orderSources).describe('olo = online ordering, pos = at the till, third_party = another channel'),
    table: z.string().nullable(),
    guests: z.number().int().min(1).nullable(),
    notes: z.string(),
    status: z.enum(checkStatuses),
    lines: z.array(checkLinePayload),
    subtotal: moneyPayload,
    tax: moneyPayload,
    total: moneyPayload,
    tax_rate_bps: z.number().int().min(0),
    tax_included: z.boolean(),
    opened_at: timestamp,
    closed_at: nullableTimestamp,
    cancelled_at: nullableTimestamp,
    cancel_reason: z.string().nullable(),
    cancelled_by: z.string().nullable(),
    updated_at: timestamp,
  })
  .meta({ id: 'Check', title: 'Check' });

export type MoneyPayload = z.infer<typeof moneyPayload>;
export type ItemPayload = z.infer<typeof itemPayload>;
export type MenuPayload = z.infer<typeof menuPayload>;
export type StorePayload = z.infer<typeof storePayload>;
export type CheckPayload = z.infer<typeof checkPayload>;
export type CheckLinePayload = z.infer<typeof checkLinePayload>;
export type ModifierGroupPayload = z.infer<typeof modifierGroupPayload>;
