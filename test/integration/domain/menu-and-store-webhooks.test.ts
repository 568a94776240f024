import { describe, expect, it } from 'vitest';
import { closedWeek } from '../../../shared/domain/hours';
import type { StoreView } from '../../../shared/domain/store';
import { startReceiver, useReceivers, type Receiver } from '../delivery/receiver';
import { useTestCores, type TestCore } from '../../support/test-core';
import { arrivals, itemInputOf, mainMenuItem, partner, receivedAt } from './domain-fixtures';

useReceivers();
const open = useTestCores();

const ok = (_req: unknown, res: { end(body: string): void }) => res.end('ok');
const storeInput = ({ id: _i, updatedAt: _u, ...store }: StoreView) => store;

/** A core whose "menus" partner hears every menu and store event. */
async function menuPartnerCore(): Promise<{ core: TestCore; receiver: Receiver }> {
  const receiver = await startReceiver(ok);
  const core = open();
  await core.value(
    'partners.create',
    partner(receiver, 'menus', ['menu.updated', 'menu.item.updated', 'menu.hours.updated', 'store.updated']),
  );
  return { core, receiver };
}

describe('menu and store changes → a subscribed partner, through a real receiver', () => {
  it('sends a price change as menu.item.updated with the new price and old/new, plus menu.updated', async () => {
    const { core, receiver } = await menuPartnerCore();
    await core.value('menu.items.save', { ...itemInputOf(await mainMenuItem(core, 'itm_margherita')), price: 1150 });
    await core.idle();

    expect(arrivals(receiver).sort()).toEqual([
      ['/menus', 'menu.item.updated'],
      ['/menus', 'menu.updated'],
    ]);
    const [itemEvent] = receiver.requests
      .map((r) => JSON.parse(r.body) as { type: string; data: unknown })
      .filter((e) => e.type === 'menu.item.updated');
    expect(itemEvent?.data).toMatchObject({
      item: { id: 'itm_margherita', name: 'Margherita', price: { amount: 1150, currency: 'EUR' }, in_stock: true },
      changes: [{ field: 'price', old: { amount: 1050, currency: 'EUR' }, new: { amount: 1150, currency: 'EUR' } }],
    });
  });

  it('86s ten items in one bulk edit: ten menu.item.updated with in_stock false and exactly one menu.updated', async () => {
    const { core, receiver } = await menuPartnerCore();
    const menu = await core.value('menus.get', { id: 'mnu_main' });
    const ten = menu.categories
      .flatMap((c) => c.items)
      .slice(0, 10)
      .map((i) => i.id);
    await core.value('menu.items.setInStock', { ids: ten, inStock: false });
    await core.idle();

    const items = receivedAt(receiver, '/menus').filter((e) => e.type === 'menu.item.updated');
    expect(items.map((e) => (e.data.item as { id: string }).id).sort()).toEqual([...ten].sort());
    for (const event of items) {
      expect(event.data).toMatchObject({
        item: { in_stock: false },
        changes: [{ field: 'in_stock', old: true, new: false }],
      });
    }
    const menus = receivedAt(receiver, '/menus').filter((e) => e.type === 'menu.updated');
    expect(menus).toHaveLength(1);
    const received = menus[0]?.data.menu as { categories: { items: { id: string; in_stock: boolean }[] }[] };
    expect(
      received.categories
        .flatMap((c) => c.items)
        .filter((i) => !i.in_stock)
        .map((i) => i.id)
        .sort(),
    ).toEqual([...ten].sort());
  });

  it('sends store.updated when the store is paused, and menu.hours.updated for new menu hours', async () => {
    const { core, receiver } = await menuPartnerCore();
    const until = new Date(core.clock.now().getTime() + 45 * 60_000).toISOString().replace('Z', '+00:00');
    await core.value('store.setStatus', { status: { state: 'paused', until } });
    const hours = {
      ...closedWeek(),
      friday: [{ start: '22:00', end: '03:00' }],
      saturday: [{ start: '22:00', end: '03:00' }],
    };
    await core.value('menu.hours.save', { menuId: 'mnu_late', hours });
    await core.idle();

    const [store] = receivedAt(receiver, '/menus').filter((e) => e.type === 'store.updated');
    expect(store?.data).toMatchObject({
      store: { name: 'Trattoria Aurora', status: { state: 'paused', until } },
      changes: [{ field: 'status', old: { state: 'open' }, new: { state: 'paused', until } }],
    });
    expect(store?.store_id).toBe((store?.data.store as { id: string }).id);
    const [menuHours] = receivedAt(receiver, '/menus').filter((e) => e.type === 'menu.hours.updated');
    expect(menuHours?.data).toEqual({ menu_id: 'mnu_late', name: 'Late night', hours });
  });

  it('sends nothing for saves that change nothing (checked once the queue is idle)', async () => {
    const { core, receiver } = await menuPartnerCore();
    await core.value('menu.items.save', itemInputOf(await mainMenuItem(core, 'itm_margherita')));
    await core.value('menu.items.setInStock', { ids: ['itm_margherita', 'itm_diavola'], inStock: true });
    await core.value('menu.items.setPrice', { prices: [{ id: 'itm_margherita', price: 1050 }] });
    await core.value('store.save', storeInput(await core.value('store.get', {})));
    const menu = await core.value('menus.get', { id: 'mnu_main' });
    await core.value('menu.hours.save', { menuId: menu.id, hours: menu.hours });
    await core.idle();
    expect(receiver.requests).toEqual([]);
    expect((await core.value('deliveries.count', { filter: {} })).total).toBe(0);
    expect(core.pushed.filter((p) => p.event === 'domain.changed')).toEqual([]);
  });

  it('refuses invalid input with field paths and saves nothing', async () => {
    const { core, receiver } = await menuPartnerCore();
    const margherita = itemInputOf(await mainMenuItem(core, 'itm_margherita'));
    const result = await core.call('menu.items.save', { ...margherita, name: '', price: 100_000_001 });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'validation_failed',
        issues: [{ path: 'name' }, { path: 'price', message: 'A price can be at most 1,000,000.00.' }],
      },
    });
    const hours = {
      ...closedWeek(),
      friday: [{ start: '22:00', end: '02:00' }],
      saturday: [{ start: '01:00', end: '04:00' }],
    };
    expect(await core.call('menu.hours.save', { menuId: 'mnu_late', hours })).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'hours.saturday.0', message: 'Overlaps 22:00–02:00 on Friday.' }] },
    });
    await core.idle();
    expect(receiver.requests).toEqual([]);
    expect((await mainMenuItem(core, 'itm_margherita')).price).toBe(1050);
  });

  it('previews who will receive an edit, as the outbox will route it', async () => {
    const { core, receiver } = await menuPartnerCore();
    await core.value('partners.create', partner(receiver, 'orders', ['order.created']));
    const preview = await core.value('routing.preview', { eventTypes: ['menu.item.updated', 'menu.updated'] });
    expect(preview.destinations.map((d) => [d.name, d.eventTypes])).toEqual([
      ['menus', ['menu.item.updated', 'menu.updated']],
    ]);
  });
});
