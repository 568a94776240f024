import type { StateCreator } from 'zustand';
import type { DomainScope } from '../../../shared/domain/sample-data';
import type { AppState } from './app-state';

export interface DomainSyncSlice {
  /**
   * Refetches what screens have loaded of a scope the core says changed
   * (`domain.changed`, a sample-data reset, a reconnect). Nothing unloaded is fetched.
   */
  refreshDomain: (scope: DomainScope) => void;
}

export const createDomainSyncSlice: StateCreator<AppState, [], [], DomainSyncSlice> = (_set, get) => ({
  refreshDomain(scope) {
    const state = get();
    if ((scope === 'store' || scope === 'all') && state.restaurant.loadState !== 'idle') void state.loadRestaurant();
    if ((scope === 'checks' || scope === 'all') && state.checks.loadState !== 'idle') void state.loadChecks();
    // Menus carry the store's currency and time zone, so a store change reaches them too.
    if (scope === 'menus' || scope === 'store' || scope === 'all') {
      if (state.menus.loadState !== 'idle') void state.loadMenus();
      // A menu gone after a sample-data reset answers not_found and is dropped (see loadMenu).
      for (const id of Object.keys(state.menus.byId)) void state.loadMenu(id);
    }
  },
});
