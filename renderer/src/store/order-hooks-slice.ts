import type { StateCreator } from 'zustand';
import type { HubApi, Result } from '../../../shared/contract';
import type { OrderHooksInput, OrderHooksView } from '../../../shared/domain/order-hooks';
import type { AppState, LoadState } from './app-state';

export interface OrderHooksSlice {
  orderHooks: { view: OrderHooksView | null; loadState: LoadState; error: string | null };
  loadOrderHooks: () => Promise<void>;
  /** Saves the whole page; the caller shows field issues from the Result. */
  saveOrderHooks: (input: OrderHooksInput) => Promise<Result<OrderHooksView>>;
}

export function createOrderHooksSlice(api: HubApi): StateCreator<AppState, [], [], OrderHooksSlice> {
  return (set, get) => ({
    orderHooks: { view: null, loadState: 'idle', error: null },

    async loadOrderHooks() {
      if (get().orderHooks.loadState === 'idle') set({ orderHooks: { ...get().orderHooks, loadState: 'loading' } });
      const result = await api.call('orderHooks.get', {});
      if (result.ok) set({ orderHooks: { view: result.value, loadState: 'ready', error: null } });
      else
        set((state) => ({
          orderHooks: {
            ...state.orderHooks,
            loadState: state.orderHooks.view ? 'ready' : 'failed',
            error: result.error.message,
          },
        }));
    },

    async saveOrderHooks(input) {
      const result = await api.call('orderHooks.save', input);
      if (result.ok) set({ orderHooks: { view: result.value, loadState: 'ready', error: null } });
      return result;
    },
  });
}
