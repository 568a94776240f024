import { useAppStore } from '../store/store-context';
import { createStoreClock, pcZone, type StoreClock } from './store-clock';

const clocks = new Map<string, StoreClock>();

/** One clock per zone for the life of the window: rows, badges and charts share it. */
export function storeClockFor(zone: string): StoreClock {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = createStoreClock(zone);
    clocks.set(zone, clock);
  }
  return clock;
}

/**
 * The store's clock: every screen formats and reads times through it. Until the
 * store has loaded (or if it cannot be), the PC's own zone stands in.
 */
export function useStoreClock(): StoreClock {
  const zone = useAppStore((state) => state.restaurant.view?.timezone);
  return storeClockFor(zone ?? pcZone());
}
