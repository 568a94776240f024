import { describe, expect, it } from 'vitest';
import { startReceiver, useReceivers } from '../delivery/receiver';
import { useTestCores } from '../../support/test-core';
import { partnerInput } from '../../support/partner-input';
import { oloOrder } from '../../support/order-event';

useReceivers();
const open = useTestCores();

const order = oloOrder;

describe('partner health', () => {
  it('reports success rate and latency percentiles over the last day and week, and failing partners', async () => {
    let status = 200;
    const receiver = await startReceiver((_r, res) => res.writeHead(status).end());
    const core = open();
    const { partner } = await core.value('partners.create', partnerInput({ name: 'Health Co', url: receiver.url }));
    core.delivery.publish([order(1), order(2), order(3), order(4)]);
    await core.idle();

    // Two days later: those four are in the week, not the day.
    core.clock.advance(2 * 86_400_000);
    status = 500;
    const before = await core.value('deliveries.health', {});
    core.delivery.publish([order(5), order(6)]);
    await core.idle();
    const health = (await core.value('deliveries.health', {})).find((h) => h.id === `partner:${partner.id}`);

    expect(before.find((h) => h.id === `partner:${partner.id}`)?.day).toMatchObject({
      deliveries: 0,
      attempts: 0,
      successRate: null,
      p50Ms: null,
    });
    // Each 500 is retried once at once: 2 webhooks today, tried 4 times, none delivered.
    expect(health?.day).toMatchObject({ deliveries: 2, delivered: 0, successRate: 0, attempts: 4, p50Ms: null });
    expect(health?.week).toMatchObject({ deliveries: 6, delivered: 4, successRate: 4 / 6, attempts: 8 });
    expect(health?.week.p50Ms).not.toBeNull();
    expect(health?.week.p95Ms ?? -1).toBeGreaterThanOrEqual(health?.week.p50Ms ?? 0);
    expect(health?.failing?.reason).toMatch(/^500/);
    expect(health?.pausedReason).toBeNull();
  });

  it('counts webhooks, not attempts: every webhook delivered after an outage is 100 %, however many tries failed', async () => {
    let status = 500;
    const receiver = await startReceiver((_r, res) => res.writeHead(status).end());
    const core = open();
    const { partner } = await core.value('partners.create', partnerInput({ name: 'Outage Co', url: receiver.url }));
    const id = `partner:${partner.id}`;
    const webhooks = 4;
    const dayOf = async () => (await core.value('deliveries.health', {})).find((h) => h.id === id)?.day;

    // The outage: each webhook is tried at once, at once again, and 5 s later — three 500s each.
    core.delivery.publish(Array.from({ length: webhooks }, (_, n) => order(n + 1)));
    await core.idle();
    core.clock.advance(5_000);
    core.delivery.engine.notify();
    await core.idle();
    expect(receiver.requests).toHaveLength(3 * webhooks);
    expect(await dayOf()).toMatchObject({ deliveries: webhooks, delivered: 0, successRate: 0, attempts: 3 * webhooks });

    // The partner is back: the next retry (5 min on) delivers every one of them.
    status = 200;
    core.clock.advance(5 * 60_000);
    core.delivery.engine.notify();
    await core.idle();
    expect(receiver.requests).toHaveLength(4 * webhooks);

    const day = await dayOf();
    // Three of every four calls failed, yet every webhook got through: that is what the manager is told.
    expect(day).toMatchObject({ deliveries: webhooks, delivered: webhooks, successRate: 1, attempts: 4 * webhooks });
    expect(day?.p50Ms).not.toBeNull();
    // The chart's buckets count the same webhooks, none left undelivered.
    const series = (await core.value('deliveries.healthSeries', { range: '24h', destinationId: id })).destinations[0];
    const sum = (key: 'deliveries' | 'delivered' | 'undelivered' | 'attempts'): number =>
      (series?.buckets ?? []).reduce((total, bucket) => total + bucket[key], 0);
    expect([sum('deliveries'), sum('delivered'), sum('undelivered'), sum('attempts')]).toEqual([
      webhooks,
      webhooks,
      0,
      4 * webhooks,
    ]);
  });
});
