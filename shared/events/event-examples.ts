import type { EventType } from '../domain/event-types';
import type { EventData } from './event-data';
import type { CheckLinePayload, CheckPayload, ItemPayload, MenuPayload, StorePayload } from './payload-parts';

/** An envelope as a partner receives it, typed by its event type. */
export interface ExampleEnvelope<T extends EventType> {
  id: string;
  type: T;
  timestamp: string;
  store_id: string;
  sequence: number;
  data: EventData<T>;
}

const storeId = 'store_5f2c9a1e0b7d4c38';
const eur = (amount: number) => ({ amount, currency: 'EUR' });
const at = (time: string) => `2026-11-20T${time}.000+01:00`;
const closed: [] = [];
const hours = {
  monday: closed,
  tuesday: [
    { start: '11:30', end: '14:30' },
    { start: '17:30', end: '22:00' },
  ],
  wednesday: [
    { start: '11:30', end: '14:30' },
    { start: '17:30', end: '22:00' },
  ],
  thursday: [
    { start: '11:30', end: '14:30' },
    { start: '17:30', end: '22:00' },
  ],
  friday: [
    { start: '11:30', end: '14:30' },
    { start: '17:30', end: '02:00' },
  ],
  saturday: [{ start: '12:00', end: '02:00' }],
  sunday: [{ start: '12:00', end: '21:00' }],
};

const margherita: ItemPayload = {
  id: 'itm_margherita',
  menu_id: 'mnu_main',
  category_id: 'cat_pizza',
  name: 'Margherita',
  description: 'Tomato, fior di latte, basil.',
  price: eur(1150),
  in_stock: true,
  back_in_stock_at: null,
  image_url: 'https://images.example.com/trattoria-aurora/margherita.jpg',
  modifier_groups: [
    {
      id: 'mgp_margherita_1',
      name: 'Size',
      required: true,
      min_choices: 1,
      max_choices: 1,
      options: [
        { id: 'opt_margherita_1_1', name: 'Regular (30 cm)', price: eur(0), in_stock: true },
        { id: 'opt_margherita_1_2', name: 'Large (36 cm)', price: eur(350), in_stock: true },
      ],
    },
  ],
  updated_at: at('18:02:11'),
};

const caprese: ItemPayload = {
  id: 'itm_4d2e8a1c6b9f0e3d7a5c',
  menu_id: 'mnu_main',
  category_id: 'cat_dolci',
  name: 'Torta caprese',
  description: 'Chocolate and almond cake, whipped cream.',
  price: eur(720),
  in_stock: true,
  back_in_stock_at: null,
  image_url: null,
  modifier_groups: [],
  updated_at: at('17:40:05'),
};

const menu: MenuPayload = {
  id: 'mnu_main',
  name: 'Main menu',
  description: 'Lunch and dinner, Tuesday to Sunday.',
  hours,
  categories: [{ id: 'cat_pizza', name: 'Pizza', items: [margherita] }],
  updated_at: at('18:02:11'),
};

const line: CheckLinePayload = {
  id: 'ln_3b1f0c2d9e8a4f5b6c7d',
  item_id: 'itm_margherita',
  name: 'Margherita',
  unit_price: eur(1150),
  quantity: 2,
  modifiers: [
    {
      group_id: 'mgp_margherita_1',
      group_name: 'Size',
      option_id: 'opt_margherita_1_2',
      name: 'Large (36 cm)',
      price: eur(350),
    },
  ],
  notes: 'Well done',
  total: eur(3000),
};

const check: CheckPayload = {
  id: 'chk_7e4a2b9c1d0f4e3a8b6c',
  number: 1042,
  source: 'olo',
  table: null,
  guests: null,
  notes: 'Pick-up at 19:30',
  status: 'open',
  lines: [line],
  subtotal: eur(3000),
  tax: eur(479),
  total: eur(3000),
  tax_rate_bps: 1900,
  tax_included: true,
  opened_at: at('19:05:00'),
  closed_at: null,
  cancelled_at: null,
  cancel_reason: null,
  cancelled_by: null,
  updated_at: at('19:05:00'),
};

