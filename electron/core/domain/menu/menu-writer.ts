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
  imageUrl: string | null;
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
    | 'nextItemPosition'
    | 'makeRoomAfter'
    | 'dueBackInStock'
    | 'nextBackInStock',
    StatementSync
  >;

  constructor(db: DatabaseSync) {
    this.statements = {
      insertMenu: db.prepare(
        'INSERT INTO menus (id, name, description, position, hours, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      insertCategory: db.prepare('INSERT INTO menu_categories (id, menu_id, name, position) VALUES (?, ?, ?, ?)'),
      insertItem: db.prepare(`INSERT INTO menu_items (id, category_id, name, description, price, in_stock, image_url,
        position, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
      // Back in stock by hand ends any "86 until"; still 86’d keeps the time it comes back.
      updateItem: db.prepare(`UPDATE menu_items SET category_id = ?1, name = ?2, description = ?3, price = ?4,
        in_stock = ?5, image_url = ?6, back_in_stock_at = CASE WHEN ?5 = 0 THEN back_in_stock_at END, updated_at = ?7
        WHERE id = ?8`),
      deleteItem: db.prepare('DELETE FROM menu_items WHERE id = ?'),
      deleteGroups: db.prepare('DELETE FROM modifier_groups WHERE item_id = ?'),
      insertGroup: db.prepare(`INSERT INTO modifier_groups (id, item_id, name, required, min_choices, max_choices,
        position) VALUES (?, ?, ?, ?, ?, ?, ?)`),
      insertOption: db.prepare(
        'INSERT INTO modifier_options (id, group_id, name, price, in_stock, position) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      setInStock: db.prepare('UPDATE menu_items SET in_stock = ?, back_in_stock_at = ?, updated_at = ? WHERE id = ?'),
      setPrice: db.prepare('UPDATE menu_items SET price = ?, updated_at = ? WHERE id = ?'),
      touchMenu: db.prepare('UPDATE menus SET updated_at = ? WHERE id = ?'),
      setHours: db.prepare('UPDATE menus SET hours = ?, updated_at = ? WHERE id = ?'),
      menuOfCategory: db.prepare('SELECT menu_id FROM menu_categories WHERE id = ?'),
      nextItemPosition: db.prepare(
        'SELECT COALESCE(MAX(position) + 1, 0) AS position FROM menu_items WHERE category_id = ?',
      ),
      makeRoomAfter: db.prepare(`UPDATE menu_items SET position = position + 1
        WHERE category_id = (SELECT category_id FROM menu_items WHERE id = ?1)
          AND position > (SELECT position FROM menu_items WHERE id = ?1)
        RETURNING (SELECT position FROM menu_items WHERE id = ?1) AS after`),
      dueBackInStock: db.prepare(
        'SELECT id FROM menu_items WHERE back_in_stock_at IS NOT NULL AND back_in_stock_at <= ? ORDER BY back_in_stock_at, id',
      ),
      nextBackInStock: db.prepare(
        'SELECT MIN(back_in_stock_at) AS at FROM menu_items WHERE back_in_stock_at IS NOT NULL',
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

  /** Adds an item at the end of its category, or right after `afterId` (a duplicate beside its original). */
  insertItem(id: string, fields: ItemFields, now: number, afterId?: string): void {
    const { categoryId, name, description, price, inStock, imageUrl } = fields;
    const position = afterId === undefined ? this.endOf(categoryId) : this.roomAfter(afterId, categoryId);
    this.statements.insertItem.run(id, categoryId, name, description, price, inStock ? 1 : 0, imageUrl, position, now);
  }

  updateItem(id: string, fields: ItemFields, now: number): void {
    const { categoryId, name, description, price, inStock, imageUrl } = fields;
    this.statements.updateItem.run(categoryId, name, description, price, inStock ? 1 : 0, imageUrl, now, id);
  }

  /** The position after the last item of a category. */
  endOf(categoryId: string): number {
    return (this.statements.nextItemPosition.get(categoryId) as { position: number }).position;
  }

  /** Shifts the items after `afterId` down one and returns the freed position. */
  private roomAfter(afterId: string, categoryId: string): number {
    const shifted = this.statements.makeRoomAfter.all(afterId) as { after: number }[];
    // Nothing after it: the end of the category is right after it.
    return shifted[0] ? shifted[0].after + 1 : this.endOf(categoryId);
  }

  deleteItem(id: string): void {
    this.statements.deleteItem.run(id);
  }

  /** Replaces an item's modifier groups wholesale, keeping the ids given. */
  replaceGroups(itemId: string, groups: readonly ModifierGroup[]): void {
    this.statements.deleteGroups.run(itemId);
    groups.forEach((group, g) => {
      const required = group.required ? 1 : 0;
      this.statements.insertGroup.run(group.id, itemId, group.name, required, group.minChoices, group.maxChoices, g);
      group.options.forEach((option, o) =>
        this.statements.insertOption.run(option.id, group.id, option.name, option.price, option.inStock ? 1 : 0, o),
      );
    });
  }

  /** `backInStockAt` (epoch ms) only with `inStock` false: when the item comes back by itself. */
  setInStock(id: string, inStock: boolean, backInStockAt: number | null, now: number): void {
    this.statements.setInStock.run(inStock ? 1 : 0, inStock ? null : backInStockAt, now, id);
  }

  /** Items whose "86 until" time has come, earliest first. */
  dueBackInStock(now: number): string[] {
    return (this.statements.dueBackInStock.all(now) as { id: string }[]).map((row) => row.id);
  }

  /** The earliest pending "back in stock" time, or null when no item waits for one. */
  nextBackInStock(): number | null {
    return (this.statements.nextBackInStock.get() as { at: number | null }).at;
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
