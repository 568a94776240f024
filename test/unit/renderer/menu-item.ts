import type { MenuItem } from '../../../shared/domain/menu';

/** An item as `menus.get` answers it: Margherita at €10.50, in stock, no modifiers, with what a test changes. */
export function menuItem(patch: Partial<MenuItem> = {}): MenuItem {
  return {
    id: 'itm_1',
    menuId: 'mnu_1',
    categoryId: 'cat_1',
    name: 'Margherita',
    description: 'Tomato, fior di latte, basil.',
    price: 1050,
    inStock: true,
    backInStockAt: null,
    imageUrl: null,
    modifierGroups: [],
    updatedAt: '',
    ...patch,
  };
}
