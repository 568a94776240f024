import { afterEach, describe, expect, it } from 'vitest';
import { closedWeek } from '../../../../../shared/domain/hours';
import type { MenuItem, MenuItemInput } from '../../../../../shared/domain/menu';
import { isoOf } from '../../../../../electron/core/domain/domain-deps';
import { useTempDir } from '../../../../support/temp-dir';
import { openDomain, type DomainFixture } from './domain-fixture';

const newDir = useTempDir();
let fx: DomainFixture;
afterEach(() => fx.close());

const inputOf = ({ menuId: _m, updatedAt: _u, backInStockAt: _b, ...item }: MenuItem): MenuItemInput => item;
const dataOf = (event: { data: unknown }) =>
  event.data as { item: { id: string; in_stock: boolean; price: unknown }; changes: unknown[] };

describe('MenuService', () => {
  it('publishes menu.item.updated with old/new of each changed field, and menu.updated with the whole menu', () => {
    fx = openDomain(newDir());
    const margherita = fx.office.menus.item('itm_margherita');
    fx.office.menus.saveItem({
      ...inputOf(margherita),
      price: 1150,
      description: 'Tomato, fior di latte, basil, olive oil.',
    });

    expect(fx.published.map((e) => e.type)).toEqual(['menu.item.updated', 'menu.updated']);
    const [itemEvent, menuEvent] = fx.published;
    expect(itemEvent?.resource).toEqual({ type: 'item', id: 'itm_margherita' });
    expect(itemEvent?.data).toMatchObject({
      item: { id: 'itm_margherita', price: { amount: 1150, currency: 'EUR' } },
      changes: [
        { field: 'description', old: 'Tomato, fior di latte, basil.', new: 'Tomato, fior di latte, basil, olive oil.' },
        { field: 'price', old: { amount: 1050, currency: 'EUR' }, new: { amount: 1150, currency: 'EUR' } },
      ],
    });
    const menu = (
      menuEvent?.data as { menu: { id: string; categories: { items: { id: string; price: unknown }[] }[] } }
    ).menu;
    expect(menu.id).toBe('mnu_main');
    expect(menu.categories.flatMap((c) => c.items)).toHaveLength(39);
    expect(menu.categories.flatMap((c) => c.items).find((i) => i.id === 'itm_margherita')?.price).toEqual({
      amount: 1150,
      currency: 'EUR',
    });
  });

  it('publishes nothing for a save that changes nothing', () => {
    fx = openDomain(newDir());
    const item = fx.office.menus.item('itm_spaghetti-carbonara');
    expect(fx.office.menus.saveItem(inputOf(item)).changed).toBe(false);
    expect(fx.office.menus.setInStock([item.id], true).changed).toBe(false);
    expect(fx.office.menus.setPrices([{ id: item.id, price: item.price }]).changed).toBe(false);
    expect(fx.office.menus.saveHours('mnu_main', fx.office.menus.get('mnu_main').hours).changed).toBe(false);
    expect(fx.published).toEqual([]);
    expect(fx.office.menus.item(item.id)).toEqual(item);
  });

  it('86s ten items with one menu.updated and one menu.item.updated per item', () => {
    fx = openDomain(newDir());
    const pizzas = fx.office.menus.get('mnu_main').categories.find((c) => c.name === 'Pizza')?.items ?? [];
    const pasta = fx.office.menus.get('mnu_main').categories.find((c) => c.name === 'Pasta')?.items ?? [];
    const ten = [...pizzas, ...pasta].slice(0, 10).map((i) => i.id);
    const result = fx.office.menus.setInStock(ten, false);

    expect(result.value.every((i) => !i.inStock)).toBe(true);
    expect(fx.ofType('menu.item.updated')).toHaveLength(10);
    expect(fx.ofType('menu.updated')).toHaveLength(1);
    expect(fx.ofType('menu.item.updated').map((e) => dataOf(e).changes)).toEqual(
      ten.map(() => [{ field: 'in_stock', old: true, new: false }]),
    );
    expect(fx.office.menus.list().find((m) => m.id === 'mnu_main')?.outOfStockCount).toBe(10);
  });

  it('publishes one menu.updated per menu when a bulk edit spans two menus, and skips unchanged items', () => {
    fx = openDomain(newDir());
    fx.office.menus.setPrices([
      { id: 'itm_negroni', price: 990 },
      { id: 'itm_tiramisu', price: 790 },
      { id: 'itm_espresso', price: 260 }, // already 2.60
    ]);
    expect(fx.ofType('menu.item.updated').map((e) => dataOf(e).item.id)).toEqual(['itm_negroni', 'itm_tiramisu']);
    expect(
      fx
        .ofType('menu.updated')
        .map((e) => e.resource.id)
        .sort(),
    ).toEqual(['mnu_late', 'mnu_main']);
  });

  it('saves nothing when one id of a bulk edit is unknown, and says which', () => {
    fx = openDomain(newDir());
    let failure: unknown;
    try {
      fx.office.menus.setInStock(['itm_margherita', 'itm_gone'], false);
    } catch (error) {
      failure = error;
    }
    expect(failure).toMatchObject({ error: { issues: [{ path: 'ids.1', message: 'This item no longer exists.' }] } });
    expect(fx.office.menus.item('itm_margherita').inStock).toBe(true);
    expect(fx.published).toEqual([]);
  });

  it('rolls the item change back when publishing fails', () => {
    fx = openDomain(newDir());
    fx.failNextPublish();
    expect(() => fx.office.menus.setPrices([{ id: 'itm_margherita', price: 1 }])).toThrow(/outbox write failed/);
    expect(fx.office.menus.item('itm_margherita').price).toBe(1050);
  });

  it('keeps modifier ids the item already had and reports a modifier change', () => {
    fx = openDomain(newDir());
    const item = fx.office.menus.item('itm_margherita');
    const [size, toppings] = item.modifierGroups;
    const saved = fx.office.menus.saveItem({
      ...inputOf(item),
      modifierGroups: [
        { ...size!, options: [...size!.options, { name: 'Family (45 cm)', price: 900, inStock: true }] },
        { ...toppings!, id: 'mgp_made_up' },
      ],
    }).value;
    expect(saved.modifierGroups[0]?.id).toBe(size?.id);
    expect(saved.modifierGroups[0]?.options.map((o) => o.name)).toEqual([
      'Regular (30 cm)',
      'Large (36 cm)',
      'Family (45 cm)',
    ]);
    expect(saved.modifierGroups[1]?.id).not.toBe('mgp_made_up');
    expect(dataOf(fx.ofType('menu.item.updated')[0]!).changes).toEqual([
      expect.objectContaining({ field: 'modifier_groups' }),
    ]);
  });

  it('creates an item (menu.item.created + menu.updated) and deletes it (menu.item.deleted + menu.updated)', () => {
    fx = openDomain(newDir());
    const created = fx.office.menus.saveItem({
      categoryId: 'cat_dolci',
      name: 'Torta caprese',
      description: 'Chocolate and almond cake.',
      price: 720,
      inStock: true,
      imageUrl: 'https://images.example.com/caprese.jpg',
      modifierGroups: [],
    }).value;
    expect(created).toMatchObject({ menuId: 'mnu_main', categoryId: 'cat_dolci', name: 'Torta caprese' });
    fx.office.menus.deleteItem(created.id);
    expect(fx.published.map((e) => e.type)).toEqual([
      'menu.item.created',
      'menu.updated',
      'menu.item.deleted',
      'menu.updated',
    ]);
    const [createdEvent, , deletedEvent, menuEvent] = fx.published;
    expect(createdEvent?.resource).toEqual({ type: 'item', id: created.id });
    expect(createdEvent?.data).toMatchObject({
      item: { id: created.id, name: 'Torta caprese', image_url: 'https://images.example.com/caprese.jpg' },
    });
    // The deletion names the same resource (its sequence continues) and carries the item as it was.
    expect(deletedEvent?.resource).toEqual({ type: 'item', id: created.id });
    expect(deletedEvent?.data).toEqual({
      item: expect.objectContaining({ id: created.id, price: { amount: 720, currency: 'EUR' } }) as unknown,
      deleted_at: isoOf(fx.clock.now().getTime()),
    });
    const menuItems = (menuEvent?.data as { menu: { categories: { items: { id: string }[] }[] } }).menu.categories;
    expect(menuItems.flatMap((c) => c.items).some((i) => i.id === created.id)).toBe(false);
    expect(() => fx.office.menus.item(created.id)).toThrow(/not found/);
    expect(() => fx.office.menus.saveItem({ ...inputOf(created), categoryId: 'cat_nope' })).toThrow(/category/);
  });

  it('publishes menu.hours.updated with the menu id, name and new hours (overnight included)', () => {
    fx = openDomain(newDir());
    const hours = {
      ...closedWeek(),
      friday: [{ start: '22:00', end: '03:00' }],
      saturday: [{ start: '22:00', end: '03:00' }],
    };
    expect(fx.office.menus.saveHours('mnu_late', hours).changed).toBe(true);
    expect(fx.published).toEqual([
      expect.objectContaining({
        type: 'menu.hours.updated',
        resource: { type: 'menu', id: 'mnu_late' },
        data: { menu_id: 'mnu_late', name: 'Late night', hours },
      }),
    ]);
    expect(fx.office.menus.get('mnu_late').hours).toEqual(hours);
  });
});
