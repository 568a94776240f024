import type { Menu, MenuItem, ModifierGroup } from '../../../../shared/domain/menu';
import { itemChange, type ItemChange } from '../../../../shared/events/event-data';
import type { ItemPayload, MenuPayload, ModifierGroupPayload } from '../../../../shared/events/payload-parts';

function groupsPayload(groups: readonly ModifierGroup[], currency: string): ModifierGroupPayload[] {
  return groups.map((group) => ({
    id: group.id,
    name: group.name,
    required: group.required,
    min_choices: group.minChoices,
    max_choices: group.maxChoices,
    options: group.options.map((o) => ({
      id: o.id,
      name: o.name,
      price: { amount: o.price, currency },
      in_stock: o.inStock,
    })),
  }));
}

/** One item as partners see it (`menu.item.updated`, and inside `menu.updated`). */
export function itemPayloadOf(item: MenuItem, currency: string): ItemPayload {
  return {
    id: item.id,
    menu_id: item.menuId,
    category_id: item.categoryId,
    name: item.name,
    description: item.description,
    price: { amount: item.price, currency },
    in_stock: item.inStock,
    back_in_stock_at: item.backInStockAt,
    image_url: item.imageUrl,
    modifier_groups: groupsPayload(item.modifierGroups, currency),
    updated_at: item.updatedAt,
  };
}

/** The whole menu as partners see it (`menu.updated`). */
export function menuPayloadOf(menu: Menu): MenuPayload {
  return {
    id: menu.id,
    name: menu.name,
    description: menu.description,
    hours: menu.hours,
    categories: menu.categories.map((category) => ({
      id: category.id,
      name: category.name,
      items: category.items.map((item) => itemPayloadOf(item, menu.currency)),
    })),
    updated_at: menu.updatedAt,
  };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Field-by-field differences between two item payloads; empty when nothing changed. */
export function itemChanges(before: ItemPayload, after: ItemPayload): ItemChange[] {
  const fields = [
    'name',
    'description',
    'price',
    'in_stock',
    'back_in_stock_at',
    'image_url',
    'category_id',
    'modifier_groups',
  ] as const;
  return (
    fields
      .filter((field) => !same(before[field], after[field]))
      // Parsed, not cast: TypeScript cannot tie each field to its value type here.
      .map((field) => itemChange.parse({ field, old: before[field], new: after[field] }))
  );
}