const store: StorePayload = {
  id: storeId,
  name: 'Trattoria Aurora',
  timezone: 'Europe/Berlin',
  currency: 'EUR',
  tax_rate_bps: 1900,
  tax_included: true,
  status: { state: 'paused', until: at('20:30:00') },
  hours,
  special_dates: [{ date: '2026-12-24', closed: true, ranges: [], note: 'Christmas Eve' }],
  updated_at: at('19:48:30'),
};

function envelope<T extends EventType>(
  type: T,
  sequence: number,
  time: string,
  data: EventData<T>,
): ExampleEnvelope<T> {
  const hex = [...type]
    .reduce((n, c) => (n * 31 + c.charCodeAt(0)) >>> 0, 7)
    .toString(16)
    .padStart(8, '0');
  return { id: `evt_${hex.repeat(4)}`, type, timestamp: at(time), store_id: storeId, sequence, data };
}

const water = {
  ...line,
  id: 'ln_9c8b7a6d5e4f3a2b1c0d',
  item_id: 'itm_san-pellegrino',
  name: 'San Pellegrino',
  unit_price: eur(390),
  quantity: 1,
  modifiers: [],
  notes: '',
  total: eur(390),
};
const withWater: CheckPayload = {
  ...check,
  lines: [line, water],
  subtotal: eur(3390),
  tax: eur(541),
  total: eur(3390),
  updated_at: at('19:12:40'),
};

/** One realistic example per event type: what the docs show and the generated `examples/*.json` hold. */
export const eventExamples: { [T in EventType]: ExampleEnvelope<T> } = {
  'order.created': envelope('order.created', 1, '19:05:00', { check }),
  'order.updated': envelope('order.updated', 2, '19:12:40', {
    check: withWater,
    changes: [{ kind: 'line_added', line: water }],
  }),
  'order.closed': envelope('order.closed', 3, '19:58:02', {
    check: { ...withWater, status: 'closed', closed_at: at('19:58:02'), updated_at: at('19:58:02') },
  }),
  'order.cancelled': envelope('order.cancelled', 2, '19:09:15', {
    check: {
      ...check,
      status: 'cancelled',
      cancelled_at: at('19:09:15'),
      cancel_reason: 'Guest called to cancel',
      cancelled_by: 'Maria (manager)',
      updated_at: at('19:09:15'),
    },
    reason: 'Guest called to cancel',
    cancelled_by: 'Maria (manager)',
  }),
  'menu.updated': envelope('menu.updated', 12, '18:02:11', { menu }),
  'menu.deleted': envelope('menu.deleted', 6, '23:15:00', {
    menu_id: 'mnu_7b3f9e2a1c4d8e6f0a2b',
    name: 'Christmas market',
    deleted_at: at('23:15:00'),
  }),
  'menu.hours.updated': envelope('menu.hours.updated', 13, '18:10:00', {
    menu_id: 'mnu_main',
    name: 'Main menu',
    hours,
  }),
  'menu.item.created': envelope('menu.item.created', 1, '17:40:05', { item: caprese }),
  'menu.item.updated': envelope('menu.item.updated', 4, '18:02:11', {
    item: margherita,
    changes: [{ field: 'price', old: eur(1050), new: eur(1150) }],
  }),
  'menu.item.deleted': envelope('menu.item.deleted', 3, '22:31:47', {
    item: { ...caprese, in_stock: false, updated_at: at('21:05:12') },
    deleted_at: at('22:31:47'),
  }),
  'store.updated': envelope('store.updated', 7, '19:48:30', {
    store,
    changes: [{ field: 'status', old: { state: 'open' }, new: { state: 'paused', until: at('20:30:00') } }],
  }),
  'webhook.test': envelope('webhook.test', 1, '10:00:00', { message: 'A test event from Integration Hub.' }),
};
