import { describe, expect, it } from 'vitest';
import { startReceiver, useReceivers } from '../delivery/receiver';
import { useTestCores } from '../../support/test-core';
import { apiKey, arrivals, line, openCheck, orderHooks, receivedAt } from './domain-fixtures';

useReceivers();
const open = useTestCores();

const ok = (_req: unknown, res: { end(body: string): void }) => res.end('ok');

describe('checks → the Order Webhooks page’s hooks, through a real receiver', () => {
  it('sends an OLO check’s life to Open, Update and Close with the API key, each body the whole check', async () => {
    const receiver = await startReceiver(ok);
    const core = open();
    await core.value('orderHooks.save', orderHooks(receiver));

    const opened = await core.value('checks.open', openCheck());
    await core.value('checks.addLine', { checkId: opened.id, ...line('itm_tiramisu') });
    await core.value('checks.changeTable', { checkId: opened.id, table: '12' });
    await core.value('checks.changeTable', { checkId: opened.id, table: '12' }); // no change: nothing sent
    await core.value('checks.close', { checkId: opened.id });
    await core.idle();

    // Order is kept per destination and check; the three hooks are three destinations.
    expect(arrivals(receiver).sort()).toEqual([
      ['/close', 'order.closed'],
      ['/open', 'order.created'],
      ['/update', 'order.updated'],
      ['/update', 'order.updated'],
    ]);
    for (const request of receiver.requests) expect(request.headers['x-partner-key']).toBe(apiKey);
    const [created] = receivedAt(receiver, '/open');
    expect(created?.data).toMatchObject({
      check: { id: opened.id, number: 1001, source: 'olo', status: 'open', total: { amount: 1400, currency: 'EUR' } },
    });
    const updates = receivedAt(receiver, '/update');
    expect(updates.map((e) => e.data.changes)).toMatchObject([
      [{ kind: 'line_added', line: { item_id: 'itm_tiramisu', name: 'Tiramisù' } }],
      [{ kind: 'table_changed', old: null, new: '12' }],
    ]);
    expect(updates.map((e) => e.sequence)).toEqual([2, 3]);
    const [closed] = receivedAt(receiver, '/close');
    expect(closed?.data).toMatchObject({
      check: { status: 'closed', table: '12', total: { amount: 2150, currency: 'EUR' } },
    });
    expect(closed?.sequence).toBe(4);
  });

  it('sends a POS check to Open only while 3rd Order Web Hooks is Active', async () => {
    const receiver = await startReceiver(ok);
    const core = open();
    await core.value('orderHooks.save', orderHooks(receiver));
    await core.value('checks.open', openCheck({ source: 'pos', table: '3' }));
    await core.value('checks.open', openCheck({ source: 'third_party' }));
    await core.idle();
    expect(receiver.requests).toHaveLength(0);

    await core.value('orderHooks.save', {
      ...orderHooks(receiver, { thirdOrderActive: true }),
      requestHeader: { apiKey: 'X-Partner-Key', value: { action: 'keep' } },
    });
    const pos = await core.value('checks.open', openCheck({ source: 'pos', table: '3' }));
    await core.idle();
    expect(arrivals(receiver)).toEqual([['/open', 'order.created']]);
    expect(receivedAt(receiver, '/open')[0]?.data).toMatchObject({
      check: { number: pos.number, source: 'pos', table: '3' },
    });
  });

  it('sends a cancellation with its reason and who to Update, and removing a line too', async () => {
    const receiver = await startReceiver(ok);
    const core = open();
    await core.value('orderHooks.save', orderHooks(receiver));
    const check = await core.value('checks.open', openCheck({ lines: [line('itm_espresso'), line('itm_cappuccino')] }));
    await core.value('checks.removeLine', { checkId: check.id, lineId: check.lines[1]?.id ?? '' });
    await core.value('checks.cancel', { checkId: check.id, reason: 'Guest called to cancel', by: 'Maria' });
    await core.idle();

    expect(arrivals(receiver).sort()).toEqual([
      ['/open', 'order.created'],
      ['/update', 'order.cancelled'],
      ['/update', 'order.updated'],
    ]);
    const [removed, cancelled] = receivedAt(receiver, '/update');
    expect(removed?.data.changes).toMatchObject([{ kind: 'line_removed', line: { name: 'Cappuccino' } }]);
    expect(cancelled?.data).toMatchObject({
      reason: 'Guest called to cancel',
      cancelled_by: 'Maria',
      check: { status: 'cancelled', cancel_reason: 'Guest called to cancel' },
    });
  });

  it('sends nothing to a disabled hook, and refused input sends nothing at all', async () => {
    const receiver = await startReceiver(ok);
    const core = open();
    await core.value(
      'orderHooks.save',
      orderHooks(receiver, { updateOrder: { url: `${receiver.url}/update`, enabled: false } }),
    );
    const check = await core.value('checks.open', openCheck());
    await core.value('checks.addLine', { checkId: check.id, ...line('itm_espresso') });
    const refused = await core.call('checks.addLine', { checkId: check.id, ...line('itm_margherita') });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation_failed', issues: [{ path: 'optionIds' }] } });
    await core.idle();
    expect(arrivals(receiver)).toEqual([['/open', 'order.created']]);
    expect((await core.value('deliveries.count', { filter: {} })).total).toBe(1);
  });
});
