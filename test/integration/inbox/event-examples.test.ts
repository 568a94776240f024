import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import { eventExamples } from '../../../shared/events/event-examples';
import { envelopeOf } from '../../support/envelope-of';
import { partnerInput } from '../../support/partner-input';
import { useTestCores, type TestCore } from '../../support/test-core';
import { createEventValidator } from '../../tools/event-validator';
import { startReceiver, useReceivers } from '../delivery/receiver';

useReceivers();
const open = useTestCores();

/** A core with its Test Inbox listening as the app starts it, without the first-run sample partner. */
async function start(): Promise<TestCore> {
  const core = open({}, undefined, { samplePartner: false });
  await core.startInbox();
  return core;
}

/** Rows in the event and delivery tables: a refused send must add neither. */
function stored(core: TestCore): { events: number; deliveries: number } {
  const count = (table: string): number =>
    (core.delivery.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { events: count('events'), deliveries: count('deliveries') };
}

describe('Send this example to… (the Event Catalog)', () => {
  it('sends the example to a partner through the queue: signed, the example’s data, a fresh id and time, marked as an example', async () => {
    const receiver = await startReceiver((_request, res) => res.end());
    const core = await start();
    const { partner, signingSecret } = await core.value(
      'partners.create',
      partnerInput({
        name: 'Acme Delivery',
        url: receiver.url,
        eventTypes: ['order.created'],
        header: { name: 'X-Acme-Key', value: { action: 'set', value: 'acme-key-0000001234' } },
        signingSecret: 'generate',
      }),
    );

    const sent = await core.value('events.sendExample', {
      type: 'order.created',
      to: { kind: 'partner', id: partner.id },
    });
    await core.idle();

    expect(receiver.requests).toHaveLength(1);
    const [request] = receiver.requests;
    // What a partner's own verifier says: the reference Standard Webhooks implementation.
    expect(new Webhook(signingSecret ?? '').verify(request?.body ?? '', request?.headers ?? {})).toMatchObject({
      type: 'order.created',
    });
    expect(request?.headers['x-acme-key']).toBe('acme-key-0000001234');
    const envelope = envelopeOf(request?.body);
    const example = eventExamples['order.created'];
    expect(envelope.data).toEqual(example.data);
    expect(envelope).toMatchObject({ id: sent.eventId, type: 'order.created', example: true, sequence: 1 });
    expect(envelope.id).not.toBe(example.id);
    expect(Date.parse(envelope.timestamp)).toBe(core.clock.now().getTime());
    expect(request?.headers['webhook-id']).toBe(sent.eventId);
    // The same JSON Schema a partner validates with describes the marked envelope.
    expect(createEventValidator()(JSON.parse(request?.body ?? '{}'))).toEqual([]);

    // In the log like any webhook, saying plainly what it is.
    const { delivery } = await core.value('deliveries.get', { id: sent.deliveryId });
    expect(delivery).toMatchObject({
      eventType: 'order.created',
      destinationName: 'Acme Delivery',
      state: 'delivered',
      lastStatus: 200,
      summary: 'Example to Acme Delivery — not a real order',
    });
  });

  it('sends it to the Test Inbox, signed with the inbox’s own secret, and lists the inbox in the log’s destinations', async () => {
    const core = await start();
    const sent = await core.value('events.sendExample', { type: 'menu.item.updated', to: { kind: 'testInbox' } });
    await core.idle();

    const [entry, ...rest] = await core.value('inbox.list', {});
    expect(rest).toHaveLength(0);
    expect(entry).toMatchObject({ path: '/inbox', signature: 'valid', verifiedFor: 'Test Inbox' });
    const verified = new Webhook(core.delivery.directory.testInboxSecret).verify(
      entry?.body ?? '',
      entry?.headers ?? {},
    );
    expect(verified).toMatchObject({ id: sent.eventId, example: true, data: eventExamples['menu.item.updated'].data });
    expect((await core.value('deliveries.get', { id: sent.deliveryId })).delivery).toMatchObject({
      destinationId: 'inbox:test',
      destinationName: 'Test Inbox',
      state: 'delivered',
      summary: 'Example to Test Inbox — not a real change',
    });
    expect(await core.value('deliveries.destinations', {})).toContainEqual({
      id: 'inbox:test',
      name: 'Test Inbox',
      pausedReason: null,
    });

    // Each send is a new event; the examples' own sequence counts up, apart from real menus and items.
    const again = await core.value('events.sendExample', { type: 'menu.item.updated', to: { kind: 'testInbox' } });
    await core.idle();
    const [newest] = await core.value('inbox.list', {});
    expect(JSON.parse(newest?.body ?? '{}')).toMatchObject({ id: again.eventId, sequence: 2 });
    expect(again.eventId).not.toBe(sent.eventId);
  });

  it('sends to a partner not subscribed to the event only when the operator confirmed it', async () => {
    const receiver = await startReceiver((_request, res) => res.end());
    const core = await start();
    const { partner } = await core.value(
      'partners.create',
      partnerInput({ name: 'Loyalty Co', url: receiver.url, eventTypes: ['order.closed'] }),
    );
    const before = stored(core);
    const refused = await core.call('events.sendExample', {
      type: 'menu.updated',
      to: { kind: 'partner', id: partner.id },
    });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'validation_failed',
        message:
          'Loyalty Co does not subscribe to “Menu changed” (menu.updated): confirm to send it this example anyway.',
        issues: [{ path: 'to.evenIfNotSubscribed', message: expect.stringContaining('confirm') as string }],
      },
    });
    expect(stored(core)).toEqual(before);

    await core.value('events.sendExample', {
      type: 'menu.updated',
      to: { kind: 'partner', id: partner.id, evenIfNotSubscribed: true },
    });
    await core.idle();
    expect(receiver.requests.map((r) => envelopeOf(r.body).type)).toEqual(['menu.updated']);
  });

  it('refuses an unknown event type, an unknown or disabled partner and a malformed target, changing nothing', async () => {
    const receiver = await startReceiver((_request, res) => res.end());
    const core = await start();
    const { partner } = await core.value(
      'partners.create',
      partnerInput({ name: 'Paused Partner', url: receiver.url, enabled: false }),
    );
    const before = stored(core);
    const send = (input: unknown) => core.call('events.sendExample', input);

    expect(await send({ type: 'order.exploded', to: { kind: 'testInbox' } })).toMatchObject({
      ok: false,
      error: {
        code: 'validation_failed',
        issues: [{ path: 'type', message: 'There is no event of that type in the catalog.' }],
      },
    });
    expect(await send({ type: 'order.created', to: { kind: 'partner', id: 'no-such-partner' } })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringMatching(/^That partner was not found/) as string },
    });
    expect(await send({ type: 'order.created', to: { kind: 'partner', id: partner.id } })).toMatchObject({
      ok: false,
      error: {
        code: 'validation_failed',
        message: 'Paused Partner is disabled: enable it on the Partners page first.',
      },
    });
    for (const to of [{ kind: 'hook', id: 'openOrder' }, { kind: 'partner' }, { kind: 'testInbox', id: 'x' }, null]) {
      expect(await send({ type: 'order.created', to }), JSON.stringify(to)).toMatchObject({
        ok: false,
        error: { code: 'validation_failed' },
      });
    }
    expect(await send({ type: 'order.created', to: { kind: 'testInbox' }, extra: 1 })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed' },
    });

    expect(stored(core)).toEqual(before);
    await core.idle();
    expect(receiver.requests).toHaveLength(0);
    expect(await core.value('inbox.list', {})).toEqual([]);
  });
});
