import type { Menu, MenuCategory } from '../../../../shared/domain/menu';
import { matchesEvery, searchWords } from '../../forms/text-match';

/**
 * The categories of a menu with only the items a search finds — by name or
 * description, every word in any order, accents ignored — and no empty ones.
 * An empty search finds everything.
 */
export function searchMenu(menu: Menu, query: string): MenuCategory[] {
  const words = searchWords(query);
  if (words.length === 0) return menu.categories;
  return menu.categories.flatMap((category) => {
    const items = category.items.filter((item) => matchesEvery(`${item.name} ${item.description}`, words));
    return items.length > 0 ? [{ ...category, items }] : [];
  });
}

/** How many items of a menu a search finds. */
export function matchCount(menu: Menu, query: string): number {
  return searchMenu(menu, query).reduce((count, category) => count + category.items.length, 0);
}
