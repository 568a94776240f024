import type { EventType } from '../../../shared/domain/event-types';
import type { LineInput, OpenCheckInput } from '../../../shared/domain/checks';
import type { MenuItem, MenuItemInput } from '../../../shared/domain/menu';
import type { OrderHooksInput } from '../../../shared/domain/order-hooks';
import type { PartnerInput } from '../../../shared/domain/partners';
import type { Receiver } from '../delivery/receiver';
import { envelopeOf, type ReceivedEnvelope } from '../../support/envelope-of';
import type { TestCore } from '../../support/test-core';
import { defaultOrderDeadlines } from '../../../shared/domain/order-deadlines';

export const apiKey = 'sk_live_abcdef123456';

/** The seed page filled in: Open/Update/Close on the receiver under /open, /update, /close. */
export function orderHooks(receiver: Receiver, overrides: Partial<OrderHooksInput> = {}): OrderHooksInput {
  const base = receiver.url.replace(/\/hooks$/, '');
  return {
    requestHeader: { apiKey: 'X-Partner-Key', value: { action: 'set', value: apiKey } },
    openOrder: { url: `${base}/open`, enabled: true },
    updateOrder: { url: `${base}/update`, enabled: true },
    closeOrder: { url: `${base}/close`, enabled: true },
    thirdOrderActive: false,
    ...overrides,
  };
}

/** A partner on the receiver under /<name>, subscribed to `eventTypes`. */
export function partner(receiver: Receiver, name: string, eventTypes: EventType[]): PartnerInput {
  return {
    name,
    url: `${receiver.url.replace(/\/hooks$/, '')}/${name}`,
    enabled: true,
    eventTypes,
    header: { name: '', value: { action: 'keep' } },
    signingSecret: 'keep',
    timeoutSeconds: 5,
    rateLimitPerSecond: 1000,
    orderDeadlines: { ...defaultOrderDeadlines },
  };
}

export const line = (itemId: string, optionIds: string[] = [], quantity = 1): LineInput => ({
  itemId,
  quantity,
  optionIds,
  notes: '',
});

export const openCheck = (input: Partial<OpenCheckInput> = {}): OpenCheckInput => ({
  source: 'olo',
  table: '',
  guests: null,
  notes: '',
  lines: [line('itm_margherita', ['opt_margherita_1_2'])],
  ...input,
});

/** What arrived where: `[path, type]` per request, in arrival order. */
export function arrivals(receiver: Receiver): [string, string][] {
  return receiver.requests.map((r) => [r.url, envelopeOf(r.body).type]);
}

/** The envelopes one path received. */
export function receivedAt(receiver: Receiver, path: string): ReceivedEnvelope[] {
  return receiver.requests.filter((r) => r.url === path).map((r) => envelopeOf(r.body));
}

/** What the item editor sends back for an item: not its menu, its time stamp or the 86-until time the core keeps. */
export const itemInputOf = ({ menuId: _m, updatedAt: _u, backInStockAt: _b, ...item }: MenuItem): MenuItemInput => item;

/** One item of the sample's main menu, as `menus.get` has it now. */
export async function mainMenuItem(core: TestCore, id: string): Promise<MenuItem> {
  const menu = await core.value('menus.get', { id: 'mnu_main' });
  const found = menu.categories.flatMap((category) => category.items).find((item) => item.id === id);
  if (!found) throw new Error(`no ${id} in the main menu`);
  return found;
}
