import type { StateCreator } from 'zustand';
import type { HubApi, Result } from '../../../shared/contract';
import type { WeeklyHours } from '../../../shared/domain/hours';
import type { Menu, MenuItem, MenuItemInput, MenuSummary } from '../../../shared/domain/menu';
import type { SampleDataReset } from '../../../shared/domain/sample-data';
import type { AppState, LoadState } from './app-state';

export interface MenusSlice {
  menus: {
    summaries: MenuSummary[];
    loadState: LoadState;
    error: string | null;
    /** Whole menus, fetched when a screen opens one. */
    byId: Record<string, Menu>;
    menuErrors: Record<string, string>;
  };
  loadMenus: () => Promise<void>;
  loadMenu: (id: string) => Promise<void>;
  saveMenuItem: (input: MenuItemInput) => Promise<Result<MenuItem>>;
  setItemsInStock: (ids: string[], inStock: boolean) => Promise<Result<MenuItem[]>>;
  setItemPrices: (prices: { id: string; price: number }[]) => Promise<Result<MenuItem[]>>;
  saveMenuHours: (menuId: string, hours: WeeklyHours) => Promise<Result<WeeklyHours>>;
  resetSampleData: () => Promise<Result<SampleDataReset>>;
}

/** The menu with these items replaced (or added to their category), as the core returned them. */
function withItems(menu: Menu, items: readonly MenuItem[]): Menu {
  const byId = new Map(items.filter((item) => item.menuId === menu.id).map((item) => [item.id, item]));
  if (byId.size === 0) return menu;
  const categories = menu.categories.map((category) => {
    const replaced = category.items.filter(
      (item) => !byId.has(item.id) || byId.get(item.id)?.categoryId === category.id,
    );
    const kept = replaced.map((item) => byId.get(item.id) ?? item);
    const added = [...byId.values()].filter(
      (item) => item.categoryId === category.id && !category.items.some((known) => known.id === item.id),
    );
    return { ...category, items: [...kept, ...added] };
  });
  return { ...menu, categories };
}

export function createMenusSlice(api: HubApi): StateCreator<AppState, [], [], MenusSlice> {
  return (set, get) => {
    const patch = (next: Partial<MenusSlice['menus']>): void =>
      set((state) => ({ menus: { ...state.menus, ...next } }));
    const applyItems = (items: readonly MenuItem[]): void =>
      set((state) => ({
        menus: {
          ...state.menus,
          byId: Object.fromEntries(Object.entries(state.menus.byId).map(([id, menu]) => [id, withItems(menu, items)])),
        },
      }));
    /** Counts on the summaries (86'd items) change with items; the list is small. */
    const refreshSummaries = (): void => void get().loadMenus();

    return {
      menus: { summaries: [], loadState: 'idle', error: null, byId: {}, menuErrors: {} },

      async loadMenus() {
        if (get().menus.loadState === 'idle') patch({ loadState: 'loading' });
        const result = await api.call('menus.list', {});
        if (result.ok) patch({ summaries: result.value, loadState: 'ready', error: null });
        else patch({ loadState: get().menus.loadState === 'ready' ? 'ready' : 'failed', error: result.error.message });
      },

      async loadMenu(id) {
        const result = await api.call('menus.get', { id });
        set((state) => {
          const menuErrors = { ...state.menus.menuErrors };
          if (result.ok) {
            delete menuErrors[id];
            return { menus: { ...state.menus, byId: { ...state.menus.byId, [id]: result.value }, menuErrors } };
          }
          menuErrors[id] = result.error.message;
          // A menu that no longer exists (sample data was reset) is dropped, not shown stale.
          if (result.error.code !== 'not_found') return { menus: { ...state.menus, menuErrors } };
          const byId = { ...state.menus.byId };
          delete byId[id];
          return { menus: { ...state.menus, byId, menuErrors } };
        });
      },

      async saveMenuItem(input) {
        const result = await api.call('menu.items.save', input);
        if (result.ok) {
          applyItems([result.value]);
          refreshSummaries();
        }
        return result;
      },

      async setItemsInStock(ids, inStock) {
        const result = await api.call('menu.items.setInStock', { ids, inStock });
        if (result.ok) {
          applyItems(result.value);
          refreshSummaries();
        }
        return result;
      },

      async setItemPrices(prices) {
        const result = await api.call('menu.items.setPrice', { prices });
        if (result.ok) applyItems(result.value);
        return result;
      },

      async saveMenuHours(menuId, hours) {
        const result = await api.call('menu.hours.save', { menuId, hours });
        if (result.ok) {
          set((state) => {
            const menu = state.menus.byId[menuId];
            const byId = menu ? { ...state.menus.byId, [menuId]: { ...menu, hours: result.value } } : state.menus.byId;
            const summaries = state.menus.summaries.map((summary) =>
              summary.id === menuId ? { ...summary, hours: result.value } : summary,
            );
            return { menus: { ...state.menus, byId, summaries } };
          });
        }
        return result;
      },

      async resetSampleData() {
        const result = await api.call('sampleData.reset', {});
        // Everything the core owns was replaced: forget cached menus and reload what screens show.
        if (result.ok) get().refreshDomain('all');
        return result;
      },
    };
  };
}
