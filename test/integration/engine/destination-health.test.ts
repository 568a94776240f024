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
      attempts: 0,
      successRate: null,
      p50Ms: null,
    });
    // Each 500 is retried once at once: 2 events → 4 failed attempts today.
    expect(health?.day).toMatchObject({ attempts: 4, delivered: 0, successRate: 0, p50Ms: null });
    expect(health?.week).toMatchObject({ attempts: 8, delivered: 4, successRate: 0.5 });
    expect(health?.week.p50Ms).not.toBeNull();
    expect(health?.week.p95Ms ?? -1).toBeGreaterThanOrEqual(health?.week.p50Ms ?? 0);
    expect(health?.failing?.reason).toMatch(/^500/);
    expect(health?.pausedReason).toBeNull();
  });
});
