import { describe, expect, it } from 'vitest';
import { DeadlineWatcher, lateOrderLookbackMs } from '../../../../../electron/core/deadlines/deadline-watcher';
import { destinationDeadlines, dueAt } from '../../../../../electron/core/deadlines/destination-deadlines';
import type { LateOrderSource, UndeliveredOrderRow } from '../../../../../electron/core/deadlines/late-order-rows';
import { EventBus } from '../../../../../electron/core/events/event-bus';
import { silentLogger } from '../../../../../electron/core/logging/console-logger';
import { defaultSettings, type Settings } from '../../../../../electron/core/settings/settings-schema';
import type { HubEvents } from '../../../../../shared/contract';
import { defaultOrderDeadlines } from '../../../../../shared/domain/order-deadlines';
import { fakeTime } from '../../../../support/fake-time';

const minuteMs = 60_000;
const start = Date.parse('2026-11-22T12:04:00.000Z');

function settingsWith(partners: { id: string; enabled?: boolean; createdMinutes?: number }[]): Settings {
  const settings = defaultSettings();
  settings.partners = partners.map(({ id, enabled = true, createdMinutes = 5 }) => ({
    id,
    name: id,
    url: `https://${id}.example/hook`,
    enabled,
    eventTypes: ['order.created'],
    headerName: '',
    signingRotation: null,
    held: false,
    timeoutSeconds: 5,
    rateLimitPerSecond: 10,
    orderDeadlines: { createdMinutes, otherMinutes: 15 },
    createdAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-01T00:00:00.000Z',
  }));
  return settings;
}

function row(deliveryId: number, destinationId: string, createdAt: number, eventType = 'order.created') {
  return {
    deliveryId,
    destinationId,
    destinationName: destinationId.replace('partner:', ''),
    eventType,
    state: 'retrying',
    lastReason: '503 — the partner is unavailable',
    createdAt,
    checkNumber: null,
    openedAt: null,
    summary: `Check #${1000 + deliveryId} table 12`,
  } satisfies UndeliveredOrderRow;
}

/** The database's answer as the watcher reads it: rows not delivered and not handled, made since the lookback. */
function memoryRows(rows: UndeliveredOrderRow[]): LateOrderSource & { handled: number[]; reads: number } {
  const handled: number[] = [];
  const source = {
    handled,
    reads: 0,
    undeliveredSince: (since: number) => {
      source.reads += 1;
      return rows.filter((r) => r.createdAt >= since && !handled.includes(r.deliveryId));
    },
    newestDeliveryId: () => Math.max(0, ...rows.map((r) => r.deliveryId)),
    delivery: (id: number) => {
      const found = rows.find((r) => r.deliveryId === id);
      return found ? { state: found.state, eventType: found.eventType } : null;
    },
    markHandled: (id: number) => (handled.push(id), true),
  };
  return source;
}

function watch(rows: LateOrderSource, settings: Settings, time = fakeTime(new Date(start).toISOString())) {
  const events = new EventBus(silentLogger);
  const pushed: HubEvents['deliveries.lateOrders'][] = [];
  events.subscribe((event, payload) => {
    if (event === 'deliveries.lateOrders') pushed.push(payload as HubEvents['deliveries.lateOrders']);
  });
  const watcher = new DeadlineWatcher(rows, () => settings, time.clock, events, silentLogger, time.timers);
  return { watcher, pushed, time, events };
}

