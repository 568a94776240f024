import type { Clock } from '../../electron/core/ports';
import type { Timers } from '../../electron/core/engine/timers';

interface PendingTimer {
  at: number;
  order: number;
  callback: () => void;
}

/** Lets promise chains started by a timer (a send, its result) run before the next timer fires. */
const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * A clock and the engine's timers on one fake time line: nothing happens until
 * the test moves time, and then the timers fire in order, each at its own time,
 * so a retry scheduled for five minutes from now runs in milliseconds — and a
 * test notices if the wake-up for it was never scheduled.
 */
export function fakeTime(startIso = '2026-11-22T12:00:00.000Z') {
  let now = new Date(startIso).getTime();
  let order = 0;
  const pending = new Set<PendingTimer>();

  const clock: Clock = { now: () => new Date(now) };
  const timers: Timers = {
    setTimeout(callback, ms) {
      const timer = { at: now + Math.max(0, ms), order: order++, callback };
      pending.add(timer);
      return timer;
    },
    clearTimeout(handle) {
      pending.delete(handle as PendingTimer);
    },
  };

  const earliest = (until: number): PendingTimer | undefined =>
    [...pending].filter((t) => t.at <= until).sort((a, b) => a.at - b.at || a.order - b.order)[0];

  /** Moves time forward by `ms`, firing every timer that falls due on the way, at its time. */
  async function advance(ms = 0): Promise<void> {
    const target = now + ms;
    await turn();
    for (let timer = earliest(target); timer; timer = earliest(target)) {
      pending.delete(timer);
      now = Math.max(now, timer.at);
      timer.callback();
      await turn();
      await turn();
    }
    now = target;
    await turn();
  }

  return {
    clock,
    timers,
    advance,
    now: () => now,
    /** When the earliest pending timer fires, or null. */
    nextTimerAt: (): number | null => earliest(Infinity)?.at ?? null,
  };
}

export type FakeTime = ReturnType<typeof fakeTime>;
