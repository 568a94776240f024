import { describe, expect, it } from 'vitest';
import { Webhook } from 'standardwebhooks';
import type { SecretCipher } from '../../../electron/core/ports';
import { startReceiver, useReceivers, type Receiver } from '../delivery/receiver';
import { fakeOsCipher } from '../../support/fakes';
import { useUnlockedCores, type TestCore } from '../../support/test-core';
import { partnerInput } from '../../support/partner-input';
import { useTempDir } from '../../support/temp-dir';
import { oloOrder } from '../../support/order-event';

useReceivers();
const newDir = useTempDir();
const openUnlocked = useUnlockedCores();

/** The core as the desktop app opens it: secrets decrypted by the (fake) OS keyring before deliveries start. */
const openWith = (dir: string, cipher: SecretCipher): Promise<TestCore> => openUnlocked(dir, { cipher });

const ok = (_req: unknown, res: { end(body: string): void }) => res.end('ok');

/** A signed partner with a key header, set up while the OS key was `k1`; returns its id. */
async function signedPartner(dir: string, receiver: Receiver): Promise<string> {
  const core = await openWith(dir, fakeOsCipher('k1'));
  const { partner } = await core.value(
    'partners.create',
    partnerInput({
      url: receiver.url,
      name: 'Acme Online',
      eventTypes: ['order.created'],
      header: { name: 'X-Api-Key', value: { action: 'set', value: 'acme-key-0000abcd' } },
      signingSecret: 'generate',
    }),
  );
  await core.close();
  return partner.id;
}

describe('secrets that cannot be decrypted (keyring reset, folder from another user)', () => {
  it('holds the partner instead of sending unsigned or without its key, says so, and sends once entered again', async () => {
    const receiver = await startReceiver(ok);
    const dir = newDir();
    const id = await signedPartner(dir, receiver);

    // The OS key changed: the stored secrets no longer decrypt.
    const core = await openWith(dir, fakeOsCipher('k2'));
    const info = await core.value('app.info', {});
    const notice = info.notices.find((n) => n.message.includes('cannot be read'));
    expect(notice?.level).toBe('warning');
    expect(notice?.message).toContain('the header value of “Acme Online”');
    expect(notice?.message).toContain('the signing secret of “Acme Online”');

    const [view] = await core.value('partners.list', {});
    expect(view?.signingSecret).toEqual({ set: false, masked: null, unreadable: true });
    expect(view?.header.value).toEqual({ set: false, masked: null, unreadable: true });

    core.delivery.publish([oloOrder(1)]);
    await core.idle();
    expect(receiver.requests).toHaveLength(0);
    const page = await core.value('deliveries.list', { filter: {}, limit: 10 });
    expect(page.items.map((row) => [row.state, row.lastReason])).toEqual([
      ['paused', expect.stringMatching(/^Held: Acme Online’s header value and signing secret cannot be read/)],
    ]);
    // Held, not queued: it waits for the secret, not for its turn.
    const status = await core.value('system.status', {});
    expect([status.queued, status.held]).toEqual([0, 1]);

    // Entering only the header value is not enough: the signing secret is still unreadable.
    await core.value('partners.update', {
      ...partnerInput({
        url: receiver.url,
        name: 'Acme Online',
        eventTypes: ['order.created'],
        header: { name: 'X-Api-Key', value: { action: 'set', value: 'acme-key-0000abcd' } },
        signingSecret: 'keep',
      }),
      id,
    });
    await core.idle();
    expect(receiver.requests).toHaveLength(0);

    const saved = await core.value('partners.update', {
      ...partnerInput({
        url: receiver.url,
        name: 'Acme Online',
        eventTypes: ['order.created'],
        header: { name: 'X-Api-Key', value: { action: 'keep' } },
        signingSecret: 'generate',
      }),
      id,
    });
    await core.idle();
    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests;
    expect(request?.headers['x-api-key']).toBe('acme-key-0000abcd');
    expect(() =>
      new Webhook(saved.signingSecret ?? '').verify(request?.body ?? '', request?.headers ?? {}),
    ).not.toThrow();
  });

  it('holds the Order Webhooks hooks when the Request Header Value cannot be read', async () => {
    const receiver = await startReceiver(ok);
    const dir = newDir();
    const first = await openWith(dir, fakeOsCipher('k1'));
    await first.value('orderHooks.save', {
      requestHeader: { apiKey: 'X-Partner-Key', value: { action: 'set', value: 'sk_live_abcdef123456' } },
      openOrder: { url: receiver.url, enabled: true },
      updateOrder: { url: '', enabled: false },
      closeOrder: { url: '', enabled: false },
      thirdOrderActive: false,
    });
    await first.close();

    const core = await openWith(dir, fakeOsCipher('k2'));
    const info = await core.value('app.info', {});
    expect(info.notices.map((n) => n.message).join(' ')).toContain(
      'the Request Header Value on the Order Webhooks page',
    );
    const hooks = await core.value('orderHooks.get', {});
    expect(hooks.requestHeader.value.unreadable).toBe(true);

    core.delivery.publish([oloOrder(1)]);
    await core.idle();
    expect(receiver.requests).toHaveLength(0);
    const page = await core.value('deliveries.list', { filter: {}, limit: 10 });
    expect(page.items[0]?.lastReason).toMatch(/^Held: the Request Header Value cannot be read/);

    // Saving the page with "keep" must not drop the unreadable Value (it would then be sent without it).
    await core.value('orderHooks.save', {
      requestHeader: { apiKey: 'X-Partner-Key', value: { action: 'keep' } },
      openOrder: { url: receiver.url, enabled: true },
      updateOrder: { url: '', enabled: false },
      closeOrder: { url: '', enabled: false },
      thirdOrderActive: true,
    });
    await core.idle();
    expect(receiver.requests).toHaveLength(0);
  });

  it('holds while the keyring is unavailable and sends again, with the same key, once it is back', async () => {
    const receiver = await startReceiver(ok);
    const dir = newDir();
    await signedPartner(dir, receiver);

    // The desktop app started where the keyring is not available: the plain-text cipher.
    const without = await openUnlocked(dir);
    const info = await without.value('app.info', {});
    expect(info.notices.map((n) => n.message).join(' ')).toMatch(/system keyring is not available right now/);
    without.delivery.publish([oloOrder(1)]);
    await without.idle();
    expect(receiver.requests).toHaveLength(0);
    await without.close();

    const back = await openWith(dir, fakeOsCipher('k1'));
    await back.idle();
    expect(receiver.requests.map((r) => r.headers['x-api-key'])).toEqual(['acme-key-0000abcd']);
    expect((await back.value('app.info', {})).notices.some((n) => n.message.includes('cannot be read'))).toBe(false);
    expect(back.delivery.store.queueCounts()).toEqual({ queued: 0, retrying: 0, held: 0 });
  });

  it('in browser mode on the desktop app’s data folder, says the desktop app encrypted them', async () => {
    const receiver = await startReceiver(ok);
    const dir = newDir();
    await signedPartner(dir, receiver);
    const browser = await openUnlocked(dir, { mode: 'browser' });
    const notice = (await browser.value('app.info', {})).notices.find((n) => n.message.includes('browser mode'));
    expect(notice?.message).toMatch(
      /encrypted by the desktop app with the system keyring, which browser mode cannot use/,
    );
    expect(notice?.message).toContain('the signing secret of “Acme Online”');
  });
});
