import type { StateCreator } from 'zustand';
import type { HubApi, Result } from '../../../shared/contract';
import type { WeeklyHours } from '../../../shared/domain/hours';
import type { BackInStock } from '../../../shared/domain/back-in-stock';
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
  duplicateMenuItem: (id: string) => Promise<Result<MenuItem>>;
  deleteMenuItem: (id: string) => Promise<Result<{ id: string }>>;
  /** With `until`, the items come back in stock by themselves then. */
  setItemsInStock: (ids: string[], inStock: boolean, until?: BackInStock) => Promise<Result<MenuItem[]>>;
  setItemPrices: (prices: { id: string; price: number }[]) => Promise<Result<MenuItem[]>>;
  saveMenuHours: (menuId: string, hours: WeeklyHours) => Promise<Result<WeeklyHours>>;
  resetSampleData: () => Promise<Result<SampleDataReset>>;
}

/**
 * The menu with these items replaced, added to their category, or (moved to
 * another menu) taken out, as the core returned them. A new item lands where
 * the core put it: after `afterId` when given (a duplicate), else at the end.
 */
function withItems(menu: Menu, items: readonly MenuItem[], afterId?: string): Menu {
  const byId = new Map(items.filter((item) => item.menuId === menu.id).map((item) => [item.id, item]));
  const leaving = new Set(items.filter((item) => item.menuId !== menu.id).map((item) => item.id));
  if (byId.size === 0 && !menu.categories.some((category) => category.items.some((item) => leaving.has(item.id)))) {
    return menu;
  }
  const categories = menu.categories.map((category) => {
    const replaced = category.items.filter(
      (item) => !leaving.has(item.id) && (!byId.has(item.id) || byId.get(item.id)?.categoryId === category.id),
    );
    const kept = replaced.map((item) => byId.get(item.id) ?? item);
    const added = [...byId.values()].filter(
      (item) => item.categoryId === category.id && !category.items.some((known) => known.id === item.id),
    );
    const at = afterId === undefined ? -1 : kept.findIndex((item) => item.id === afterId);
    const items = at < 0 ? [...kept, ...added] : [...kept.slice(0, at + 1), ...added, ...kept.slice(at + 1)];
    return { ...category, items };
  });
  return { ...menu, categories };
}

export function createMenusSlice(api: HubApi): StateCreator<AppState, [], [], MenusSlice> {
  return (set, get) => {
    const patch = (next: Partial<MenusSlice['menus']>): void =>
      set((state) => ({ menus: { ...state.menus, ...next } }));
    const applyItems = (items: readonly MenuItem[], afterId?: string): void =>
      set((state) => ({
        menus: {
          ...state.menus,
          byId: Object.fromEntries(
            Object.entries(state.menus.byId).map(([id, menu]) => [id, withItems(menu, items, afterId)]),
          ),
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

      async duplicateMenuItem(id) {
        const result = await api.call('menu.items.duplicate', { id });
        if (result.ok) {
          applyItems([result.value], id);
          refreshSummaries();
        }
        return result;
      },

      async deleteMenuItem(id) {
        const result = await api.call('menu.items.delete', { id });
        if (result.ok) {
          set((state) => ({
            menus: {
              ...state.menus,
              byId: Object.fromEntries(
                Object.entries(state.menus.byId).map(([menuId, menu]) => [
                  menuId,
                  {
                    ...menu,
                    categories: menu.categories.map((category) => ({
                      ...category,
                      items: category.items.filter((item) => item.id !== id),
                    })),
                  },
                ]),
              ),
            },
          }));
          refreshSummaries();
        }
        return result;
      },

      async setItemsInStock(ids, inStock, until) {
        const result = await api.call('menu.items.setInStock', until ? { ids, inStock, until } : { ids, inStock });
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
