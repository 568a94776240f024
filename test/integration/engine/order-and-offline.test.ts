import { describe, expect, it } from 'vitest';
import type { NewEvent } from '../../../electron/core/outbox/outbox';
import type { WebhookSender } from '../../../electron/core/delivery/types';
import type { PartnerInput } from '../../../shared/domain/partners';
import { startReceiver, useReceivers } from '../delivery/receiver';
import { envelopeOf } from '../../support/envelope-of';
import { useTestCores } from '../../support/test-core';
import { defaultOrderDeadlines } from '../../../shared/domain/order-deadlines';

useReceivers();
const open = useTestCores();

const partner = (url: string): PartnerInput => ({
  name: 'Menu Sync',
  url,
  enabled: true,
  eventTypes: ['order.created', 'order.updated', 'menu.item.updated', 'store.updated'],
  header: { name: '', value: { action: 'keep' } },
  signingSecret: 'keep',
  timeoutSeconds: 5,
  rateLimitPerSecond: 1000,
  orderDeadlines: { ...defaultOrderDeadlines },
});

const itemUpdate = (item: string, price: number): NewEvent => ({
  type: 'menu.item.updated',
  resource: { type: 'item', id: item },
  summary: item,
  data: { price },
});
const orderUpdate = (check: string, step: number): NewEvent => ({
  type: 'order.updated',
  resource: { type: 'order', id: check },
  summary: check,
  data: { check, step },
});

describe('order per resource, supersede, offline', () => {
  it('delivers events about one resource in the order they happened, even with concurrency and slow answers', async () => {
    const receiver = await startReceiver(async (request, res) => {
      // Early steps answer slowest: a racing sender would deliver them out of order.
      const step = Number(envelopeOf(request.body).data.step ?? 0);
      await new Promise((resolve) => setImmediate(resolve));
      if (step % 3 === 0) await new Promise((resolve) => setImmediate(resolve));
      res.end();
    });
    const core = open({ engine: { concurrency: 16, perDestinationConcurrency: 8 } });
    await core.value('partners.create', partner(receiver.url));
    const events: NewEvent[] = [];
    for (let step = 1; step <= 20; step++) {
      events.push(orderUpdate('chk_a', step), orderUpdate('chk_b', step));
    }
    core.delivery.publish(events);
    await core.idle();
    expect(receiver.requests).toHaveLength(40);
    // Each check's events carry sequence 1..20 and must arrive in that order.
    const seqA: number[] = [];
    const seqB: number[] = [];
    for (const request of receiver.requests) {
      const envelope = envelopeOf(request.body);
      (request.body.includes('chk_a') ? seqA : seqB).push(envelope.sequence);
    }
    expect(seqA).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(seqB).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });

  it('lets a newer item snapshot supersede an undelivered older one, but never drops order events', async () => {
    const receiver = await startReceiver((_r, res) => res.end());
    const core = open();
    await core.value('partners.create', partner(receiver.url));
    core.connectivity.set(false);
    core.delivery.publish([itemUpdate('itm_1', 1000), itemUpdate('itm_1', 1100), itemUpdate('itm_1', 1200)]);
    core.delivery.publish([orderUpdate('chk_1', 1), orderUpdate('chk_1', 2)]);
    core.connectivity.set(true);
    await core.idle();
    const received = receiver.requests.map((r) => envelopeOf(r.body));
    expect(received.filter((e) => e.type === 'menu.item.updated').map((e) => e.data.price)).toEqual([1200]);
    expect(received.filter((e) => e.type === 'order.updated').map((e) => e.data.step)).toEqual([1, 2]);
    const counts = await core.value('deliveries.count', { filter: {} });
    expect(counts.byState).toMatchObject({ superseded: 2, delivered: 3 });
  });

  it('spends no attempt and marks no partner failing while offline, then drains on reconnect', async () => {
    const receiver = await startReceiver((_r, res) => res.end());
    const core = open();
    await core.value('partners.create', partner(receiver.url));
    core.connectivity.set(false);
    core.delivery.publish(Array.from({ length: 10 }, (_, i) => orderUpdate(`chk_${i}`, 1)));
    await core.idle();
    expect(receiver.requests).toHaveLength(0);
    const waiting = await core.value('deliveries.list', { filter: {} });
    expect(waiting.items.every((d) => d.state === 'pending' && d.attempts === 0)).toBe(true);
    expect(await core.value('system.status', {})).toMatchObject({ online: false, queued: 10, failingPartners: [] });

    core.connectivity.set(true);
    // The drain is throttled: concurrency ramps up after reconnecting (1 ms here).
    core.clock.advance(10);
    core.delivery.engine.notify();
    await core.idle();
    expect(receiver.requests).toHaveLength(10);
    expect(await core.value('system.status', {})).toMatchObject({ online: true, queued: 0 });
  });

  it('treats a "no network" send outcome as offline even while the OS says online: no attempt spent, backs off', async () => {
    let offline = true;
    const sent: string[] = [];
    // The sender's own tests prove which socket errors mean "no network"; here the engine's answer to one.
    const sender: WebhookSender = {
      send: (_target, message) => {
        sent.push(message.id);
        return Promise.resolve(
          offline
            ? { kind: 'offline', latencyMs: 1, reason: 'This PC appears to be offline', requestHeaders: {} }
            : {
                kind: 'delivered',
                status: 200,
                latencyMs: 1,
                responseExcerpt: '',
                responseTruncated: false,
                requestHeaders: {},
              },
        );
      },
      close: () => {},
    };
    const core = open({ sender, engine: { offlineBackoffMs: { initial: 2_000, max: 60_000 } } });
    await core.value('partners.create', partner('https://partner.example.com/hooks'));
    core.delivery.publish([orderUpdate('chk_1', 1), orderUpdate('chk_2', 1)]);
    await core.idle();
    const [first] = (await core.value('deliveries.list', { filter: {} })).items;
    expect(first).toMatchObject({ state: 'pending', attempts: 0, lastReason: 'This PC appears to be offline' });
    expect((await core.value('system.status', {})).failingPartners).toEqual([]);
    const triedWhileOffline = sent.length;

    offline = false;
    core.clock.advance(1_000);
    core.delivery.engine.notify();
    await core.idle();
    // Still inside the back-off: nothing new was tried.
    expect(sent).toHaveLength(triedWhileOffline);

    core.clock.advance(1_500);
    core.delivery.engine.notify();
    await core.idle();
    const counts = await core.value('deliveries.count', { filter: {} });
    expect(counts.byState.delivered).toBe(2);
    const detail = await core.value('deliveries.get', { id: first?.id ?? 0 });
    // Only the real attempt is in the history.
    expect(detail.attempts.map((a) => a.outcome)).toEqual(['delivered']);
  });
});
