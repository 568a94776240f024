import type { StateCreator } from 'zustand';
import type { HubApi, Result } from '../../../shared/contract';
import type { LateOrder } from '../../../shared/domain/order-deadlines';
import type { AppState } from './app-state';

export interface LateOrdersSlice {
  /** Order webhooks past their deadline, oldest first, as the core last said (#14). */
  lateOrders: { orders: LateOrder[] };
  loadLateOrders: () => Promise<void>;
  lateOrdersArrived: (orders: LateOrder[]) => void;
  /** "Retry now": sends it at once, skipping the wait; a late order stays listed until it is delivered. */
  retryLateOrder: (deliveryId: number) => Promise<Result<{ queued: number }>>;
  /** "Handled by phone": the alert goes for good and the webhook is not sent any more. */
  markOrderHandled: (deliveryId: number, by: string) => Promise<Result<LateOrder[]>>;
}

export function createLateOrdersSlice(api: HubApi): StateCreator<AppState, [], [], LateOrdersSlice> {
  return (set, get) => ({
    lateOrders: { orders: [] },

    async loadLateOrders() {
      const result = await api.call('deliveries.lateOrders', {});
      if (result.ok) get().lateOrdersArrived(result.value);
    },

    lateOrdersArrived(orders) {
      set({ lateOrders: { orders } });
    },

    retryLateOrder(deliveryId) {
      return api.call('deliveries.resend', { id: deliveryId });
    },

    async markOrderHandled(deliveryId, by) {
      const result = await api.call('deliveries.markHandled', { deliveryId, by });
      if (result.ok) get().lateOrdersArrived(result.value);
      return result;
    },
  });
}
