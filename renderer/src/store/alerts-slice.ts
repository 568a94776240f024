import type { StateCreator } from 'zustand';
import type { FailingDestination, SystemStatus } from '../../../shared/domain/app-info';
import type { DeliveryAlert } from '../../../shared/domain/deliveries';
import type { AppState } from './app-state';

/** At most one new toast per destination in this window, like the desktop notifications. */
export const toastEveryMs = 5 * 60 * 1000;

/** A toast is about something still wrong; a recovery is told by the toast going away. */
export interface AlertToast extends Omit<DeliveryAlert, 'kind'> {
  kind: Exclude<DeliveryAlert['kind'], 'recovered'>;
  key: number;
}

export interface AlertsSlice {
  alerts: { toasts: AlertToast[]; lastShown: Record<string, number> };
  alertArrived: (alert: DeliveryAlert, now?: number) => void;
  /** Keeps shown toasts true to the core's status: a newer reason replaces the old, a fixed partner's toast goes. */
  toastsFollowStatus: (status: SystemStatus) => void;
  dismissAlert: (key: number) => void;
}

let nextKey = 1;

/**
 * A failing or paused toast as the status now says, or null once the destination is
 * no longer failing (it recovered, was disabled, or was deleted). A `disabled` toast
 * (410 Gone disabled the partner) says what happened: it stays until the partner,
 * fixed and enabled, goes through again (its `recovered` alert) or is dismissed.
 */
function followStatus(toast: AlertToast, failing: ReadonlyMap<string, FailingDestination>): AlertToast | null {
  const now = failing.get(toast.destinationId);
  if (!now) return toast.kind === 'disabled' ? toast : null;
  return {
    ...toast,
    kind: now.state,
    destinationName: now.name,
    reason: now.reason ?? toast.reason,
    failure: now.failure,
  };
}

export const createAlertsSlice: StateCreator<AppState, [], [], AlertsSlice> = (set, get) => ({
  alerts: { toasts: [], lastShown: {} },

  alertArrived(alert, now = Date.now()) {
    const { toasts, lastShown } = get().alerts;
    const shown = toasts.find((toast) => toast.destinationId === alert.destinationId);
    if (alert.kind === 'recovered') {
      if (shown) set({ alerts: { toasts: toasts.filter((toast) => toast !== shown), lastShown } });
      return;
    }
    const { kind } = alert;
    // One toast per destination: news about a shown one updates it, whatever the rate limit.
    if (shown) {
      const updated = { ...shown, ...alert, kind, key: shown.key };
      set({ alerts: { toasts: toasts.map((toast) => (toast === shown ? updated : toast)), lastShown } });
      return;
    }
    const last = lastShown[alert.destinationId];
    if (last !== undefined && now - last < toastEveryMs) return;
    set({
      alerts: {
        // The newest few: a screen full of toasts helps nobody.
        toasts: [...toasts, { ...alert, kind, key: nextKey++ }].slice(-4),
        lastShown: { ...lastShown, [alert.destinationId]: now },
      },
    });
  },

  toastsFollowStatus(status) {
    const { alerts } = get();
    if (alerts.toasts.length === 0) return;
    const failing = new Map(status.failingPartners.map((destination) => [destination.id, destination]));
    const toasts = alerts.toasts.flatMap((toast) => followStatus(toast, failing) ?? []);
    set({ alerts: { ...alerts, toasts } });
  },

  dismissAlert(key) {
    const { alerts } = get();
    set({ alerts: { ...alerts, toasts: alerts.toasts.filter((toast) => toast.key !== key) } });
  },
});
