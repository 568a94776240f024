import { afterEach, describe, expect, it } from 'vitest';
import { useTempDir } from '../../../../support/temp-dir';
import { openDomain, type DomainFixture } from './domain-fixture';

const newDir = useTempDir();
let fx: DomainFixture;
afterEach(() => fx.close());

type MenuData = {
  menu: { id: string; name: string; categories: { id: string; name: string; items: { id: string }[] }[] };
};
const menuOf = (event: { data: unknown } | undefined) => (event?.data as MenuData).menu;
const itemIds = (menuId: string, categoryId: string) =>
  fx.office.menus
    .get(menuId)
    .categories.find((c) => c.id === categoryId)
    ?.items.map((i) => i.id);

describe('MenuStructureService: menus', () => {
  it('creates a menu at the end with the store’s hours and tells partners with menu.updated', () => {
    fx = openDomain(newDir());
    const created = fx.office.structure.saveMenu({ name: 'Brunch', description: 'Weekends only.' }).value;
    expect(created).toMatchObject({ name: 'Brunch', description: 'Weekends only.', categories: [] });
    expect(created.hours).toEqual(fx.office.store.get().hours);
    expect(fx.office.menus.list().map((m) => m.name)).toEqual(['Main menu', 'Late night', 'Brunch']);
    expect(fx.published.map((e) => [e.type, e.resource.id])).toEqual([['menu.updated', created.id]]);
    expect(menuOf(fx.published[0])).toMatchObject({ name: 'Brunch', categories: [] });
  });

  it('renames a menu (menu.updated) and publishes nothing when nothing changed', () => {
    fx = openDomain(newDir());
    const main = fx.office.menus.get('mnu_main');
    expect(
      fx.office.structure.saveMenu({ id: 'mnu_main', name: main.name, description: main.description }).changed,
    ).toBe(false);
    expect(fx.published).toEqual([]);
    fx.office.structure.saveMenu({ id: 'mnu_main', name: 'Dinner', description: main.description });
    expect(fx.published.map((e) => e.type)).toEqual(['menu.updated']);
    expect(menuOf(fx.published[0]).name).toBe('Dinner');
  });

  it('reorders menus without telling anyone, and refuses an order that leaves one out', () => {
    fx = openDomain(newDir());
    expect(fx.office.structure.reorderMenus(['mnu_late', 'mnu_main']).value.map((m) => m.id)).toEqual([
      'mnu_late',
      'mnu_main',
    ]);
    expect(() => fx.office.structure.reorderMenus(['mnu_main'])).toThrow(/Every menu must be listed once/);
    expect(() => fx.office.structure.reorderMenus(['mnu_main', 'mnu_nope'])).toThrow(/Every menu/);
    expect(fx.office.menus.list().map((m) => m.id)).toEqual(['mnu_late', 'mnu_main']);
    expect(fx.published).toEqual([]);
  });

  it('refuses to delete a menu that holds items, changing nothing; an empty one goes with menu.deleted', () => {
    fx = openDomain(newDir());
    expect(() => fx.office.structure.deleteMenu('mnu_late')).toThrow(/Late night still holds 5 items/);
    expect(fx.office.menus.list()).toHaveLength(2);
    const brunch = fx.office.structure.saveMenu({ name: 'Brunch', description: '' }).value;
    fx.office.structure.saveCategory({ menuId: brunch.id, name: 'Eggs' });
    fx.published.length = 0;

    fx.office.structure.deleteMenu(brunch.id);
    expect(fx.office.menus.list().map((m) => m.id)).toEqual(['mnu_main', 'mnu_late']);
    expect(fx.published).toEqual([
      expect.objectContaining({
        type: 'menu.deleted',
        resource: { type: 'menu', id: brunch.id },
        data: { menu_id: brunch.id, name: 'Brunch', deleted_at: expect.any(String) as unknown },
      }),
    ]);
    expect(() => fx.office.menus.get(brunch.id)).toThrow(/not found/);
  });
});

