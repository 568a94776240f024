import { afterEach, describe, expect, it } from 'vitest';
import { DeliveryLog, unreadableHeaders } from '../../../../../electron/core/log/delivery-log';
import { answers, engineHarness } from '../engine/engine-harness';

let engines: ReturnType<typeof engineHarness>[] = [];
afterEach(async () => {
  await Promise.all(engines.map((h) => h.engine.stop()));
  engines = [];
});

/** The log over the same in-memory queue the engine works, with the engine's live "sending" state. */
function withLog() {
  const h = engineHarness();
  h.engine.start();
  engines.push(h);
  return { h, log: new DeliveryLog(h.queue, () => h.engine.sendingIds()) };
}

describe('the delivery log, on an in-memory queue and fake time', () => {
  it('lists newest first in pages with a cursor, and counts every state', async () => {
    const { h, log } = withLog();
    h.publish(5);
    await h.time.advance(5);
    const first = log.list({}, undefined, 2);
    expect(first.items.map((r) => r.id)).toEqual([5, 4]);
    const second = log.list({}, first.nextCursor ?? undefined, 2);
    expect(second.items.map((r) => r.id)).toEqual([3, 2]);
    const last = log.list({}, second.nextCursor ?? undefined, 2);
    expect(last).toMatchObject({ items: [{ id: 1 }], nextCursor: null });
    expect(log.count({})).toMatchObject({ total: 5, byState: { delivered: 5, failed: 0, pending: 0 } });
    expect(log.count({ states: ['failed'] }).total).toBe(0);
  });

  it('shows a delivery being sent as sending, and when a retry is due, in ISO time', async () => {
    const { h, log } = withLog();
    h.queue.failWrites(new Error('SQLITE_BUSY'));
    h.publish(1);
    await h.time.advance(0);
    expect(log.list({}, undefined).items[0]?.state).toBe('sending');

    h.queue.failWrites(null);
    h.sender.script = [answers.serverError];
    h.publish(1);
    await h.time.advance(3_000);
    const [retrying] = log.list({ states: ['retrying'] }, undefined).items;
    expect(retrying).toMatchObject({ id: 2, lastStatus: 500, lastReason: '500 — the partner’s server had an error' });
    expect(retrying?.nextAttemptAt).toBe(new Date(h.queue.stored(2).nextAttemptAt ?? 0).toISOString());
  });

  it('shows one delivery with its payload and attempts, and an attempt whose stored headers are damaged without failing', async () => {
    const { h, log } = withLog();
    h.sender.script = [answers.serverError];
    h.publish(1);
    await h.time.advance(10_000);
    h.queue.attemptRows[0]!.requestHeaders = '{"x-api-key": ';
    const detail = log.detail(1);
    expect(detail?.payload).toBe(h.queue.events[0]?.body);
    expect(detail?.attempts.map((a) => [a.outcome, a.status, a.requestHeaders])).toEqual([
      ['failed', 500, unreadableHeaders],
      ['delivered', 200, {}],
    ]);
    expect(log.detail(99)).toBeNull();
  });
});
