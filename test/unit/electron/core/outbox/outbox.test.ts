import { describe, expect, it } from 'vitest';
import { Outbox, type NewEvent } from '../../../../../electron/core/outbox/outbox';
import {
  defaultSettings,
  type Settings,
  type StoredPartner,
} from '../../../../../electron/core/settings/settings-schema';
import { fakeTime } from '../../../../support/fake-time';
import { InMemoryQueue } from '../../../../support/in-memory-queue';
import { defaultOrderDeadlines } from '../../../../../shared/domain/order-deadlines';

const partner = (id: string, eventTypes: StoredPartner['eventTypes'], enabled = true): StoredPartner => ({
  id,
  name: `Partner ${id}`,
  url: `https://${id}.example/hook`,
  enabled,
  eventTypes,
  headerName: '',
  signingRotation: null,
  held: false,
  timeoutSeconds: 5,
  rateLimitPerSecond: 10,
  orderDeadlines: { ...defaultOrderDeadlines },
  createdAt: '2026-11-22T12:00:00.000Z',
  updatedAt: '2026-11-22T12:00:00.000Z',
});

function outboxWith(partners: StoredPartner[], change: (s: Settings) => void = () => undefined) {
  const time = fakeTime('2026-11-22T12:00:00.000Z');
  const queue = new InMemoryQueue();
  const settings = defaultSettings();
  settings.partners = partners;
  change(settings);
  const outbox = new Outbox({ store: queue, clock: time.clock, settings: () => settings, storeId: () => 'store_abc' });
  return { time, queue, outbox };
}

const itemUpdated = (id: string, price: number): NewEvent => ({
  type: 'menu.item.updated',
  resource: { type: 'item', id },
  summary: `Item ${id}`,
  data: { price },
});
const orderCreated = (n: number, orderSource: 'olo' | 'pos' = 'olo'): NewEvent => ({
  type: 'order.created',
  resource: { type: 'order', id: `chk_${n}` },
  summary: `Check #${n}`,
  data: { number: n },
  routing: { orderSource },
});

describe('the outbox, on an in-memory store and a fake clock', () => {
  it('writes the envelope once, byte for byte, and one pending delivery per subscribed, enabled partner', () => {
    const { queue, outbox } = outboxWith([
      partner('a', ['order.created']),
      partner('b', ['menu.updated']),
      partner('c', ['order.created'], false),
    ]);
    const { envelope, destinations } = outbox.publish(orderCreated(7));
    expect(envelope).toMatchObject({
      type: 'order.created',
      timestamp: expect.stringMatching(/^2026-11-2[123]T\d\d:\d\d:00\.000[+-]\d\d:\d\d$/) as string,
      store_id: 'store_abc',
      sequence: 1,
      data: { number: 7 },
    });
    expect(envelope.id).toMatch(/^evt_/);
    expect(destinations.map((d) => d.id)).toEqual(['partner:a']);
    expect(queue.events[0]?.body).toBe(JSON.stringify(envelope));
    expect(queue.deliveries).toMatchObject([
      { destinationId: 'partner:a', state: 'pending', resourceKey: 'order:chk_7' },
    ]);
    expect(outbox.takeChanges()).toEqual([{ id: 1, state: 'pending' }]);
    expect(outbox.takeChanges()).toEqual([]);
  });

  it('marks an Event Catalog example in its envelope, and sends the Test Inbox only what names it while it listens', () => {
    const withInbox = outboxWith([partner('a', ['order.created'])], (s) => {
      s.testInbox.port = 4780;
    });
    const real = withInbox.outbox.publish(orderCreated(1));
    expect(real.destinations.map((d) => d.id)).toEqual(['partner:a']);
    expect(Object.keys(real.envelope)).toEqual(['id', 'type', 'timestamp', 'store_id', 'sequence', 'data']);

    const example: NewEvent = {
      ...orderCreated(2),
      resource: { type: 'test', id: 'example:order.created' },
      routing: { only: ['inbox:test'] },
      example: true,
    };
    const sent = withInbox.outbox.publish(example);
    expect(sent.destinations).toEqual([{ id: 'inbox:test', name: 'Test Inbox' }]);
    // Where a partner reading the body sees it before the data.
    expect(Object.keys(sent.envelope)).toEqual(['id', 'type', 'timestamp', 'store_id', 'sequence', 'example', 'data']);
    expect(sent.envelope.example).toBe(true);

    const noInbox = outboxWith([partner('a', ['order.created'])]);
    expect(noInbox.outbox.publish(example).destinations).toEqual([]);
  });

  it('numbers events per resource, so a partner can order them and see gaps', () => {
    const { outbox } = outboxWith([partner('a', ['menu.item.updated'])]);
    const sequences = [itemUpdated('x', 1), itemUpdated('y', 1), itemUpdated('x', 2)].map(
      (event) => outbox.publish(event).envelope.sequence,
    );
    expect(sequences).toEqual([1, 1, 2]);
  });

  it('lets a newer snapshot supersede an undelivered older one for the same item and partner only', () => {
    const { queue, outbox } = outboxWith([partner('a', ['menu.item.updated']), partner('b', ['menu.item.updated'])]);
    outbox.publish(itemUpdated('x', 1));
    outbox.publish(itemUpdated('y', 1));
    outbox.takeChanges();
    outbox.publish(itemUpdated('x', 2));
    expect(queue.deliveries.map((d) => `${d.resourceKey} ${d.destinationId} ${d.state}`)).toEqual([
      'item:x partner:a superseded',
      'item:x partner:b superseded',
      'item:y partner:a pending',
      'item:y partner:b pending',
      'item:x partner:a pending',
      'item:x partner:b pending',
    ]);
    expect(outbox.takeChanges()).toEqual([
      { id: 5, state: 'pending' },
      { id: 1, state: 'superseded' },
      { id: 6, state: 'pending' },
      { id: 2, state: 'superseded' },
    ]);
  });

  it('never supersedes order events: a partner sees a check’s whole history', () => {
    const { queue, outbox } = outboxWith([partner('a', ['order.created'])]);
    outbox.publish(orderCreated(1));
    outbox.publish({ ...orderCreated(1), type: 'order.created' });
    expect(queue.deliveries.map((d) => d.state)).toEqual(['pending', 'pending']);
  });

  it('routes POS orders to the Open Order hook only when 3rd Order Web Hooks is Active', () => {
    const hookOn = (settings: Settings): void => {
      settings.orderHooks.openOrder = { url: 'https://pos.example/open', enabled: true };
    };
    const off = outboxWith([], hookOn);
    expect(off.outbox.publish(orderCreated(1, 'pos')).destinations).toEqual([]);
    const on = outboxWith([], (s) => {
      hookOn(s);
      s.orderHooks.thirdOrderActive = true;
    });
    expect(on.outbox.publish(orderCreated(1, 'pos')).destinations.map((d) => d.id)).toEqual(['hook:openOrder']);
  });

  it('refuses to publish outside the caller’s transaction, writing nothing', () => {
    const { queue, outbox } = outboxWith([partner('a', ['order.created'])]);
    queue.transactionOpen = false;
    expect(() => outbox.publish(orderCreated(1))).toThrow(/inside a transaction/);
    expect(queue.events).toEqual([]);
    expect(queue.deliveries).toEqual([]);
  });
});
