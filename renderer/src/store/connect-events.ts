import type { HubConnection, LinkState } from '../transport/link-state';
import type { AppStore } from './create-app-store';
import { throttle } from './throttle';

/** Health figures are aggregates over hours: redrawing them more often than this only costs queries. */
export const healthRefreshMs = 2_000;

/**
 * Subscribes the store to the core's events, once, at startup. After the event
 * stream reconnects anything may have changed unseen, so everything already
 * loaded is fetched again.
 */
export function connectEvents(store: AppStore, connection: HubConnection): () => void {
  const { api } = connection;
  const state = store.getState;
  let previous: LinkState | null = null;
  const refreshHealth = throttle(() => state().refreshHealth(), healthRefreshMs);

  const refetchLoaded = (): void => {
    void state().loadAppInfo();
    void state().loadStatus();
    if (state().orderHooks.loadState !== 'idle') void state().loadOrderHooks();
    if (state().partners.loadState !== 'idle') void state().loadPartners();
    state().refreshDomain('all');
    state().refreshRecipients();
    if (state().deliveries.loadState !== 'idle') void state().loadDeliveries(state().deliveries.filter);
    state().watchedDeliveriesChanged('all');
    if (state().inbox.loadState !== 'idle') void state().loadInbox();
    if (state().desktop.loadState !== 'idle') void state().loadDesktop();
    void state().loadLateOrders();
    refreshHealth();
  };

  const unsubscribers = [
    api.on('system.status', (status) => state().statusArrived(status)),
    api.on('app.notice', (notice) => state().noticeArrived(notice)),
    api.on('settings.changed', ({ scope }) => {
      if (scope === 'desktop') {
        // Another window (or browser mode on the same data folder) changed it.
        if (state().desktop.loadState !== 'idle') void state().loadDesktop();
        return;
      }
      if (scope === 'orderHooks') void state().loadOrderHooks();
      else if (scope === 'partners') {
        void state().loadPartners();
        // A new partner needs its (empty) series; a renamed one its new name on the charts.
        refreshHealth();
      }
      // Who hears about a save depends on both the partners and the order hooks.
      if (scope !== 'deliveryPolicy') state().refreshRecipients();
    }),
    api.on('domain.changed', ({ scope }) => state().refreshDomain(scope)),
    api.on('deliveries.changed', (change) => {
      void state().deliveriesChanged(change);
      state().watchedDeliveriesChanged(change);
      refreshHealth();
    }),
    api.on('deliveries.resendProgress', (progress) => state().resendProgressArrived(progress)),
    api.on('inbox.received', (entry) => state().inboxReceived(entry)),
    api.on('partners.resyncProgress', (progress) => state().resyncProgressArrived(progress)),
    api.on('delivery.alert', (alert) => {
      state().alertArrived(alert);
      if (state().partners.loadState !== 'idle') void state().loadPartnerHealth();
    }),
    api.on('deliveries.lateOrders', ({ orders }) => state().lateOrdersArrived(orders)),
    connection.onLink((link) => {
      state().linkChanged(link);
      if (link === 'connected' && previous === 'reconnecting') refetchLoaded();
      // The first status may have been read before the stream was live; what changed in between
      // (a partner starting to fail, the queue) was pushed to nobody, so the status bar asks again.
      else if (link === 'connected' && previous !== 'connected') {
        void state().loadStatus();
        // Late orders found before the stream was live were pushed to nobody, as the status was.
        void state().loadLateOrders();
      }
      previous = link;
    }),
  ];
  return () => {
    refreshHealth.cancel();
    unsubscribers.forEach((unsubscribe) => unsubscribe());
  };
}
