import { describe, expect, it } from 'vitest';
import { eventTypes } from '../../../shared/domain/event-types';
import { closedWeek } from '../../../shared/domain/hours';
import { startReceiver, useReceivers } from '../delivery/receiver';
import { useTestCores, type TestCore } from '../../support/test-core';
import { useTempDir } from '../../support/temp-dir';
import { createEventValidator } from '../../tools/event-validator';
import { line, openCheck, orderHooks, partner } from './domain-fixtures';

useReceivers();
const open = useTestCores();
const newDir = useTempDir();

const ok = (_req: unknown, res: { end(body: string): void }) => res.end('ok');
const eventCount = (core: TestCore): number =>
  (core.delivery.db.prepare('SELECT COUNT(*) AS n FROM events').get() as { n: number }).n;

describe('every event the app emits', () => {
  it('validates against its published JSON Schema (a busy evening through the services, received over HTTP)', async () => {
    const receiver = await startReceiver(ok);
    const core = open();
    await core.value('orderHooks.save', orderHooks(receiver, { thirdOrderActive: true }));
    await core.value(
      'partners.create',
      partner(
        receiver,
        'everything',
        eventTypes.filter((t) => t !== 'webhook.test'),
      ),
    );

    // The menu: a price and description change, a bulk 86, new hours, a new item and its deletion.
    const menu = await core.value('menus.get', { id: 'mnu_main' });
    const {
      menuId: _m,
      updatedAt: _u,
      backInStockAt: _b,
      ...margherita
    } = menu.categories.flatMap((c) => c.items).find((i) => i.id === 'itm_margherita')!;
    await core.value('menu.items.save', {
      ...margherita,
      price: 1150,
      description: 'Tomato, fior di latte, basil, olive oil.',
    });
    await core.value('menu.items.setInStock', { ids: ['itm_diavola', 'itm_funghi', 'itm_negroni'], inStock: false });
    await core.value('menu.items.setPrice', { prices: [{ id: 'itm_espresso', price: 280 }] });
    const lateHours = {
      ...closedWeek(),
      friday: [{ start: '22:00', end: '03:00' }],
      saturday: [{ start: '22:00', end: '03:00' }],
    };
    await core.value('menu.hours.save', { menuId: 'mnu_late', hours: lateHours });
    const cake = await core.value('menu.items.save', {
      categoryId: 'cat_dolci',
      name: 'Torta caprese',
      description: '',
      price: 720,
      inStock: true,
      modifierGroups: [],
    });
    await core.value('menu.items.delete', { id: cake.id });
    // A menu tried out and removed while still empty (menu.updated, then menu.deleted).
    const brunch = await core.value('menus.save', { name: 'Brunch', description: '' });
    await core.value('menus.delete', { id: brunch.id });

    // The store: busy, then paused; new special dates.
    await core.value('store.setStatus', { status: { state: 'busy', delayMinutes: 25 } });
    await core.value('store.setStatus', {
      status: { state: 'paused', until: new Date(core.clock.now().getTime() + 3_600_000).toISOString() },
    });

    // Checks from every source: lines with modifiers, removed lines, a table move, a close and a cancel.
    const olo = await core.value('checks.open', openCheck({ notes: 'Pick-up at 19:30' }));
    await core.value('checks.addLine', {
      checkId: olo.id,
      ...line('itm_tagliata-di-manzo', ['opt_tagliata-di-manzo_1_2', 'opt_tagliata-di-manzo_2_3']),
    });
    await core.value('checks.close', { checkId: olo.id });
    const pos = await core.value(
      'checks.open',
      openCheck({ source: 'pos', table: '4', guests: 3, lines: [line('itm_peroni', ['opt_peroni_1_2'], 3)] }),
    );
    await core.value('checks.changeTable', { checkId: pos.id, table: '' });
    await core.value('checks.removeLine', { checkId: pos.id, lineId: pos.lines[0]?.id ?? '' });
    await core.value('checks.cancel', { checkId: pos.id, reason: 'Walked out before ordering', by: 'Luca' });
    await core.value(
      'checks.open',
      openCheck({ source: 'third_party', lines: [line('itm_gelato', ['opt_gelato_1_1', 'opt_gelato_1_3'])] }),
    );

    // And a sample-data reset.
    await core.value('sampleData.reset', {});
    await core.idle();

    const validate = createEventValidator();
    const envelopes = receiver.requests.map((r) => JSON.parse(r.body) as { type: string });
    const problems = envelopes.flatMap((envelope) => validate(envelope));
    expect(problems).toEqual([]);
    // Every type the back office emits was seen (webhook.test comes from "Send test event", not from here).
    expect(new Set(envelopes.map((e) => e.type))).toEqual(new Set(eventTypes.filter((t) => t !== 'webhook.test')));
    // And every event in the outbox, delivered or not, passes too.
    const bodies = core.delivery.db.prepare('SELECT body FROM events').all() as { body: string }[];
    expect(bodies.length).toBeGreaterThan(20);
    expect(bodies.flatMap((row) => validate(JSON.parse(row.body)))).toEqual([]);
  });

  it('never emits anything for seeding the sample restaurant on first run', async () => {
    const dir = newDir();
    const first = open({}, dir);
    expect((await first.value('menus.list', {})).reduce((n, m) => n + m.itemCount, 0)).toBe(44);
    expect(eventCount(first)).toBe(0);
    await first.close();
    const again = open({}, dir); // a restart does not seed again
    expect(eventCount(again)).toBe(0);
  });
});

describe('a change and its events commit together', () => {
  it('saves nothing and sends nothing when writing the events fails half-way through a bulk edit', async () => {
    const receiver = await startReceiver(ok);
    const core = open();
    await core.value('partners.create', partner(receiver, 'menus', ['menu.updated', 'menu.item.updated']));
    // The item events are written, then the outbox refuses the menu.updated (as a full disk would).
    core.delivery.db
      .exec(`CREATE TEMP TRIGGER refuse_menu_updated BEFORE INSERT ON events WHEN new.type = 'menu.updated'
      BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`);
    const result = await core.call('menu.items.setInStock', { ids: ['itm_margherita', 'itm_diavola'], inStock: false });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });

    const menu = await core.value('menus.get', { id: 'mnu_main' });
    expect(menu.categories.flatMap((c) => c.items).filter((i) => !i.inStock)).toEqual([]);
    expect(eventCount(core)).toBe(0);

    // The same edit succeeds once the outbox can write again, and only then do partners hear of it.
    core.delivery.db.exec('DROP TRIGGER refuse_menu_updated');
    await core.idle();
    expect(receiver.requests).toEqual([]);
    await core.value('menu.items.setInStock', { ids: ['itm_margherita', 'itm_diavola'], inStock: false });
    await core.idle();
    expect(receiver.requests).toHaveLength(3);
  });

  it('saves no check and sends no order.created when the outbox write fails', async () => {
    const receiver = await startReceiver(ok);
    const core = open();
    await core.value('orderHooks.save', orderHooks(receiver));
    core.delivery.db.exec(`CREATE TEMP TRIGGER refuse_orders BEFORE INSERT ON deliveries
      BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END`);
    expect(await core.call('checks.open', openCheck())).toMatchObject({ ok: false });
    core.delivery.db.exec('DROP TRIGGER refuse_orders');
    expect(await core.value('checks.list', { status: 'open' })).toEqual([]);
    await core.idle();
    expect(receiver.requests).toEqual([]);
    // The number was not used up either.
    expect((await core.value('checks.open', openCheck())).number).toBe(1001);
  });
});
