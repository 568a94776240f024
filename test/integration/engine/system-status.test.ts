import { describe, expect, it, vi } from 'vitest';
import type { SystemStatus } from '../../../shared/domain/app-info';
import { startReceiver, useReceivers } from '../delivery/receiver';
import { useTestCores, type TestCore } from '../../support/test-core';
import { partnerInput } from '../../support/partner-input';
import { oloOrder } from '../../support/order-event';

useReceivers();
const open = useTestCores();

/** The last status the core pushed (the status bar's view), once it has settled. */
function lastPushed(core: TestCore): SystemStatus | undefined {
  return core.pushed.filter((p) => p.event === 'system.status').at(-1)?.payload as SystemStatus | undefined;
}

describe('the status bar’s figures', () => {
  it('count what will be sent apart from what is held, and list only enabled partners as failing', async () => {
    const good = await startReceiver((_r, res) => res.end());
    const refusing = await startReceiver((_r, res) => res.writeHead(401).end());
    // One retry, a minute later: failed attempts stay `retrying` on the test's still clock.
    const core = open({ engine: { retryScheduleMs: [60_000] } });
    await core.value('partners.create', partnerInput({ name: 'Good Co', url: good.url }));
    const { partner: bad } = await core.value('partners.create', partnerInput({ name: 'Bad Co', url: refusing.url }));
    const { partner: off } = await core.value('partners.create', partnerInput({ name: 'Off Co', url: good.url }));

    core.connectivity.set(false);
    core.delivery.publish([oloOrder(1), oloOrder(2), oloOrder(3)]);
    await core.idle();
    expect(await core.value('system.status', {})).toMatchObject({ queued: 9, retrying: 0, held: 0 });
    await vi.waitFor(() => expect(lastPushed(core)).toMatchObject({ queued: 9 }));

    // Disabling a partner holds its webhooks: they are no longer "queued" to be sent.
    await core.value('partners.setEnabled', { id: off.id, enabled: false });
    expect(await core.value('system.status', {})).toMatchObject({ queued: 6, retrying: 0, held: 3 });
    // The core pushes it too, without waiting for a delivery to change (the last push said 9).
    await vi.waitFor(() => expect(lastPushed(core)).toMatchObject({ queued: 6, held: 3 }));

    core.connectivity.set(true);
    core.clock.advance(10);
    core.delivery.engine.notify();
    await core.idle();
    const status = await core.value('system.status', {});
    expect(status).toMatchObject({ online: true, queued: 3, retrying: 3, held: 3 });
    expect(status.failingPartners).toEqual([
      {
        id: `partner:${bad.id}`,
        name: 'Bad Co',
        state: 'failing',
        reason: '401 — the partner rejected the API key',
        failure: 'http_unauthorized',
      },
    ]);
    const counts = await core.value('deliveries.count', { filter: {} });
    expect(counts.byState).toMatchObject({ delivered: 3, retrying: 3, paused: 3 });
    await vi.waitFor(() => expect(lastPushed(core)?.failingPartners).toHaveLength(1));

    // A disabled partner is not failing — nowhere: status, pushed status, health.
    await core.value('partners.setEnabled', { id: bad.id, enabled: false });
    expect(await core.value('system.status', {})).toMatchObject({
      queued: 0,
      retrying: 0,
      held: 6,
      failingPartners: [],
    });
    await vi.waitFor(() => expect(lastPushed(core)).toMatchObject({ held: 6, failingPartners: [] }));
    const health = await core.value('deliveries.health', {});
    expect(health.find((h) => h.id === `partner:${bad.id}`)).toMatchObject({ failing: null, pausedReason: null });

    // Enabled again, it is failing again, with its last reason: the streak was kept.
    await core.value('partners.setEnabled', { id: bad.id, enabled: true });
    expect((await core.value('system.status', {})).failingPartners).toMatchObject([
      { name: 'Bad Co', failure: 'http_unauthorized' },
    ]);
    const again = await core.value('deliveries.health', {});
    expect(again.find((h) => h.id === `partner:${bad.id}`)?.failing).toMatchObject({ failure: 'http_unauthorized' });

    // Deleted, it is gone from the list, and its webhooks are no longer queued or held.
    await core.value('partners.delete', { id: bad.id });
    expect(await core.value('system.status', {})).toMatchObject({ queued: 0, held: 3, failingPartners: [] });
  });

  it('show a partner paused for failing too long as paused, its webhooks held, until it is resumed', async () => {
    let answer = 503;
    const refusing = await startReceiver((_r, res) => res.writeHead(answer).end());
    // Paused at the first failure, so the test need not wait days.
    const core = open({ engine: { retryScheduleMs: [60_000], pauseAfterFailingMs: 0 } });
    const { partner } = await core.value('partners.create', partnerInput({ name: 'Slow Co', url: refusing.url }));
    core.delivery.publish([oloOrder(1), oloOrder(2), oloOrder(3)]);
    await core.idle();

    const status = await core.value('system.status', {});
    expect(status).toMatchObject({ queued: 0, retrying: 0, held: 3 });
    expect(status.failingPartners).toEqual([
      expect.objectContaining({ name: 'Slow Co', state: 'paused', failure: 'http_server_error' }),
    ]);

    // Back on its feet and resumed: the held webhooks go, and nothing is failing or held.
    answer = 200;
    await core.value('deliveries.resumeDestination', { destinationId: `partner:${partner.id}` });
    await core.idle();
    expect(await core.value('system.status', {})).toMatchObject({ queued: 0, held: 0, failingPartners: [] });
    expect((await core.value('deliveries.count', { filter: {} })).byState.delivered).toBe(3);
  });
});
