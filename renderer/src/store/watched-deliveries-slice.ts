import type { StateCreator } from 'zustand';
import type { HubApi } from '../../../shared/contract';
import type { DeliveriesChanged, DeliveryRow } from '../../../shared/domain/deliveries';
import type { AppState } from './app-state';

export interface WatchedDeliveriesSlice {
  /**
   * Single deliveries a screen follows outside the log (a test event's), by id,
   * kept fresh from `deliveries.changed`; absent until first fetched.
   */
  watchedDeliveries: Record<number, DeliveryRow>;
  /** Starts following a delivery (fetches it now); returns the way to stop. */
  watchDelivery: (id: number) => () => void;
  /** Refetches the followed deliveries a change names (or all of them). */
  watchedDeliveriesChanged: (change: DeliveriesChanged | 'all') => void;
}

/**
 * Follows a few deliveries by id wherever the log is not open, so "Send test
 * event" can say in place how its attempt went. The changes event carries only
 * the new state; the row (status, latency, reason) comes from `deliveries.get`.
 */
export function createWatchedDeliveriesSlice(api: HubApi): StateCreator<AppState, [], [], WatchedDeliveriesSlice> {
  return (set, get) => {
    /** How many screens follow each id; the latest request per id, so an older answer never wins. */
    const watchers = new Map<number, number>();
    const latestRequest = new Map<number, number>();
    let requests = 0;

    const refresh = async (id: number): Promise<void> => {
      const request = ++requests;
      latestRequest.set(id, request);
      const result = await api.call('deliveries.get', { id });
      if (!result.ok || latestRequest.get(id) !== request || !watchers.has(id)) return;
      set((state) => ({ watchedDeliveries: { ...state.watchedDeliveries, [id]: result.value.delivery } }));
    };

    return {
      watchedDeliveries: {},

      watchDelivery(id) {
        watchers.set(id, (watchers.get(id) ?? 0) + 1);
        void refresh(id);
        return () => {
          const left = (watchers.get(id) ?? 1) - 1;
          if (left > 0) {
            watchers.set(id, left);
            return;
          }
          watchers.delete(id);
          latestRequest.delete(id);
          const watchedDeliveries = { ...get().watchedDeliveries };
          delete watchedDeliveries[id];
          set({ watchedDeliveries });
        };
      },

      watchedDeliveriesChanged(change) {
        const ids = change === 'all' ? [...watchers.keys()] : change.deliveries.map((entry) => entry.id);
        for (const id of new Set(ids)) if (watchers.has(id)) void refresh(id);
      },
    };
  };
}
