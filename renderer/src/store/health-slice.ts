import type { StateCreator } from 'zustand';
import type { HubApi } from '../../../shared/contract';
import type { DeliveryCounts } from '../../../shared/domain/deliveries';
import type { HealthRange, HealthSeries } from '../../../shared/domain/health-series';
import type { AppState } from './app-state';

export interface HealthSlice {
  health: {
    /** Every destination's series per range, once a chart asked for that range. */
    series: Partial<Record<HealthRange, HealthSeries>>;
    /** The whole log by state, for the dashboard's queued / failed figures. */
    totals: DeliveryCounts | null;
  };
  loadHealthSeries: (range: HealthRange) => Promise<void>;
  loadDeliveryTotals: () => Promise<void>;
  /** Reloads whatever health figures are already on screen; the caller throttles it. */
  refreshHealth: () => void;
}

export function createHealthSlice(api: HubApi): StateCreator<AppState, [], [], HealthSlice> {
  return (set, get) => ({
    health: { series: {}, totals: null },

    async loadHealthSeries(range) {
      const result = await api.call('deliveries.healthSeries', { range });
      if (result.ok)
        set((state) => ({ health: { ...state.health, series: { ...state.health.series, [range]: result.value } } }));
    },

    async loadDeliveryTotals() {
      const result = await api.call('deliveries.count', { filter: {} });
      if (result.ok) set((state) => ({ health: { ...state.health, totals: result.value } }));
    },

    refreshHealth() {
      const state = get();
      // The Partners page and the dashboard show partners' health, the Order Webhooks page its hooks'.
      if (state.partners.loadState !== 'idle' || state.orderHooks.loadState !== 'idle') void state.loadPartnerHealth();
      for (const range of Object.keys(state.health.series) as HealthRange[]) void state.loadHealthSeries(range);
      if (state.health.totals) void state.loadDeliveryTotals();
    },
  });
}
