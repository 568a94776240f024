import { closingTime } from '../../../../shared/domain/closing-time';
import type { StoreStatus, StoreView } from '../../../../shared/domain/store';
import { isoInZone } from '../../../../shared/domain/zoned-time';
import type { StoreClock } from '../../time/store-clock';

/** The one-click choices (#9): pause for a while, or stay open with extra prep time. */
export const pauseMinutes = [15, 30, 60] as const;
export const busyMinutes = [15, 30] as const;

const minuteMs = 60_000;

/**
 * Paused for `minutes` from `now`, ending on a whole minute (rounded up, so
 * never shorter than asked): the time every screen shows is then the time the
 * pause really ends. Partners read the end in the store's offset.
 */
export function pauseFor(minutes: number, now: number, zone: string): StoreStatus {
  const until = Math.ceil((now + minutes * minuteMs) / minuteMs) * minuteMs;
  return { state: 'paused', until: isoInZone(zone, until) };
}

export const busyFor = (minutes: number): StoreStatus => ({ state: 'busy', delayMinutes: minutes });

export type ClosingOffer = { ok: true; status: StoreStatus; closesAt: number } | { ok: false; reason: string };

/**
 * "Until closing": paused until today's hours end (see `closingTime`). Not
 * offered when the hours say the store is closed now, or it has no hours: the
 * reason says why, in a manager's words.
 */
export function untilClosingOffer(
  store: Pick<StoreView, 'timezone' | 'hours' | 'specialDates'>,
  now: number,
  clock: StoreClock,
): ClosingOffer {
  const closing = closingTime(store, now);
  switch (closing.kind) {
    case 'open':
      return {
        ok: true,
        status: { state: 'paused', until: isoInZone(store.timezone, closing.closesAt) },
        closesAt: closing.closesAt,
      };
    case 'closed-now':
      return {
        ok: false,
        reason:
          closing.opensAt === null
            ? 'Until closing: not offered, because the hours say the store is closed now.'
            : `Until closing: not offered, because the hours say the store is closed now (it opens ${clock.planned(closing.opensAt, { now })}).`,
      };
    case 'no-hours':
      return {
        ok: false,
        reason: 'Until closing: not offered, because the store has no opening hours. Add them below.',
      };
  }
}