describe('order deadlines', () => {
  it('5 minutes for a new order and 15 for the rest by default; a partner may choose its own', () => {
    const deadlines = destinationDeadlines(settingsWith([{ id: 'a' }, { id: 'b', createdMinutes: 20 }]));
    expect(dueAt(start, 'order.created', deadlines.get('partner:a') ?? defaultOrderDeadlines)).toBe(
      start + 5 * minuteMs,
    );
    expect(dueAt(start, 'order.updated', deadlines.get('partner:a') ?? defaultOrderDeadlines)).toBe(
      start + 15 * minuteMs,
    );
    expect(dueAt(start, 'order.cancelled', defaultOrderDeadlines)).toBe(start + 15 * minuteMs);
    expect(dueAt(start, 'order.created', deadlines.get('partner:b') ?? defaultOrderDeadlines)).toBe(
      start + 20 * minuteMs,
    );
  });

  it('the enabled Order Webhooks hooks have the defaults; disabled partners and hooks have none', () => {
    const settings = settingsWith([{ id: 'off', enabled: false }]);
    settings.orderHooks.openOrder = { url: 'https://pos.example/open', enabled: true };
    settings.orderHooks.closeOrder = { url: 'https://pos.example/close', enabled: false };
    const deadlines = destinationDeadlines(settings);
    expect([...deadlines.keys()]).toEqual(['hook:openOrder']);
    expect(deadlines.get('hook:openOrder')).toEqual(defaultOrderDeadlines);
  });

  it('sleeps until the next deadline instead of polling, and says so when it passes', async () => {
    const rows = memoryRows([row(1, 'partner:a', start), row(2, 'partner:a', start, 'order.updated')]);
    const { watcher, pushed, time } = watch(rows, settingsWith([{ id: 'a' }]));
    watcher.start();
    expect(watcher.current()).toEqual([]);
    // One timer, for the first deadline: nothing wakes before it.
    expect(time.nextTimerAt()).toBe(start + 5 * minuteMs);

    await time.advance(5 * minuteMs - 1);
    expect(watcher.current()).toEqual([]);
    await time.advance(1);
    expect(watcher.current().map((o) => o.deliveryId)).toEqual([1]);
    expect(pushed.at(-1)?.orders[0]).toMatchObject({
      deliveryId: 1,
      destinationName: 'a',
      checkNumber: 1001,
      openedAt: new Date(start).toISOString(),
      dueAt: new Date(start + 5 * minuteMs).toISOString(),
    });
    expect(time.nextTimerAt()).toBe(start + 15 * minuteMs);
    await time.advance(10 * minuteMs);
    expect(watcher.current().map((o) => o.deliveryId)).toEqual([1, 2]);
    expect(time.nextTimerAt()).toBeNull();
    watcher.stop();
  });

  it('time asleep or offline counts: a clock that jumps past the deadline finds it late at the next look', async () => {
    const rows = memoryRows([row(1, 'partner:a', start)]);
    const { watcher, time } = watch(rows, settingsWith([{ id: 'a' }]));
    watcher.start();
    // The PC slept for an hour: its timer fires late, the deadline is judged by the wall clock.
    await time.advance(60 * minuteMs);
    expect(watcher.current()).toHaveLength(1);
    watcher.stop();
  });

  it('a restart finds at once what became late while the app was closed, within the lookback', () => {
    const now = start + 3 * 60 * minuteMs;
    const rows = memoryRows([
      row(1, 'partner:a', start),
      row(2, 'partner:a', now - lateOrderLookbackMs - 1),
      row(3, 'partner:gone', start),
    ]);
    const { watcher, pushed } = watch(rows, settingsWith([{ id: 'a' }]), fakeTime(new Date(now).toISOString()));
    watcher.start();
    expect(watcher.current().map((o) => o.deliveryId)).toEqual([1]);
    expect(pushed).toHaveLength(1);
    watcher.stop();
  });

  it('handled by phone goes from the list for good; a delivered or unknown one is refused in words', () => {
    const rows = memoryRows([row(1, 'partner:a', start), row(2, 'partner:a', start)]);
    const { watcher } = watch(
      rows,
      settingsWith([{ id: 'a' }]),
      fakeTime(new Date(start + 6 * minuteMs).toISOString()),
    );
    watcher.start();
    expect(watcher.markHandled(1, 'Anna').map((o) => o.deliveryId)).toEqual([2]);
    expect(rows.handled).toEqual([1]);
    expect(() => watcher.markHandled(99, 'Anna')).toThrow(/was not found/);
    watcher.stop();
  });

  it('a change to deliveries or settings looks again, once per batch', async () => {
    const rows = memoryRows([row(1, 'partner:a', start)]);
    const settings = settingsWith([{ id: 'a' }]);
    const { watcher, time, events } = watch(rows, settings, fakeTime(new Date(start + 6 * minuteMs).toISOString()));
    watcher.start();
    expect(watcher.current()).toHaveLength(1);
    // The partner is disabled: its webhooks are held on purpose, no alert.
    settings.partners = settings.partners.map((p) => ({ ...p, enabled: false }));
    events.emit('settings.changed', { scope: 'partners' });
    events.emit('deliveries.changed', { deliveries: [] });
    await time.advance(1_000);
    expect(watcher.current()).toEqual([]);
    watcher.stop();
  });

  it('a drain of webhooks that are not late reads nothing: the changes are read from the event', async () => {
    const rows = memoryRows([row(1, 'partner:a', start), row(2, 'partner:a', start + minuteMs)]);
    const { watcher, time, events } = watch(rows, settingsWith([{ id: 'a' }]));
    watcher.start();
    const readsAtStart = rows.reads;
    for (let i = 0; i < 20; i++) {
      events.emit('deliveries.changed', { deliveries: [{ id: 2, state: 'sending' }] });
      events.emit('deliveries.changed', { deliveries: [{ id: 2, state: 'retrying' }] });
      await time.advance(1_000);
    }
    expect(rows.reads).toBe(readsAtStart);
    // The timer armed at the start still finds the first one late on time.
    await time.advance(5 * minuteMs - 20_000);
    expect(watcher.current().map((o) => o.deliveryId)).toEqual([1]);
    watcher.stop();
  });

  it('a late one delivered leaves the list at once; a late one failing again is read again for its reason', async () => {
    const late = [row(1, 'partner:a', start), row(2, 'partner:a', start)];
    const rows = memoryRows(late);
    const { watcher, pushed, time, events } = watch(
      rows,
      settingsWith([{ id: 'a' }]),
      fakeTime(new Date(start + 6 * minuteMs).toISOString()),
    );
    watcher.start();
    const reads = rows.reads;
    late.splice(0, 1);
    events.emit('deliveries.changed', { deliveries: [{ id: 1, state: 'delivered' }] });
    expect(watcher.current().map((o) => o.deliveryId)).toEqual([2]);
    expect(pushed.at(-1)?.orders.map((o) => o.deliveryId)).toEqual([2]);
    expect(rows.reads).toBe(reads);

    late[0] = { ...row(2, 'partner:a', start), lastReason: 'Timed out after 15 s' };
    events.emit('deliveries.changed', { deliveries: [{ id: 2, state: 'retrying' }] });
    await time.advance(1_000);
    expect(watcher.current()[0]?.lastReason).toBe('Timed out after 15 s');
    watcher.stop();
  });

  it('a new order webhook brings the next look forward to its earliest deadline; an old one sent again looks at once', async () => {
    const made: UndeliveredOrderRow[] = [];
    const rows = memoryRows(made);
    const { watcher, time, events } = watch(rows, settingsWith([{ id: 'a', createdMinutes: 3 }]));
    watcher.start();
    expect(time.nextTimerAt()).toBeNull();
    made.push(row(7, 'partner:a', start));
    events.emit('deliveries.changed', { deliveries: [{ id: 7, state: 'pending' }] });
    expect(time.nextTimerAt()).toBe(start + 3 * minuteMs);
    await time.advance(3 * minuteMs);
    expect(watcher.current().map((o) => o.deliveryId)).toEqual([7]);

    // Delivered a while ago, then sent again by hand: back in the running, and late already.
    made.push(row(5, 'partner:a', start - 10 * minuteMs));
    events.emit('deliveries.changed', { deliveries: [{ id: 5, state: 'pending' }] });
    await time.advance(1_000);
    expect(watcher.current().map((o) => o.deliveryId)).toEqual([7, 5]);
    watcher.stop();
  });
});
