import { describe, expect, it } from 'vitest';
import type { OrderHooksInput } from '../../../shared/domain/order-hooks';
import type { NewEvent } from '../../../electron/core/outbox/outbox';
import { startReceiver, useReceivers, type Receiver } from '../delivery/receiver';
import { useTestCores } from '../../support/test-core';
import { envelopeOf } from '../../support/envelope-of';

useReceivers();
const open = useTestCores();

const ok = (_req: unknown, res: { end(body: string): void }) => res.end('ok');

function hooks(receiver: Receiver, overrides: Partial<OrderHooksInput> = {}): OrderHooksInput {
  const base = receiver.url.replace(/\/hooks$/, '');
  return {
    requestHeader: { apiKey: 'X-Partner-Key', value: { action: 'set', value: 'sk_live_abcdef123456' } },
    openOrder: { url: `${base}/open`, enabled: true },
    updateOrder: { url: `${base}/update`, enabled: true },
    closeOrder: { url: `${base}/close`, enabled: true },
    thirdOrderActive: false,
    ...overrides,
  };
}

const order = (type: NewEvent['type'], source: 'olo' | 'pos' | 'third_party', number = 1042): NewEvent => ({
  type,
  resource: { type: 'order', id: `chk_${number}` },
  summary: `Check #${number}`,
  data: { check: { number, source } },
  routing: { orderSource: source },
});

describe('routing to the Order Webhooks hooks (brief §3)', () => {
  it('sends an OLO order to the Open URL with the API key header, updates to Update, closing to Close', async () => {
    const receiver = await startReceiver(ok);
    const core = open();
    await core.value('orderHooks.save', hooks(receiver));
    core.delivery.publish([order('order.created', 'olo'), order('order.updated', 'olo'), order('order.closed', 'olo')]);
    await core.idle();

    expect(receiver.requests.map((r) => [r.url, envelopeOf(r.body).type])).toEqual([
      ['/open', 'order.created'],
      ['/update', 'order.updated'],
      ['/close', 'order.closed'],
    ]);
    for (const request of receiver.requests) {
      expect(request.headers['x-partner-key']).toBe('sk_live_abcdef123456');
      expect(request.headers['content-type']).toBe('application/json');
      expect(request.headers['user-agent']).toBe('IntegrationHub/0.0.0-test');
    }
    const envelope = envelopeOf(receiver.requests[0]?.body);
    expect(envelope).toMatchObject({ type: 'order.created', sequence: 1, data: { check: { number: 1042 } } });
    expect(envelope.id).toMatch(/^evt_[0-9a-f]{32}$/);
    expect(envelope.store_id).toMatch(/^store_/);
    expect(envelope.timestamp).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}[+-]\d\d:\d\d$/);
    expect(envelopeOf(receiver.requests[2]?.body).sequence).toBe(3);
  });

  it('sends a POS order to the Open URL only while 3rd Order Web Hooks is Active', async () => {
    const receiver = await startReceiver(ok);
    const core = open();
    await core.value('orderHooks.save', hooks(receiver, { thirdOrderActive: false }));
    core.delivery.publish([order('order.created', 'pos', 1), order('order.created', 'third_party', 2)]);
    await core.idle();
    expect(receiver.requests).toHaveLength(0);

    await core.value('orderHooks.save', {
      ...hooks(receiver, { thirdOrderActive: true }),
      requestHeader: { apiKey: 'X-Partner-Key', value: { action: 'keep' } },
    });
    core.delivery.publish([order('order.created', 'pos', 3)]);
    await core.idle();
    expect(receiver.requests.map((r) => [r.url, envelopeOf(r.body).data.check?.number])).toEqual([['/open', 3]]);
    expect(receiver.requests[0]?.headers['x-partner-key']).toBe('sk_live_abcdef123456');
  });

  it('sends nothing to a disabled hook, even with a URL filled in', async () => {
    const receiver = await startReceiver(ok);
    const core = open();
    await core.value(
      'orderHooks.save',
      hooks(receiver, { updateOrder: { url: `${receiver.url}/update`, enabled: false } }),
    );
    core.delivery.publish([order('order.created', 'olo'), order('order.updated', 'olo')]);
    await core.idle();
    expect(receiver.requests.map((r) => r.url)).toEqual(['/open']);
    const { byState, total } = await core.value('deliveries.count', { filter: {} });
    expect(total).toBe(1);
    expect(byState.delivered).toBe(1);
  });

  it('sends to enabled partners subscribed to the type, and to no others', async () => {
    const receiver = await startReceiver(ok);
    const core = open();
    const partner = (name: string, eventTypes: NewEvent['type'][], enabled = true) => ({
      name,
      url: `${receiver.url}/${name}`,
      enabled,
      eventTypes,
      header: { name: '', value: { action: 'keep' as const } },
      signingSecret: 'keep' as const,
      timeoutSeconds: 5,
      rateLimitPerSecond: 100,
    });
    await core.value('partners.create', partner('menus', ['menu.item.updated']));
    await core.value('partners.create', partner('orders', ['order.created']));
    await core.value('partners.create', partner('off', ['menu.item.updated'], false));
    core.delivery.publish([
      {
        type: 'menu.item.updated',
        resource: { type: 'item', id: 'itm_1' },
        summary: 'Margherita',
        data: { item: { price: 1250 } },
      },
    ]);
    await core.idle();
    expect(receiver.requests.map((r) => r.url)).toEqual(['/hooks/menus']);
  });
});
