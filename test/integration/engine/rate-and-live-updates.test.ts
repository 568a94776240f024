import { describe, expect, it } from 'vitest';
import type { NewEvent } from '../../../electron/core/outbox/outbox';
import type { DeliveriesChanged } from '../../../shared/domain/deliveries';
import type { PartnerInput } from '../../../shared/domain/partners';
import { startReceiver, useReceivers } from '../delivery/receiver';
import { useTestCores, type TestCore } from '../../support/test-core';
import { partnerInput } from '../../support/partner-input';

useReceivers();
const open = useTestCores();

const partner = (url: string, rateLimitPerSecond: number): PartnerInput =>
  partnerInput({ name: 'Slow partner', url, eventTypes: ['order.created', 'menu.item.updated'], rateLimitPerSecond });
const order = (n: number): NewEvent => ({
  type: 'order.created',
  resource: { type: 'order', id: `chk_${n}` },
  summary: `Check #${n}`,
  data: { n },
  routing: { orderSource: 'olo' },
});

/** Resolves once `count` deliveries have been written as delivered. */
function deliveredCount(target: TestCore, count: number): Promise<void> {
  let seen = 0;
  return new Promise((resolve) => {
    const stop = target.subscribe((event, payload) => {
      if (event !== 'deliveries.changed') return;
      seen += (payload as DeliveriesChanged).deliveries.filter((d) => d.state === 'delivered').length;
      if (seen >= count) {
        stop();
        resolve();
      }
    });
  });
}

describe('rate limit and live updates', () => {
  it('sends no faster than the partner rate limit allows', async () => {
    const receiver = await startReceiver((_r, res) => res.end());
    const core = open();
    await core.value('partners.create', partner(receiver.url, 2));
    const firstTwo = deliveredCount(core, 2);
    core.delivery.publish([1, 2, 3, 4, 5].map(order));
    await firstTwo;
    // A burst of one second's worth went out; the rest wait for tokens (the fake clock has not moved).
    expect(receiver.requests).toHaveLength(2);
    expect(core.delivery.engine.sendingIds().size).toBe(0);
    expect((await core.value('deliveries.count', { filter: { states: ['pending'] } })).total).toBe(3);

    const third = deliveredCount(core, 1);
    core.clock.advance(500);
    core.delivery.engine.notify();
    await third;
    expect(receiver.requests).toHaveLength(3);

    core.clock.advance(10_000);
    core.delivery.engine.notify();
    await core.idle();
    expect(receiver.requests).toHaveLength(5);
  });

  it('pushes every state change: pending on publish, sending, delivered, superseded', async () => {
    const receiver = await startReceiver((_r, res) => res.end());
    const core = open();
    await core.value('partners.create', partner(receiver.url, 100));
    core.connectivity.set(false);
    const item = (price: number): NewEvent => ({
      type: 'menu.item.updated',
      resource: { type: 'item', id: 'itm_1' },
      summary: 'Margherita',
      data: { price },
    });
    core.delivery.publish([item(1000)]);
    core.delivery.publish([item(1100)]);
    core.connectivity.set(true);
    await core.idle();
    const changes = core.pushed
      .filter((p) => p.event === 'deliveries.changed')
      .flatMap((p) => (p.payload as DeliveriesChanged).deliveries.map((d) => `${d.id}:${d.state}`));
    expect(changes).toEqual(['1:pending', '2:pending', '1:superseded', '2:sending', '2:delivered']);
  });

  it('announces nothing for a transaction that rolled back', async () => {
    const core = open();
    await core.value('partners.create', partner('https://partner.example.com/hooks', 100));
    core.connectivity.set(false);
    expect(() =>
      core?.delivery.transaction(() => {
        core?.delivery.outbox.publish(order(1));
        throw new Error('the domain write failed');
      }),
    ).toThrow('the domain write failed');
    expect(core.pushed.filter((p) => p.event === 'deliveries.changed')).toEqual([]);
    expect((await core.value('deliveries.count', { filter: {} })).total).toBe(0);
  });
});