describe('MenuStructureService: categories', () => {
  it('adds a category at the end, renames it, and sends the whole menu each time', () => {
    fx = openDomain(newDir());
    const menu = fx.office.structure.saveCategory({ menuId: 'mnu_late', name: 'Snacks' }).value;
    const snacks = menu.categories.at(-1);
    expect(snacks?.name).toBe('Snacks');
    fx.office.structure.saveCategory({ id: snacks?.id, menuId: 'mnu_late', name: 'Bar snacks' });
    expect(fx.office.structure.saveCategory({ id: snacks?.id, menuId: 'mnu_late', name: 'Bar snacks' }).changed).toBe(
      false,
    );
    expect(fx.published.map((e) => e.type)).toEqual(['menu.updated', 'menu.updated']);
    expect(menuOf(fx.published[1]).categories.at(-1)?.name).toBe('Bar snacks');
    expect(() => fx.office.structure.saveCategory({ menuId: 'mnu_nope', name: 'X' })).toThrow(/not found/);
    expect(() => fx.office.structure.saveCategory({ id: snacks?.id, menuId: 'mnu_main', name: 'X' })).toThrow(
      /another menu/,
    );
  });

  it('reorders a menu’s categories and sends the menu in its new order', () => {
    fx = openDomain(newDir());
    const ids = fx.office.menus.get('mnu_main').categories.map((c) => c.id);
    const reversed = [...ids].reverse();
    expect(fx.office.structure.reorderCategories('mnu_main', reversed).value.categories.map((c) => c.id)).toEqual(
      reversed,
    );
    expect(menuOf(fx.published[0]).categories.map((c) => c.id)).toEqual(reversed);
    expect(fx.office.structure.reorderCategories('mnu_main', reversed).changed).toBe(false);
    expect(() => fx.office.structure.reorderCategories('mnu_main', reversed.slice(1))).toThrow(/Every category/);
    expect(fx.published).toHaveLength(1);
  });

  it('refuses to delete a category with items unless told where they go, and then moves them after the target’s', () => {
    fx = openDomain(newDir());
    const antipasti = itemIds('mnu_main', 'cat_antipasti') ?? [];
    const pizza = itemIds('mnu_main', 'cat_pizza') ?? [];
    expect(() => fx.office.structure.deleteCategory({ id: 'cat_antipasti' })).toThrow(
      /Antipasti still holds 6 items\. Choose a category to move them to/,
    );
    expect(() => fx.office.structure.deleteCategory({ id: 'cat_antipasti', moveItemsTo: 'cat_antipasti' })).toThrow(
      /another category/,
    );
    expect(() => fx.office.structure.deleteCategory({ id: 'cat_antipasti', moveItemsTo: 'cat_nope' })).toThrow(
      /no longer exists/,
    );
    expect(itemIds('mnu_main', 'cat_antipasti')).toEqual(antipasti);
    expect(fx.published).toEqual([]);

    const changed = fx.office.structure.deleteCategory({ id: 'cat_antipasti', moveItemsTo: 'cat_pizza' }).menus;
    expect(changed.map((m) => m.id)).toEqual(['mnu_main']);
    expect(itemIds('mnu_main', 'cat_pizza')).toEqual([...pizza, ...antipasti]);
    expect(fx.office.menus.get('mnu_main').categories.some((c) => c.id === 'cat_antipasti')).toBe(false);
    expect(fx.ofType('menu.item.updated').map((e) => (e.data as { changes: unknown }).changes)).toEqual(
      antipasti.map(() => [{ field: 'category_id', old: 'cat_antipasti', new: 'cat_pizza' }]),
    );
    expect(fx.ofType('menu.updated')).toHaveLength(1);
  });

  it('moves items into another menu’s category and sends both menus', () => {
    fx = openDomain(newDir());
    const late = fx.office.menus.get('mnu_late').categories[0];
    const changed = fx.office.structure.deleteCategory({ id: 'cat_dolci', moveItemsTo: late?.id }).menus;
    expect(changed.map((m) => m.id)).toEqual(['mnu_main', 'mnu_late']);
    expect(
      fx
        .ofType('menu.updated')
        .map((e) => e.resource.id)
        .sort(),
    ).toEqual(['mnu_late', 'mnu_main']);
    expect(fx.office.menus.item('itm_tiramisu')).toMatchObject({ menuId: 'mnu_late', categoryId: late?.id });
  });

  it('deletes an empty category with one menu.updated, and rolls back when publishing fails', () => {
    fx = openDomain(newDir());
    const snacks = fx.office.structure.saveCategory({ menuId: 'mnu_late', name: 'Snacks' }).value.categories.at(-1);
    fx.failNextPublish();
    expect(() => fx.office.structure.deleteCategory({ id: snacks?.id ?? '' })).toThrow(/outbox write failed/);
    expect(fx.office.menus.get('mnu_late').categories.at(-1)?.id).toBe(snacks?.id);
    fx.office.structure.deleteCategory({ id: snacks?.id ?? '' });
    expect(fx.published.map((e) => e.type)).toEqual(['menu.updated', 'menu.updated']);
    expect(fx.office.menus.get('mnu_late').categories.some((c) => c.id === snacks?.id)).toBe(false);
  });
});
