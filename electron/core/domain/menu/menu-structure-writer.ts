import type { DatabaseSync, StatementSync } from 'node:sqlite';

/** A category row: which menu it is in and what it is called. */
export interface CategoryRow {
  id: string;
  menu_id: string;
  name: string;
}

/** Writes the shape of the menus — menus and categories, their names and order; callers hold the transaction. */
export class MenuStructureWriter {
  private readonly statements: Record<
    | 'updateMenu'
    | 'deleteMenu'
    | 'nextMenuPosition'
    | 'menuPosition'
    | 'menuIds'
    | 'category'
    | 'categoryIds'
    | 'renameCategory'
    | 'categoryPosition'
    | 'nextCategoryPosition'
    | 'deleteCategory'
    | 'itemCount'
    | 'moveItems',
    StatementSync
  >;

  constructor(db: DatabaseSync) {
    this.statements = {
      updateMenu: db.prepare('UPDATE menus SET name = ?, description = ?, updated_at = ? WHERE id = ?'),
      deleteMenu: db.prepare('DELETE FROM menus WHERE id = ?'),
      nextMenuPosition: db.prepare('SELECT COALESCE(MAX(position) + 1, 0) AS position FROM menus'),
      menuPosition: db.prepare('UPDATE menus SET position = ? WHERE id = ?'),
      menuIds: db.prepare('SELECT id FROM menus ORDER BY position, name'),
      category: db.prepare('SELECT id, menu_id, name FROM menu_categories WHERE id = ?'),
      categoryIds: db.prepare('SELECT id FROM menu_categories WHERE menu_id = ? ORDER BY position, name'),
      renameCategory: db.prepare('UPDATE menu_categories SET name = ? WHERE id = ?'),
      categoryPosition: db.prepare('UPDATE menu_categories SET position = ? WHERE id = ?'),
      nextCategoryPosition: db.prepare(
        'SELECT COALESCE(MAX(position) + 1, 0) AS position FROM menu_categories WHERE menu_id = ?',
      ),
      deleteCategory: db.prepare('DELETE FROM menu_categories WHERE id = ?'),
      itemCount: db.prepare(`SELECT COUNT(*) AS n FROM menu_items i JOIN menu_categories c ON c.id = i.category_id
        WHERE c.id = ?1 OR (?2 = 1 AND c.menu_id = ?1)`),
      moveItems: db.prepare(`UPDATE menu_items SET category_id = ?1, position = ?3 + position, updated_at = ?4
        WHERE category_id = ?2 RETURNING id`),
    };
  }

  nextMenuPosition(): number {
    return (this.statements.nextMenuPosition.get() as { position: number }).position;
  }

  updateMenu(id: string, name: string, description: string, now: number): void {
    this.statements.updateMenu.run(name, description, now, id);
  }

  /** Deletes a menu with its categories (cascade); the caller has checked it holds no items. */
  deleteMenu(id: string): void {
    this.statements.deleteMenu.run(id);
  }

  menuIds(): string[] {
    return (this.statements.menuIds.all() as { id: string }[]).map((row) => row.id);
  }

  /** Gives each menu its index in `ids` as its position. */
  orderMenus(ids: readonly string[]): void {
    ids.forEach((id, position) => this.statements.menuPosition.run(position, id));
  }

  category(id: string): CategoryRow | null {
    return (this.statements.category.get(id) as CategoryRow | undefined) ?? null;
  }

  categoryIds(menuId: string): string[] {
    return (this.statements.categoryIds.all(menuId) as { id: string }[]).map((row) => row.id);
  }

  nextCategoryPosition(menuId: string): number {
    return (this.statements.nextCategoryPosition.get(menuId) as { position: number }).position;
  }

  renameCategory(id: string, name: string): void {
    this.statements.renameCategory.run(name, id);
  }

  orderCategories(ids: readonly string[]): void {
    ids.forEach((id, position) => this.statements.categoryPosition.run(position, id));
  }

  deleteCategory(id: string): void {
    this.statements.deleteCategory.run(id);
  }

  /** How many items a category holds, or with `wholeMenu` a menu. */
  itemCount(id: string, wholeMenu: boolean): number {
    return (this.statements.itemCount.get(id, wholeMenu ? 1 : 0) as { n: number }).n;
  }

  /**
   * Moves every item of one category after the items of another (`end`: the
   * target's next free position), keeping their order; returns the ids moved.
   */
  moveItems(fromCategoryId: string, toCategoryId: string, end: number, now: number): string[] {
    const moved = this.statements.moveItems.all(toCategoryId, fromCategoryId, end, now) as { id: string }[];
    return moved.map((row) => row.id);
  }
}
