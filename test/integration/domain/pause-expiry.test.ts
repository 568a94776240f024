import { describe, expect, it } from 'vitest';
import { startReceiver, useReceivers } from '../delivery/receiver';
import { envelopeOf } from '../../support/envelope-of';
import { useTestCores } from '../../support/test-core';

useReceivers();
const open = useTestCores();

describe('a paused store reopens when the pause ends', () => {
  it('sets the status back to open and tells partners with store.updated', async () => {
    const receiver = await startReceiver((_r, res) => res.end());
    const core = open();
    await core.value('partners.create', {
      name: 'Delivery app',
      url: receiver.url,
      enabled: true,
      eventTypes: ['store.updated'],
      header: { name: '', value: { action: 'keep' } },
      signingSecret: 'keep',
      timeoutSeconds: 5,
      rateLimitPerSecond: 100,
    });
    const until = new Date(core.clock.now().getTime() + 30 * 60_000).toISOString();
    await core.value('store.setStatus', { status: { state: 'paused', until } });
    await core.idle();

    // Not yet: 29 minutes later the store is still paused.
    core.clock.advance(29 * 60_000);
    core.pauseExpiry.check();
    expect((await core.value('store.get', {})).status.state).toBe('paused');

    core.clock.advance(2 * 60_000);
    core.pauseExpiry.check();
    expect((await core.value('store.get', {})).status).toEqual({ state: 'open' });
    await core.idle();
    const statuses = receiver.requests.map(
      (r) => (envelopeOf(r.body).data.store as { status: { state: string } }).status.state,
    );
    expect(statuses).toEqual(['paused', 'open']);
    expect(core.pushed.some((p) => p.event === 'domain.changed')).toBe(true);
  });
});
