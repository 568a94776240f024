import type { StateCreator } from 'zustand';
import type { HubApi, Result } from '../../../shared/contract';
import type { StoreInput, StoreStatus, StoreView } from '../../../shared/domain/store';
import type { AppState, LoadState } from './app-state';

/**
 * The restaurant's store record (named "restaurant" here so it is never
 * confused with the zustand store that holds it).
 */
export interface RestaurantSlice {
  restaurant: { view: StoreView | null; loadState: LoadState; error: string | null };
  loadRestaurant: () => Promise<void>;
  saveRestaurant: (input: StoreInput) => Promise<Result<StoreView>>;
  setStoreStatus: (status: StoreStatus) => Promise<Result<StoreView>>;
}

export function createRestaurantSlice(api: HubApi): StateCreator<AppState, [], [], RestaurantSlice> {
  return (set, get) => {
    const patch = (next: Partial<RestaurantSlice['restaurant']>): void =>
      set((state) => ({ restaurant: { ...state.restaurant, ...next } }));
    const keep = (result: Result<StoreView>): Result<StoreView> => {
      if (result.ok) patch({ view: result.value, loadState: 'ready', error: null });
      return result;
    };
    return {
      restaurant: { view: null, loadState: 'idle', error: null },

      async loadRestaurant() {
        if (get().restaurant.loadState === 'idle') patch({ loadState: 'loading' });
        const result = await api.call('store.get', {});
        if (result.ok) patch({ view: result.value, loadState: 'ready', error: null });
        else patch({ loadState: get().restaurant.view ? 'ready' : 'failed', error: result.error.message });
      },

      async saveRestaurant(input) {
        return keep(await api.call('store.save', input));
      },

      async setStoreStatus(status) {
        return keep(await api.call('store.setStatus', { status }));
      },
    };
  };
}
