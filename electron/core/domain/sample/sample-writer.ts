import type { DatabaseSync } from 'node:sqlite';
import type { MenuWriter } from '../menu/menu-writer';
import type { StoreRepository } from '../store/store-repository';
import { sampleMenus, sampleStore } from './sample-restaurant';

/** `Penne all’arrabbiata` → `penne-all-arrabbiata`: stable ids for the sample's things. */
function slug(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Replaces store, menus and checks with the sample restaurant; the caller holds
 * the transaction and decides what (if anything) to publish. Sample ids are
 * stable (`itm_margherita`), so after a reset partners see the same resources
 * again with their sequences continuing, not a second copy of the menu.
 */
export function writeSample(
  db: DatabaseSync,
  menus: MenuWriter,
  store: StoreRepository,
  storeId: string,
  now: number,
): void {
  // Cascades take categories, items, modifiers and check lines with them.
  db.exec('DELETE FROM checks; DELETE FROM menus; DELETE FROM store;');
  store.write(storeId, sampleStore, now);
  sampleMenus.forEach((menu, m) => {
    const menuId = `mnu_${menu.slug}`;
    menus.insertMenu(
      { id: menuId, name: menu.name, description: menu.description, position: m, hours: menu.hours },
      now,
    );
    menu.categories.forEach((category, c) => {
      const categoryId = `cat_${category.slug}`;
      menus.insertCategory({ id: categoryId, menuId, name: category.name, position: c });
      for (const [name, description, price, groups] of category.items) {
        const itemId = `itm_${slug(name)}`;
        menus.insertItem(itemId, { categoryId, name, description, price, inStock: true, imageUrl: null }, now);
        menus.replaceGroups(
          itemId,
          groups.map(([groupName, minChoices, maxChoices, options], g) => ({
            id: `mgp_${slug(name)}_${g + 1}`,
            name: groupName,
            required: minChoices >= 1,
            minChoices,
            maxChoices,
            options: options.map(([optionName, optionPrice], o) => ({
              id: `opt_${slug(name)}_${g + 1}_${o + 1}`,
              name: optionName,
              price: optionPrice,
              inStock: true,
            })),
          })),
        );
      }
    });
  });
}

/** How much the sample holds, for the reset's answer. */
export const sampleSize = {
  menus: sampleMenus.length,
  items: sampleMenus.flatMap((menu) => menu.categories.flatMap((category) => category.items)).length,
};
