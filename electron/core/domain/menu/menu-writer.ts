import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { WeeklyHours } from '../../../../shared/domain/hours';
import type { ModifierGroup } from '../../../../shared/domain/menu';

/** The item columns a save writes. */
export interface ItemFields {
  categoryId: string;
  name: string;
  description: string;
  price: number;
  inStock: boolean;
}

/** Writes menus, categories, items and modifiers; callers hold the transaction. */
export class MenuWriter {
  private readonly statements: Record<
    | 'insertMenu'
    | 'insertCategory'
    | 'insertItem'
    | 'updateItem'
    | 'deleteItem'
    | 'deleteGroups'
    | 'insertGroup'
    | 'insertOption'
    | 'setInStock'
    | 'setPrice'
    | 'touchMenu'
    | 'setHours'
    | 'menuOfCategory'
    | 'nextItemPosition',
    StatementSync
  >;

  constructor(db: DatabaseSync) {
    this.statements = {
      insertMenu: db.prepare(
        'INSERT INTO menus (id, name, description, position, hours, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      insertCategory: db.prepare('INSERT INTO menu_categories (id, menu_id, name, position) VALUES (?, ?, ?, ?)'),
      insertItem:
        db.prepare(`INSERT INTO menu_items (id, category_id, name, description, price, in_stock, position, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
      updateItem: db.prepare(`UPDATE menu_items SET category_id = ?, name = ?, description = ?, price = ?, in_stock = ?,
        updated_at = ? WHERE id = ?`),
      deleteItem: db.prepare('DELETE FROM menu_items WHERE id = ?'),
      deleteGroups: db.prepare('DELETE FROM modifier_groups WHERE item_id = ?'),
      insertGroup: db.prepare(`INSERT INTO modifier_groups (id, item_id, name, min_choices, max_choices, position)
        VALUES (?, ?, ?, ?, ?, ?)`),
      insertOption: db.prepare(
        'INSERT INTO modifier_options (id, group_id, name, price, position) VALUES (?, ?, ?, ?, ?)',
      ),
      setInStock: db.prepare('UPDATE menu_items SET in_stock = ?, updated_at = ? WHERE id = ?'),
      setPrice: db.prepare('UPDATE menu_items SET price = ?, updated_at = ? WHERE id = ?'),
      touchMenu: db.prepare('UPDATE menus SET updated_at = ? WHERE id = ?'),
      setHours: db.prepare('UPDATE menus SET hours = ?, updated_at = ? WHERE id = ?'),
      menuOfCategory: db.prepare('SELECT menu_id FROM menu_categories WHERE id = ?'),
      nextItemPosition: db.prepare(
        'SELECT COALESCE(MAX(position) + 1, 0) AS position FROM menu_items WHERE category_id = ?',
      ),
    };
  }

  insertMenu(
    menu: { id: string; name: string; description: string; position: number; hours: WeeklyHours },
    now: number,
  ): void {
    this.statements.insertMenu.run(
      menu.id,
      menu.name,
      menu.description,
      menu.position,
      JSON.stringify(menu.hours),
      now,
    );
  }

  insertCategory(category: { id: string; menuId: string; name: string; position: number }): void {
    this.statements.insertCategory.run(category.id, category.menuId, category.name, category.position);
  }

  /** The menu a category belongs to, or null when there is no such category. */
  menuOfCategory(categoryId: string): string | null {
    const row = this.statements.menuOfCategory.get(categoryId) as { menu_id: string } | undefined;
    return row?.menu_id ?? null;
  }

  /** Adds an item at the end of its category. */
  insertItem(id: string, fields: ItemFields, now: number): void {
    const { position } = this.statements.nextItemPosition.get(fields.categoryId) as { position: number };
    const { categoryId, name, description, price, inStock } = fields;
    this.statements.insertItem.run(id, categoryId, name, description, price, inStock ? 1 : 0, position, now);
  }

  updateItem(id: string, fields: ItemFields, now: number): void {
    const { categoryId, name, description, price, inStock } = fields;
    this.statements.updateItem.run(categoryId, name, description, price, inStock ? 1 : 0, now, id);
  }

  deleteItem(id: string): void {
    this.statements.deleteItem.run(id);
  }

  /** Replaces an item's modifier groups wholesale, keeping the ids given. */
  replaceGroups(itemId: string, groups: readonly ModifierGroup[]): void {
    this.statements.deleteGroups.run(itemId);
    groups.forEach((group, g) => {
      this.statements.insertGroup.run(group.id, itemId, group.name, group.minChoices, group.maxChoices, g);
      group.options.forEach((option, o) =>
        this.statements.insertOption.run(option.id, group.id, option.name, option.price, o),
      );
    });
  }

  setInStock(id: string, inStock: boolean, now: number): void {
    this.statements.setInStock.run(inStock ? 1 : 0, now, id);
  }

  setPrice(id: string, price: number, now: number): void {
    this.statements.setPrice.run(price, now, id);
  }

  touchMenu(menuId: string, now: number): void {
    this.statements.touchMenu.run(now, menuId);
  }

  setHours(menuId: string, hours: WeeklyHours, now: number): void {
    this.statements.setHours.run(JSON.stringify(hours), now, menuId);
  }
}
