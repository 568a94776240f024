import type { Menu, MenuSummary } from '../../../../shared/domain/menu';
import type { CategoryDeleteInput, CategorySaveInput, MenuSaveInput } from '../../../../shared/domain/menu-structure';
import type { WeeklyHours } from '../../../../shared/domain/hours';
import { HubFailure } from '../../api/hub-failure';
import { isoOf, newId, type DomainDeps } from '../domain-deps';
import type { Saved } from '../store/store-service';
import { MenuStructureWriter } from './menu-structure-writer';
import type { MenuService } from './menu-service';

/** The result of deleting a category: the menus whose content changed (the one it was in first). */
export interface CategoryDeleted {
  menus: Menu[];
}

/**
 * The shape of the menus: creating, renaming, reordering and deleting menus and
 * categories. Each change publishes `menu.updated` with the whole menu in the
 * same transaction; items moved out of a deleted category each publish
 * `menu.item.updated` (their `category_id` changed); a deleted menu publishes
 * `menu.deleted`. The order of menus is the back office's own (the payload has
 * no position), so reordering menus tells no partner.
 */
export class MenuStructureService {
  private readonly writer: MenuStructureWriter;

  constructor(
    private readonly deps: DomainDeps,
    private readonly menus: MenuService,
    /** A new menu starts with the store's opening hours. */
    private readonly storeHours: () => WeeklyHours,
  ) {
    this.writer = new MenuStructureWriter(deps.db);
  }

  /** Creates a menu (no id) at the end of the list, or renames / re-describes one. */
  saveMenu(input: MenuSaveInput): Saved<Menu> {
    return this.deps.transaction(() => {
      const now = this.now();
      if (input.id === undefined) {
        const id = newId('mnu');
        const position = this.writer.nextMenuPosition();
        this.menus.writer.insertMenu({ id, ...input, position, hours: this.storeHours() }, now);
        this.menus.menusChanged([id], now);
        return { value: this.menus.get(id), changed: true };
      }
      const before = this.menus.get(input.id);
      if (before.name === input.name && before.description === input.description) {
        return { value: before, changed: false };
      }
      this.writer.updateMenu(input.id, input.name, input.description, now);
      this.menus.menusChanged([input.id], now);
      return { value: this.menus.get(input.id), changed: true };
    });
  }

  /** Puts the menus in this order; every menu must be listed once. */
  reorderMenus(ids: readonly string[]): Saved<MenuSummary[]> {
    return this.deps.transaction(() => {
      const current = this.writer.menuIds();
      sameMembers(ids, current, 'Every menu must be listed once; reload the page and try again.');
      if (ids.every((id, i) => current[i] === id)) return { value: this.menus.list(), changed: false };
      this.writer.orderMenus(ids);
      return { value: this.menus.list(), changed: true };
    });
  }

  /** Deletes a menu and its (empty) categories; refused while it holds items. */
  deleteMenu(id: string): void {
    this.deps.transaction(() => {
      const menu = this.menus.get(id);
      const items = this.writer.itemCount(id, true);
      if (items > 0) {
        throw HubFailure.invalidField(
          'id',
          `${menu.name} still holds ${items === 1 ? '1 item' : `${items} items`}. Delete its categories first, moving their items to another menu, or delete the items.`,
        );
      }
      const now = this.now();
      this.writer.deleteMenu(id);
      this.deps.publish({
        type: 'menu.deleted',
        resource: { type: 'menu', id },
        summary: menu.name,
        data: { menu_id: id, name: menu.name, deleted_at: isoOf(now) },
      });
    });
  }

  /** Adds a category at the end of a menu (no id), or renames one. */
  saveCategory(input: CategorySaveInput): Saved<Menu> {
    return this.deps.transaction(() => {
      const now = this.now();
      if (input.id === undefined) {
        this.menus.get(input.menuId); // refuses an unknown menu
        const position = this.writer.nextCategoryPosition(input.menuId);
        this.menus.writer.insertCategory({ id: newId('cat'), menuId: input.menuId, name: input.name, position });
        this.menus.menusChanged([input.menuId], now);
        return { value: this.menus.get(input.menuId), changed: true };
      }
      const category = this.category(input.id);
      if (category.menu_id !== input.menuId) {
        throw HubFailure.invalidField('menuId', 'This category belongs to another menu; reload the page.');
      }
      if (category.name === input.name) return { value: this.menus.get(category.menu_id), changed: false };
      this.writer.renameCategory(input.id, input.name);
      this.menus.menusChanged([category.menu_id], now);
      return { value: this.menus.get(category.menu_id), changed: true };
    });
  }

  /** Puts one menu's categories in this order; every category of the menu must be listed once. */
  reorderCategories(menuId: string, ids: readonly string[]): Saved<Menu> {
    return this.deps.transaction(() => {
      this.menus.get(menuId);
      const current = this.writer.categoryIds(menuId);
      sameMembers(ids, current, 'Every category of this menu must be listed once; reload the page and try again.');
      if (ids.every((id, i) => current[i] === id)) return { value: this.menus.get(menuId), changed: false };
      this.writer.orderCategories(ids);
      this.menus.menusChanged([menuId], this.now());
      return { value: this.menus.get(menuId), changed: true };
    });
  }

  /**
   * Deletes a category. One that holds items is refused unless `moveItemsTo`
   * names another category: its items then move there first (after that
   * category's own items), each with its `menu.item.updated`.
   */
  deleteCategory({ id, moveItemsTo }: CategoryDeleteInput): CategoryDeleted {
    return this.deps.transaction(() => {
      const category = this.category(id);
      const count = this.writer.itemCount(id, false);
      const now = this.now();
      const touched = new Set([category.menu_id]);
      if (count > 0) {
        if (moveItemsTo === undefined) {
          throw HubFailure.invalidField(
            'moveItemsTo',
            `${category.name} still holds ${count === 1 ? '1 item' : `${count} items`}. Choose a category to move ${count === 1 ? 'it' : 'them'} to.`,
          );
        }
        if (moveItemsTo === id) {
          throw HubFailure.invalidField('moveItemsTo', 'Choose another category than the one being deleted.');
        }
        const target = this.writer.category(moveItemsTo);
        if (!target) throw HubFailure.invalidField('moveItemsTo', 'That category no longer exists; choose another.');
        const before = this.menus.get(category.menu_id).categories.find((c) => c.id === id)?.items ?? [];
        this.writer.moveItems(id, target.id, this.menus.writer.endOf(target.id), now);
        this.writer.deleteCategory(id);
        // The moved items' events, and one menu.updated for each menu (the target's may differ).
        this.menus.itemsChanged(before, now);
        touched.add(target.menu_id);
      } else {
        this.writer.deleteCategory(id);
        this.menus.menusChanged([category.menu_id], now);
      }
      return { menus: [...touched].map((menuId) => this.menus.get(menuId)) };
    });
  }

  private category(id: string) {
    const category = this.writer.category(id);
    if (!category) throw HubFailure.notFound('This category');
    return category;
  }

  private now(): number {
    return this.deps.clock.now().getTime();
  }
}

/** Refuses a reorder that leaves out, adds or repeats one (repeats are the schema's to refuse). */
function sameMembers(ids: readonly string[], current: readonly string[], message: string): void {
  const known = new Set(current);
  if (ids.length !== current.length || ids.some((id) => !known.has(id))) {
    throw HubFailure.invalidField('ids', message);
  }
}
