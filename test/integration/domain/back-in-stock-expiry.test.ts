import { describe, expect, it } from 'vitest';
import { startReceiver, useReceivers } from '../delivery/receiver';
import { envelopeOf } from '../../support/envelope-of';
import { useTestCores, type TestCore } from '../../support/test-core';

useReceivers();
const open = useTestCores();

interface ItemData {
  name: string;
  in_stock: boolean;
}

async function itemsNamed(core: TestCore, names: readonly string[]) {
  const [summary] = await core.value('menus.list', {});
  const menu = await core.value('menus.get', { id: summary?.id ?? '' });
  const items = menu.categories.flatMap((category) => category.items);
  return names.map((name) => {
    const found = items.find((item) => item.name === name);
    if (!found) throw new Error(`no ${name} in ${menu.name}`);
    return found;
  });
}

describe('items 86’d until later come back by themselves', () => {
  it('stay 86’d until the time, then come back in stock and partners are told, in bulk too', async () => {
    const receiver = await startReceiver((_r, res) => res.end());
    const core = open();
    await core.value('partners.create', {
      name: 'Menu Sync',
      url: receiver.url,
      enabled: true,
      eventTypes: ['menu.item.updated'],
      header: { name: '', value: { action: 'keep' } },
      signingSecret: 'keep',
      timeoutSeconds: 5,
      rateLimitPerSecond: 100,
    });
    const names = ['Tiramisù', 'Funghi'];
    const ids = (await itemsNamed(core, names)).map((item) => item.id);
    const until = new Date(core.clock.now().getTime() + 30 * 60_000).toISOString();
    const out = await core.value('menu.items.setInStock', { ids, inStock: false, until: { kind: 'at', at: until } });
    expect(out.map((item) => [item.inStock, item.backInStockAt && Date.parse(item.backInStockAt)])).toEqual([
      [false, Date.parse(until)],
      [false, Date.parse(until)],
    ]);

    // 29 minutes later: still 86'd.
    core.clock.advance(29 * 60_000);
    core.backInStock.check();
    expect((await itemsNamed(core, names)).map((item) => item.inStock)).toEqual([false, false]);

    core.clock.advance(2 * 60_000);
    core.backInStock.check();
    const back = await itemsNamed(core, names);
    expect(back.map((item) => [item.inStock, item.backInStockAt])).toEqual([
      [true, null],
      [true, null],
    ]);
    await core.idle();
    const told = receiver.requests.map((r) => {
      const item = envelopeOf(r.body).data.item as ItemData;
      return `${item.name}:${item.in_stock}`;
    });
    expect(told.sort()).toEqual(['Funghi:false', 'Funghi:true', 'Tiramisù:false', 'Tiramisù:true']);
    expect(core.pushed.some((p) => p.event === 'domain.changed')).toBe(true);
  });

  it('refuses a time in the past and changes nothing', async () => {
    const core = open();
    const [item] = await itemsNamed(core, ['Tiramisù']);
    const past = new Date(core.clock.now().getTime() - 60_000).toISOString();
    const result = await core.call('menu.items.setInStock', {
      ids: [item?.id ?? ''],
      inStock: false,
      until: { kind: 'at', at: past },
    });
    expect(result.ok ? null : result.error.issues?.[0]).toMatchObject({ message: 'Choose a time in the future.' });
    expect((await itemsNamed(core, ['Tiramisù']))[0]?.inStock).toBe(true);
  });
});
