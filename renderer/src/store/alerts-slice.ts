import type { StateCreator } from 'zustand';
import type { DeliveryAlert } from '../../../shared/domain/deliveries';
import type { AppState } from './app-state';

/** At most one toast per destination in this window, like the desktop notifications. */
export const toastEveryMs = 5 * 60 * 1000;

export interface AlertToast extends DeliveryAlert {
  key: number;
}

export interface AlertsSlice {
  alerts: { toasts: AlertToast[]; lastShown: Record<string, number> };
  alertArrived: (alert: DeliveryAlert, now?: number) => void;
  dismissAlert: (key: number) => void;
}

let nextKey = 1;

export const createAlertsSlice: StateCreator<AppState, [], [], AlertsSlice> = (set, get) => ({
  alerts: { toasts: [], lastShown: {} },

  alertArrived(alert, now = Date.now()) {
    const { toasts, lastShown } = get().alerts;
    const last = lastShown[alert.destinationId];
    if (last !== undefined && now - last < toastEveryMs) return;
    set({
      alerts: {
        // The newest few: a screen full of toasts helps nobody.
        toasts: [...toasts, { ...alert, key: nextKey++ }].slice(-4),
        lastShown: { ...lastShown, [alert.destinationId]: now },
      },
    });
  },

  dismissAlert(key) {
    const { alerts } = get();
    set({ alerts: { ...alerts, toasts: alerts.toasts.filter((toast) => toast.key !== key) } });
  },
});
