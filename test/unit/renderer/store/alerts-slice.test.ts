import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { DeliveryAlert } from '../../../../shared/domain/deliveries';
import { createAlertsSlice, toastEveryMs, type AlertsSlice } from '../../../../renderer/src/store/alerts-slice';
import type { AppState } from '../../../../renderer/src/store/app-state';

const alert = (destinationId: string, kind: DeliveryAlert['kind']): DeliveryAlert => ({
  destinationId,
  destinationName: destinationId,
  kind,
  reason: 'Timed out after 15 s waiting for the partner',
  at: '2026-11-22T12:00:00.000Z',
});

describe('alert toasts', () => {
  it('show at most one per destination every few minutes, and can be dismissed', () => {
    // Only the alerts slice is exercised; the rest of the state is not needed here.
    const store = createStore<AlertsSlice>()((...args) =>
      createAlertsSlice(...(args as unknown as Parameters<typeof createAlertsSlice>)),
    );
    const state = () => store.getState() as AlertsSlice & Partial<AppState>;
    state().alertArrived(alert('a', 'failing'), 0);
    state().alertArrived(alert('a', 'recovered'), 1_000);
    state().alertArrived(alert('b', 'paused'), 1_000);
    expect(state().alerts.toasts.map((t) => `${t.destinationId}:${t.kind}`)).toEqual(['a:failing', 'b:paused']);
    state().alertArrived(alert('a', 'recovered'), toastEveryMs);
    expect(state().alerts.toasts.map((t) => t.kind)).toEqual(['failing', 'paused', 'recovered']);
    const first = state().alerts.toasts[0]?.key ?? 0;
    state().dismissAlert(first);
    expect(state().alerts.toasts.map((t) => t.kind)).toEqual(['paused', 'recovered']);
  });
});
