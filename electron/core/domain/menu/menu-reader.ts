import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { weeklyHoursSchema } from '../../../../shared/domain/hours';
import type { Menu, MenuItem, MenuSummary, ModifierGroup } from '../../../../shared/domain/menu';
import { isoOf, isoOrNull } from '../domain-deps';

interface MenuRow {
  id: string;
  name: string;
  description: string;
  hours: string;
  updated_at: number;
}
interface ItemRow {
  id: string;
  menu_id: string;
  category_id: string;
  name: string;
  description: string;
  price: number;
  in_stock: number;
  back_in_stock_at: number | null;
  image_url: string | null;
  updated_at: number;
}
interface GroupRow {
  id: string;
  item_id: string;
  name: string;
  required: number;
  min_choices: number;
  max_choices: number;
}
interface OptionRow {
  id: string;
  group_id: string;
  name: string;
  price: number;
  in_stock: number;
}

/** What every price and time of a menu is in: the store's currency and time zone. */
export interface StoreContext {
  currency: string;
  timezone: string;
}

const itemColumns = `i.id, c.menu_id, i.category_id, i.name, i.description, i.price, i.in_stock, i.back_in_stock_at,
  i.image_url, i.updated_at`;
const itemsOfMenu = `SELECT i.id FROM menu_items i JOIN menu_categories c ON c.id = i.category_id WHERE c.menu_id = ?`;

function listIn<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}

/**
 * Reads menus as the screens and partners see them: whole trees in display
 * order, each level in one query, so a 40-item menu is five statements.
 */
export class MenuReader {
  private readonly summaries: StatementSync;
  private readonly menu: StatementSync;
  private readonly categories: StatementSync;
  private readonly menuItems: StatementSync;
  private readonly menuGroups: StatementSync;
  private readonly menuOptions: StatementSync;
  private readonly item: StatementSync;
  private readonly itemGroups: StatementSync;
  private readonly itemOptions: StatementSync;

  constructor(db: DatabaseSync) {
    this.summaries = db.prepare(`
      SELECT m.id, m.name, m.hours, m.updated_at,
        (SELECT COUNT(*) FROM menu_categories c WHERE c.menu_id = m.id) AS category_count,
        (SELECT COUNT(*) FROM menu_items i JOIN menu_categories c ON c.id = i.category_id WHERE c.menu_id = m.id) AS item_count,
        (SELECT COUNT(*) FROM menu_items i JOIN menu_categories c ON c.id = i.category_id
          WHERE c.menu_id = m.id AND i.in_stock = 0) AS out_of_stock_count
      FROM menus m ORDER BY m.position, m.name`);
    this.menu = db.prepare('SELECT id, name, description, hours, updated_at FROM menus WHERE id = ?');
    this.categories = db.prepare('SELECT id, name FROM menu_categories WHERE menu_id = ? ORDER BY position, name');
    this.menuItems = db.prepare(`
      SELECT ${itemColumns} FROM menu_items i JOIN menu_categories c ON c.id = i.category_id
      WHERE c.menu_id = ? ORDER BY i.position, i.name`);
    this.menuGroups = db.prepare(`SELECT * FROM modifier_groups WHERE item_id IN (${itemsOfMenu}) ORDER BY position`);
    this.menuOptions = db.prepare(`
      SELECT o.* FROM modifier_options o JOIN modifier_groups g ON g.id = o.group_id
      WHERE g.item_id IN (${itemsOfMenu}) ORDER BY o.position`);
    this.item = db.prepare(
      `SELECT ${itemColumns} FROM menu_items i JOIN menu_categories c ON c.id = i.category_id WHERE i.id = ?`,
    );
    this.itemGroups = db.prepare('SELECT * FROM modifier_groups WHERE item_id = ? ORDER BY position');
    this.itemOptions = db.prepare(`
      SELECT o.* FROM modifier_options o JOIN modifier_groups g ON g.id = o.group_id WHERE g.item_id = ? ORDER BY o.position`);
  }

  list(): MenuSummary[] {
    const rows = this.summaries.all() as unknown as (MenuRow & {
      category_count: number;
      item_count: number;
      out_of_stock_count: number;
    })[];
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      categoryCount: row.category_count,
      itemCount: row.item_count,
      outOfStockCount: row.out_of_stock_count,
      hours: weeklyHoursSchema.parse(JSON.parse(row.hours)),
      updatedAt: isoOf(row.updated_at),
    }));
  }

  /** One whole menu, or null when there is no such menu. */
  find(id: string, { currency, timezone }: StoreContext): Menu | null {
    const row = this.menu.get(id) as MenuRow | undefined;
    if (!row) return null;
    const items = this.assemble(
      this.menuItems.all(id) as unknown as ItemRow[],
      this.menuGroups.all(id) as unknown as GroupRow[],
      this.menuOptions.all(id) as unknown as OptionRow[],
    );
    const categories = (this.categories.all(id) as unknown as { id: string; name: string }[]).map((category) => ({
      ...category,
      items: items.filter((item) => item.categoryId === category.id),
    }));
    return {
      id: row.id,
      name: row.name,
      description: row.description,
      currency,
      timezone,
      hours: weeklyHoursSchema.parse(JSON.parse(row.hours)),
      categories,
      updatedAt: isoOf(row.updated_at),
    };
  }

  /** One item with its modifier groups, or null. */
  findItem(id: string): MenuItem | null {
    const row = this.item.get(id) as ItemRow | undefined;
    if (!row) return null;
    const [item] = this.assemble(
      [row],
      this.itemGroups.all(id) as unknown as GroupRow[],
      this.itemOptions.all(id) as unknown as OptionRow[],
    );
    return item ?? null;
  }

  private assemble(items: ItemRow[], groups: GroupRow[], options: OptionRow[]): MenuItem[] {
    const optionsByGroup = new Map<string, OptionRow[]>();
    for (const option of options) listIn(optionsByGroup, option.group_id).push(option);
    const groupsByItem = new Map<string, ModifierGroup[]>();
    for (const group of groups) {
      const built: ModifierGroup = {
        id: group.id,
        name: group.name,
        required: group.required === 1,
        minChoices: group.min_choices,
        maxChoices: group.max_choices,
        options: (optionsByGroup.get(group.id) ?? []).map((o) => ({
          id: o.id,
          name: o.name,
          price: o.price,
          inStock: o.in_stock === 1,
        })),
      };
      listIn(groupsByItem, group.item_id).push(built);
    }
    return items.map((row) => ({
      id: row.id,
      menuId: row.menu_id,
      categoryId: row.category_id,
      name: row.name,
      description: row.description,
      price: row.price,
      inStock: row.in_stock === 1,
      backInStockAt: isoOrNull(row.back_in_stock_at),
      imageUrl: row.image_url,
      modifierGroups: groupsByItem.get(row.id) ?? [],
      updatedAt: isoOf(row.updated_at),
    }));
  }
}
