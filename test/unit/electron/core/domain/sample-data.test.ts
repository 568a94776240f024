import { afterEach, describe, expect, it } from 'vitest';
import { menuItemInputSchema } from '../../../../../shared/domain/menu';
import { storeInputSchema } from '../../../../../shared/domain/store';
import { weeklyHoursSchema } from '../../../../../shared/domain/hours';
import { sampleMenus, sampleStore } from '../../../../../electron/core/domain/sample/sample-restaurant';
import { useTempDir } from '../../../../support/temp-dir';
import { openDomain, type DomainFixture } from './domain-fixture';

const newDir = useTempDir();
let fx: DomainFixture | undefined;
afterEach(() => fx?.close());

describe('the sample restaurant', () => {
  it('passes the same validation as the operator’s own input', () => {
    expect(storeInputSchema.safeParse(sampleStore).error).toBeUndefined();
    for (const menu of sampleMenus) {
      expect(weeklyHoursSchema.safeParse(menu.hours).error).toBeUndefined();
      for (const category of menu.categories) {
        for (const [name, description, price, groups] of category.items) {
          const modifierGroups = groups.map(([groupName, minChoices, maxChoices, options]) => ({
            name: groupName,
            required: minChoices >= 1,
            minChoices,
            maxChoices,
            options: options.map(([optionName, optionPrice]) => ({ name: optionName, price: optionPrice })),
          }));
          const item = { categoryId: 'cat_x', name, description, price, inStock: true, modifierGroups };
          expect(menuItemInputSchema.safeParse(item).error, name).toBeUndefined();
        }
      }
    }
  });

  it('is seeded once on a database without a store, silently', () => {
    const dir = newDir();
    fx = openDomain(dir);
    const menus = fx.office.menus.list();
    expect(menus.map((m) => [m.name, m.itemCount])).toEqual([
      ['Main menu', 39],
      ['Late night', 5],
    ]);
    expect(
      fx.office.menus
        .get('mnu_main')
        .categories.flatMap((c) => c.items)
        .filter((i) => i.modifierGroups.length > 0).length,
    ).toBeGreaterThan(25);
    expect(fx.published).toEqual([]);

    fx.office.menus.setInStock(['itm_margherita'], false);
    fx.close();
    fx = openDomain(dir);
    expect(fx.office.menus.item('itm_margherita').inStock).toBe(false);
  });

  it('reset replaces the data and tells partners with one menu.updated per menu and one store.updated', () => {
    fx = openDomain(newDir());
    fx.office.store.setStatus({ state: 'closed' });
    fx.office.menus.setPrices([{ id: 'itm_margherita', price: 990 }]);
    fx.published.length = 0;

    expect(fx.office.resetSample()).toEqual({ menus: 2, items: 44, eventsPublished: 3 });
    expect(fx.published.map((e) => `${e.type} ${e.resource.id}`)).toEqual([
      'menu.updated mnu_main',
      'menu.updated mnu_late',
      'store.updated store_test',
    ]);
    expect(fx.published[2]?.data).toMatchObject({
      changes: [{ field: 'status', old: { state: 'closed' }, new: { state: 'open' } }],
    });
    expect(fx.office.menus.item('itm_margherita').price).toBe(1050);
  });
});
