import { describe, expect, it } from 'vitest';
import type { InboxEntry } from '../../../shared/domain/inbox';
import type { PartnerInput } from '../../../shared/domain/partners';
import { envelopeOf } from '../../support/envelope-of';
import { useTestCores } from '../../support/test-core';
import { defaultOrderDeadlines } from '../../../shared/domain/order-deadlines';

const open = useTestCores();

const partner = (url: string, signingSecret: PartnerInput['signingSecret']): PartnerInput => ({
  name: 'Inbox partner',
  url,
  enabled: true,
  eventTypes: ['order.created'],
  header: { name: 'X-Api-Key', value: { action: 'set', value: 'inbox-key-000000001234' } },
  signingSecret,
  timeoutSeconds: 5,
  rateLimitPerSecond: 100,
  orderDeadlines: { ...defaultOrderDeadlines },
});

describe('Send test event and the built-in test inbox', () => {
  it('sends webhook.test to one partner through the queue; the inbox shows it with a valid signature', async () => {
    const core = open();
    const url = await core.inbox.start();
    expect(await core.value('inbox.info', {})).toEqual({ url, entries: 0 });
    const { partner: saved } = await core.value('partners.create', partner(url, 'generate'));
    // A second partner on the same URL must not get the test event.
    await core.value('partners.create', { ...partner(url, 'keep'), name: 'Other' });

    const { eventId, deliveryId } = await core.value('partners.sendTest', { id: saved.id });
    await core.idle();
    const entries = await core.value('inbox.list', {});
    expect(entries).toHaveLength(1);
    const [entry] = entries as [InboxEntry];
    expect(entry).toMatchObject({ method: 'POST', path: '/inbox', signature: 'valid', verifiedFor: 'Inbox partner' });
    // The partner's API key reaches the inbox, but the screen gets it masked like everywhere else.
    expect(entry.headers['x-api-key']).toBe('••••1234');
    expect(JSON.stringify(entries)).not.toContain('inbox-key-000000001234');
    expect(envelopeOf(entry.body)).toMatchObject({ id: eventId, type: 'webhook.test' });
    expect(core.pushed.some((p) => p.event === 'inbox.received')).toBe(true);

    // The log shows the test delivery like any other, under the id the answer named.
    const [row] = (await core.value('deliveries.list', { filter: { eventTypes: ['webhook.test'] } })).items;
    expect(row).toMatchObject({ id: deliveryId, eventId, state: 'delivered', destinationName: 'Inbox partner' });
    expect((await core.value('deliveries.get', { id: deliveryId })).delivery).toMatchObject({ lastStatus: 200 });
  });

  it('marks a signature no configured secret verifies as invalid, and a missing one as unsigned', async () => {
    const core = open();
    const url = await core.inbox.start();
    await core.value('partners.create', partner(url, 'generate'));
    const now = Math.floor(core.clock.now().getTime() / 1000);
    await fetch(url, {
      method: 'POST',
      headers: {
        'webhook-id': 'evt_x',
        'webhook-timestamp': String(now),
        'webhook-signature': 'v1,bm90IGEgc2lnbmF0dXJl',
      },
      body: '{}',
    });
    await fetch(url, { method: 'POST', body: '{}' });
    const entries = await core.value('inbox.list', {});
    expect(entries.map((e) => e.signature)).toEqual(['unsigned', 'invalid']);
    expect((await core.value('inbox.clear', {})).entries).toBe(0);
  });

  it('sends a test event to an Order Webhooks hook with its Request Header, and refuses a hook without a URL', async () => {
    const core = open();
    const url = await core.inbox.start();
    await core.value('orderHooks.save', {
      requestHeader: { apiKey: 'X-Partner-Key', value: { action: 'set', value: 'sk_live_abcdef123456' } },
      openOrder: { url, enabled: true },
      updateOrder: { url: '', enabled: false },
      closeOrder: { url: '', enabled: false },
      thirdOrderActive: false,
    });
    await core.value('orderHooks.sendTest', { hook: 'openOrder' });
    await core.idle();
    const [entry] = await core.value('inbox.list', {});
    expect(entry?.headers['x-partner-key']).toBe('••••3456');
    expect(entry?.signature).toBe('unsigned');
    expect(await core.call('orderHooks.sendTest', { hook: 'closeOrder' })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', issues: [{ path: 'closeOrder.url' }] },
    });
    expect(await core.call('partners.sendTest', { id: 'missing' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
