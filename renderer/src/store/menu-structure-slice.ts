import type { StateCreator } from 'zustand';
import type { HubApi, Result } from '../../../shared/contract';
import type { Menu, MenuSummary } from '../../../shared/domain/menu';
import type { CategoryDeleteInput, CategorySaveInput, MenuSaveInput } from '../../../shared/domain/menu-structure';
import type { AppState } from './app-state';

/**
 * Changes to the shape of the menus: menus and categories created, renamed,
 * reordered, deleted. Each answer is the menu(s) as the core now has them, kept
 * in the menus slice; the summaries (counts, order) are fetched again.
 */
export interface MenuStructureSlice {
  saveMenu: (input: MenuSaveInput) => Promise<Result<Menu>>;
  reorderMenus: (ids: string[]) => Promise<Result<MenuSummary[]>>;
  deleteMenu: (id: string) => Promise<Result<{ id: string }>>;
  saveCategory: (input: CategorySaveInput) => Promise<Result<Menu>>;
  reorderCategories: (menuId: string, ids: string[]) => Promise<Result<Menu>>;
  deleteCategory: (input: CategoryDeleteInput) => Promise<Result<Menu[]>>;
}

export function createMenuStructureSlice(api: HubApi): StateCreator<AppState, [], [], MenuStructureSlice> {
  return (set, get) => {
    const keep = (menus: readonly Menu[]): void => {
      set((state) => ({
        menus: {
          ...state.menus,
          byId: { ...state.menus.byId, ...Object.fromEntries(menus.map((menu) => [menu.id, menu])) },
        },
      }));
      void get().loadMenus();
    };
    const keepOne = (result: Result<Menu>): Result<Menu> => {
      if (result.ok) keep([result.value]);
      return result;
    };

    return {
      async saveMenu(input) {
        return keepOne(await api.call('menus.save', input));
      },

      async reorderMenus(ids) {
        // Shown in the new order at once; the core's answer (or a reload on failure) settles it.
        const before = get().menus.summaries;
        const byId = new Map(before.map((summary) => [summary.id, summary]));
        const moved = ids.flatMap((id) => byId.get(id) ?? []);
        set((state) => ({ menus: { ...state.menus, summaries: moved } }));
        const result = await api.call('menus.reorder', { ids });
        set((state) => ({ menus: { ...state.menus, summaries: result.ok ? result.value : before } }));
        return result;
      },

      async deleteMenu(id) {
        const result = await api.call('menus.delete', { id });
        if (result.ok) {
          set((state) => {
            const byId = { ...state.menus.byId };
            delete byId[id];
            return { menus: { ...state.menus, byId } };
          });
          void get().loadMenus();
        }
        return result;
      },

      async saveCategory(input) {
        return keepOne(await api.call('menu.categories.save', input));
      },

      async reorderCategories(menuId, ids) {
        const menu = get().menus.byId[menuId];
        if (menu) {
          const byId = new Map(menu.categories.map((category) => [category.id, category]));
          const categories = ids.flatMap((id) => byId.get(id) ?? []);
          set((state) => ({
            menus: { ...state.menus, byId: { ...state.menus.byId, [menuId]: { ...menu, categories } } },
          }));
        }
        const result = await api.call('menu.categories.reorder', { menuId, ids });
        if (result.ok) keep([result.value]);
        else void get().loadMenu(menuId);
        return result;
      },

      async deleteCategory(input) {
        const result = await api.call('menu.categories.delete', input);
        if (result.ok) keep(result.value);
        return result;
      },
    };
  };
}
