import { createStore, type StoreApi } from 'zustand/vanilla';
import type { HubApi } from '../../../shared/contract';
import { createAlertsSlice } from './alerts-slice';
import { createAppSlice } from './app-slice';
import type { AppState } from './app-state';
import { createChecksSlice } from './checks-slice';
import { createDeliveriesSlice } from './deliveries-slice';
import { createDesktopSlice } from './desktop-slice';
import { createDomainSyncSlice } from './domain-sync-slice';
import { createHealthSlice } from './health-slice';
import { createInboxSlice } from './inbox-slice';
import { createLateOrdersSlice } from './late-orders-slice';
import { createMenuStructureSlice } from './menu-structure-slice';
import { createMenusSlice } from './menus-slice';
import { createOrderHooksSlice } from './order-hooks-slice';
import { createPartnersSlice } from './partners-slice';
import { createPartnerResyncSlice } from './partner-resync-slice';
import { createRecipientsSlice } from './recipients-slice';
import { createRestaurantSlice } from './restaurant-slice';
import { createWatchedDeliveriesSlice } from './watched-deliveries-slice';

export type AppStore = StoreApi<AppState>;

/** Composes the feature slices into the one store; the API is injected so tests can fake it. */
export function createAppStore(api: HubApi): AppStore {
  return createStore<AppState>()((...args) => ({
    ...createAppSlice(api)(...args),
    ...createOrderHooksSlice(api)(...args),
    ...createPartnersSlice(api)(...args),
    ...createHealthSlice(api)(...args),
    ...createRestaurantSlice(api)(...args),
    ...createMenusSlice(api)(...args),
    ...createMenuStructureSlice(api)(...args),
    ...createChecksSlice(api)(...args),
    ...createRecipientsSlice(api)(...args),
    ...createDeliveriesSlice(api)(...args),
    ...createWatchedDeliveriesSlice(api)(...args),
    ...createInboxSlice(api)(...args),
    ...createAlertsSlice(...args),
    ...createDomainSyncSlice(...args),
    ...createDesktopSlice(api)(...args),
    ...createPartnerResyncSlice(api)(...args),
    ...createLateOrdersSlice(api)(...args),
  }));
}
