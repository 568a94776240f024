import { afterEach, describe, expect, it } from 'vitest';
import type { ResultRecorder } from '../../../../../electron/core/engine/queue-ports';
import { answers, engineHarness } from './engine-harness';

type Harness = ReturnType<typeof engineHarness>;
let running: Harness[] = [];
afterEach(async () => {
  await Promise.all(running.map((h) => h.engine.stop()));
  running = [];
});
function start(...args: Parameters<typeof engineHarness>): Harness {
  const harness = engineHarness(...args);
  harness.engine.start();
  running.push(harness);
  return harness;
}

/** Whether `promise` has settled once pending work has run (without waiting for it otherwise). */
async function hasSettled(promise: Promise<unknown>, h: Harness): Promise<boolean> {
  let settled = false;
  void promise.then(() => (settled = true));
  await h.time.advance(0);
  return settled;
}

describe('the delivery engine, on an in-memory queue and fake time', () => {
  it('sends what the outbox published and records it delivered', async () => {
    const h = start();
    const [id = 0] = h.publish();
    await h.time.advance(5);
    expect(h.sender.calls).toHaveLength(1);
    expect(h.queue.stored(id)).toMatchObject({ state: 'delivered', attempts: 1 });
    expect(h.queue.attemptRows).toHaveLength(1);
  });

  it('wakes itself for a retry due in the future, through the injected timers, at the scheduled time', async () => {
    const h = start();
    h.sender.script = [answers.serverError];
    const [id = 0] = h.publish();
    await h.time.advance(5);
    const firstAt = h.sender.calls[0]?.at ?? 0;
    expect(h.queue.stored(id)).toMatchObject({ state: 'retrying', nextAttemptAt: firstAt + 5_000 });

    // Nothing else happens in between: only the engine's own wake-up can bring the retry.
    await h.time.advance(firstAt + 4_999 - h.time.now());
    expect(h.sender.calls).toHaveLength(1);
    await h.time.advance(1);
    expect(h.sender.calls.map((c) => c.at - firstAt)).toEqual([0, 5_000]);
    await h.time.advance(5);
    expect(h.queue.stored(id)).toMatchObject({ state: 'delivered', attempts: 2 });
  });

  it('with every slot taken it does not ask for the next due time, and still wakes for a retry', async () => {
    const h = start({ concurrency: 1 });
    let asked = 0;
    const nextDueAfter = h.queue.nextDueAfter.bind(h.queue);
    h.queue.nextDueAfter = (...args) => ((asked += 1), nextDueAfter(...args));
    h.sender.script = [answers.serverError];
    const [first = 0] = h.publish(4);
    await h.time.advance(5);
    // Four sends, one at a time: the query ran only once the last slot was free again.
    expect(h.sender.calls).toHaveLength(4);
    expect(asked).toBeLessThanOrEqual(2);
    const firstAt = h.sender.calls[0]?.at ?? 0;
    await h.time.advance(firstAt + 5_000 - h.time.now());
    expect(h.sender.calls.at(-1)?.at).toBe(firstAt + 5_000);
    await h.time.advance(5);
    expect(h.queue.stored(first)).toMatchObject({ state: 'delivered', attempts: 2 });
  });

  it('keeps results it could not write, writes them once it can, and sends nothing twice meanwhile', async () => {
    const h = start();
    h.queue.failWrites(new Error('SQLITE_FULL: database or disk is full'));
    const ids = h.publish(3);
    await h.time.advance(5);
    expect(h.sender.calls).toHaveLength(3);
    // Not on disk yet, but not lost: still in flight, not claimed again.
    expect(ids.map((id) => h.queue.stored(id).state)).toEqual(['pending', 'pending', 'pending']);
    expect([...h.engine.sendingIds()].sort()).toEqual(ids);
    const idle = h.engine.whenIdle();

    // An outage of the disk for a while: retried with growing pauses, reported once.
    await h.time.advance(3_000);
    expect(h.queue.refusedWrites).toBeGreaterThan(2);
    expect(h.sender.calls).toHaveLength(3);
    expect(await hasSettled(idle, h)).toBe(false);
    expect(h.logger.lines.filter((l) => l.level === 'error')).toHaveLength(1);

    h.queue.failWrites(null);
    await h.time.advance(2_000);
    expect(ids.map((id) => h.queue.stored(id).state)).toEqual(['delivered', 'delivered', 'delivered']);
    expect(h.engine.sendingIds().size).toBe(0);
    expect(h.sender.calls).toHaveLength(3);
    expect(await hasSettled(idle, h)).toBe(true);
  });

  it('results written on another thread: one batch at a time, a refused batch kept, stop waits for the one on its way', async () => {
    const h = start();
    const writes: { count: number; settle: (ok: boolean) => void }[] = [];
    const record = h.queue.record.bind(h.queue);
    // As the writer thread answers: later, by promise.
    const onAnotherThread: ResultRecorder['record'] = (records, now) =>
      new Promise((resolve, reject) => {
        writes.push({
          count: records.length,
          settle: (ok) => (ok ? resolve(record(records, now)) : reject(new Error('SQLITE_BUSY: database is locked'))),
        });
      });
    Object.assign(h.queue, { record: onAnotherThread });
    const state = (id: number): string => h.queue.stored(id).state;
    const ids = h.publish(3);
    await h.time.advance(5);
    expect(writes.map((w) => w.count)).toEqual([3]);
    // On its way to disk: still in flight, not claimed again.
    expect(ids.map(state)).toEqual(['pending', 'pending', 'pending']);
    expect([...h.engine.sendingIds()].sort()).toEqual(ids);

    // Results that come in meanwhile wait for that batch.
    const more = h.publish(2);
    await h.time.advance(50);
    expect(writes).toHaveLength(1);
    writes[0]?.settle(false);
    await h.time.advance(0);
    expect(h.logger.lines.map((l) => l.message)).toContain(
      'delivery results could not be written; keeping them and trying again',
    );
    await h.time.advance(250);
    expect(writes.map((w) => w.count)).toEqual([3, 5]);
    writes[1]?.settle(true);
    await h.time.advance(0);
    expect([...ids, ...more].map(state)).toEqual(Array(5).fill('delivered'));
    expect(h.sender.calls).toHaveLength(5);

    // Stopping with a batch on its way and a result waiting behind it: both are written first.
    const [onItsWay = 0] = h.publish(1);
    await h.time.advance(5);
    const [behind = 0] = h.publish(1);
    await h.time.advance(5);
    expect(writes).toHaveLength(3);
    let stopped = false;
    const stopping = h.engine.stop().then(() => (stopped = true));
    await h.time.advance(0);
    expect(stopped).toBe(false);
    writes[2]?.settle(true);
    await h.time.advance(0);
    expect(writes.map((w) => w.count)).toEqual([3, 5, 1, 1]);
    writes[3]?.settle(true);
    await stopping;
    expect([onItsWay, behind].map(state)).toEqual(['delivered', 'delivered']);
  });

  it('sends nothing new while results wait to be written', async () => {
    const h = start();
    h.queue.failWrites(new Error('SQLITE_BUSY: database is locked'));
    h.publish(1);
    await h.time.advance(5);
    h.publish(1);
    await h.time.advance(1_000);
    expect(h.sender.calls).toHaveLength(1);
    h.queue.failWrites(null);
    await h.time.advance(2_000);
    expect(h.sender.calls).toHaveLength(2);
    expect(h.queue.deliveries.map((d) => d.state)).toEqual(['delivered', 'delivered']);
  });

  it('lets no error escape a timer: a queue that cannot be read is retried a second later', async () => {
    const h = start();
    const claimDue = h.queue.claimDue.bind(h.queue);
    let failures = 1;
    h.queue.claimDue = (...args) => {
      if (failures-- > 0) throw new Error('SQLITE_BUSY: database is locked');
      return claimDue(...args);
    };
    h.publish(1);
    await h.time.advance(5);
    expect(h.sender.calls).toHaveLength(0);
    expect(h.logger.lines.map((l) => l.message)).toContain(
      'the delivery queue could not be read; trying again shortly',
    );
    await h.time.advance(1_000);
    expect(h.queue.deliveries[0]?.state).toBe('delivered');
  });

  it('gives up, with the reason, rows that do not read back as a delivery, and sends the rest', async () => {
    const h = start();
    const [pruned = 0, garbled = 0, good = 0] = h.publish(3);
    h.queue.corrupt(pruned, {
      id: pruned,
      eventId: 'evt_1',
      eventType: 'order.created',
      destinationId: 'partner:a',
      attempts: 0,
      manual: 1,
      createdAt: 0,
      body: null,
    });
    h.queue.corrupt(garbled, {
      id: garbled,
      eventId: 'evt_2',
      eventType: 'order.created',
      destinationId: 42,
      attempts: 0,
      manual: 0,
      createdAt: 0,
      body: '{}',
    });
    await h.time.advance(5);
    expect(h.queue.stored(pruned)).toMatchObject({
      state: 'failed',
      lastReason: expect.stringMatching(/payload is no longer kept/) as string,
    });
    expect(h.queue.stored(garbled)).toMatchObject({
      state: 'failed',
      lastReason: expect.stringMatching(/could not be read back .*destinationId/) as string,
    });
    expect(h.queue.stored(good).state).toBe('delivered');
    expect(h.sender.calls).toHaveLength(1);
  });

  it('resolves whenIdle at once on an engine that is not running', async () => {
    const h = engineHarness();
    expect(await hasSettled(h.engine.whenIdle(), h)).toBe(true);
    h.engine.start();
    await h.engine.stop();
    expect(await hasSettled(h.engine.whenIdle(), h)).toBe(true);
  });

  it('stops cleanly even when the last results cannot be written (they are sent again after a restart)', async () => {
    const h = start();
    h.queue.failWrites(new Error('SQLITE_FULL'));
    const [id = 0] = h.publish(1);
    await h.time.advance(5);
    await expect(h.engine.stop()).resolves.toBeUndefined();
    expect(h.queue.stored(id).state).toBe('pending');
    expect(h.logger.lines.map((l) => l.message)).toContain(
      'results could not be written before stopping; those deliveries will be sent again',
    );
  });
});
