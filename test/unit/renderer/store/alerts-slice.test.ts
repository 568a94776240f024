import { describe, expect, it } from 'vitest';
import { createStore } from 'zustand/vanilla';
import type { FailingDestination, SystemStatus } from '../../../../shared/domain/app-info';
import type { DeliveryAlert } from '../../../../shared/domain/deliveries';
import { createAlertsSlice, toastEveryMs, type AlertsSlice } from '../../../../renderer/src/store/alerts-slice';
import type { AppState } from '../../../../renderer/src/store/app-state';
import { systemStatus } from '../../../support/system-status';

const alert = (destinationId: string, kind: DeliveryAlert['kind']): DeliveryAlert => ({
  destinationId,
  destinationName: destinationId,
  kind,
  reason: 'Timed out after 15 s waiting for the partner',
  failure: kind === 'recovered' ? null : 'timeout',
  at: '2026-11-22T12:00:00.000Z',
});

const failing = (id: string, reason: string, failure: FailingDestination['failure']): FailingDestination => ({
  id,
  name: id,
  state: 'failing',
  reason,
  failure,
});

const status = (failingPartners: FailingDestination[]): SystemStatus => systemStatus({ failingPartners });

function alertsStore() {
  // Only the alerts slice is exercised; the rest of the state is not needed here.
  const store = createStore<AlertsSlice>()((...args) =>
    createAlertsSlice(...(args as unknown as Parameters<typeof createAlertsSlice>)),
  );
  return () => store.getState() as AlertsSlice & Partial<AppState>;
}

const shown = (state: () => AlertsSlice) => state().alerts.toasts.map((t) => `${t.destinationId}:${t.kind}`);

describe('alert toasts', () => {
  it('show at most one new toast per destination every few minutes, and can be dismissed', () => {
    const state = alertsStore();
    state().alertArrived(alert('a', 'failing'), 0);
    state().alertArrived(alert('b', 'paused'), 1_000);
    state().dismissAlert(state().alerts.toasts[0]?.key ?? 0);
    expect(shown(state)).toEqual(['b:paused']);
    // a's toast was shown a moment ago: a new one waits out the window.
    state().alertArrived(alert('a', 'failing'), 2_000);
    expect(shown(state)).toEqual(['b:paused']);
    state().alertArrived(alert('a', 'failing'), toastEveryMs);
    expect(shown(state)).toEqual(['b:paused', 'a:failing']);
  });

  it('are updated in place by news about their destination, whatever the rate limit', () => {
    const state = alertsStore();
    state().alertArrived(alert('a', 'failing'), 0);
    const key = state().alerts.toasts[0]?.key;
    state().alertArrived({ ...alert('a', 'paused'), reason: 'Paused after failing for 5 days.' }, 1_000);
    expect(state().alerts.toasts).toMatchObject([{ key, kind: 'paused', reason: 'Paused after failing for 5 days.' }]);
  });

  it('go away when their destination recovers', () => {
    const state = alertsStore();
    state().alertArrived(alert('a', 'failing'), 0);
    state().alertArrived(alert('b', 'failing'), 0);
    state().alertArrived(alert('a', 'recovered'), 1_000);
    expect(shown(state)).toEqual(['b:failing']);
    // A recovery is told by the toast going; it never raises one of its own.
    state().alertArrived(alert('c', 'recovered'), 1_000);
    expect(shown(state)).toEqual(['b:failing']);
  });

  it('follow the status: a newer reason replaces the old, and the kind of failure with it', () => {
    const state = alertsStore();
    state().alertArrived({ ...alert('a', 'failing'), reason: '401 — the partner rejected the API key' }, 0);
    state().toastsFollowStatus(status([failing('a', "500 — the partner's server had an error", 'http_server_error')]));
    expect(state().alerts.toasts).toMatchObject([
      { destinationId: 'a', reason: "500 — the partner's server had an error", failure: 'http_server_error' },
    ]);
  });

  it('go away once the status no longer lists their destination (recovered, disabled or deleted)', () => {
    const state = alertsStore();
    state().alertArrived(alert('a', 'failing'), 0);
    state().alertArrived(alert('b', 'paused'), 0);
    state().alertArrived({ ...alert('c', 'disabled'), failure: 'http_gone' }, 0);
    state().toastsFollowStatus(status([{ ...failing('b', 'Paused.', 'timeout'), state: 'paused' }]));
    // The 410 toast says the hub disabled the partner: it is news until dismissed, not a failure to clear.
    expect(shown(state)).toEqual(['b:paused', 'c:disabled']);
    state().toastsFollowStatus(status([]));
    expect(shown(state)).toEqual(['c:disabled']);
  });
});
