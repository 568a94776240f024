import { describe, expect, it } from 'vitest';
import type { ItemPayload, MenuPayload } from '../../../shared/events/payload-parts';
import { startReceiver, useReceivers, type Receiver } from '../delivery/receiver';
import { useTestCores, type TestCore } from '../../support/test-core';
import { itemInputOf, line, mainMenuItem, openCheck, partner, receivedAt } from './domain-fixtures';

useReceivers();
const open = useTestCores();

const ok = (_req: unknown, res: { end(body: string): void }) => res.end('ok');

/** A core whose "menus" partner hears every menu event, and a way to read what it heard since the last look. */
async function menuPartnerCore(): Promise<{ core: TestCore; heard: () => Promise<Heard[]> }> {
  const receiver: Receiver = await startReceiver(ok);
  const core = open();
  await core.value(
    'partners.create',
    partner(receiver, 'menus', [
      'menu.updated',
      'menu.item.created',
      'menu.item.updated',
      'menu.item.deleted',
      'menu.deleted',
      'order.created',
    ]),
  );
  let seen = 0;
  return {
    core,
    async heard() {
      await core.idle();
      const all = receivedAt(receiver, '/menus');
      const fresh = all.slice(seen).map((envelope) => ({ type: envelope.type, data: envelope.data as EventData }));
      seen = all.length;
      return fresh;
    },
  };
}

interface EventData {
  menu?: MenuPayload;
  item?: ItemPayload;
  changes?: { field: string; old: unknown; new: unknown }[];
}
interface Heard {
  type: string;
  data: EventData;
}

const types = (events: readonly Heard[]): string[] => events.map((event) => event.type);
const categoryNames = (menu: MenuPayload | undefined): string[] => menu?.categories.map((c) => c.name) ?? [];

describe('#13: the whole menu edited in the app, heard by a partner through a real receiver', () => {
  it('sends the whole menu for each structure change, refuses a delete that would drop items, and moves them on request', async () => {
    const { core, heard } = await menuPartnerCore();

    const added = await core.value('menu.categories.save', { menuId: 'mnu_main', name: 'Specials' });
    const specials = added.categories.at(-1);
    expect(specials?.name).toBe('Specials');
    const [created] = await heard();
    expect(created?.type).toBe('menu.updated');
    expect(categoryNames(created?.data.menu)).toEqual([
      'Antipasti',
      'Pizza',
      'Pasta',
      'Secondi',
      'Dolci',
      'Drinks',
      'Specials',
    ]);
    // The whole menu: every category with every item, not only what changed.
    expect(created?.data.menu?.categories.flatMap((c) => c.items)).toHaveLength(39);

    await core.value('menu.categories.save', { id: specials?.id ?? '', menuId: 'mnu_main', name: 'Chef’s specials' });
    const ids = added.categories.map((c) => c.id);
    await core.value('menu.categories.reorder', { menuId: 'mnu_main', ids: [specials?.id ?? '', ...ids.slice(0, -1)] });
    const [renamed, reordered, ...none] = await heard();
    expect(none).toEqual([]);
    expect(types([renamed!, reordered!])).toEqual(['menu.updated', 'menu.updated']);
    expect(categoryNames(renamed?.data.menu).at(-1)).toBe('Chef’s specials');
    expect(categoryNames(reordered?.data.menu).slice(0, 2)).toEqual(['Chef’s specials', 'Antipasti']);

    // Dolci holds five items: refused unless told where they go, and nothing changes or is sent.
    const dolci = added.categories.find((c) => c.name === 'Dolci')?.id ?? '';
    expect(await core.call('menu.categories.delete', { id: dolci })).toMatchObject({
      ok: false,
      error: {
        code: 'validation_failed',
        issues: [{ path: 'moveItemsTo', message: 'Dolci still holds 5 items. Choose a category to move them to.' }],
      },
    });
    expect(await heard()).toEqual([]);
    expect((await core.value('menus.get', { id: 'mnu_main' })).categories).toHaveLength(7);

    await core.value('menu.categories.delete', { id: dolci, moveItemsTo: specials?.id ?? '' });
    const moved = await heard();
    expect(types(moved)).toEqual([...Array<string>(5).fill('menu.item.updated'), 'menu.updated']);
    for (const event of moved.slice(0, 5)) {
      expect(event.data.changes).toEqual([{ field: 'category_id', old: dolci, new: specials?.id }]);
    }
    const after = moved[5]?.data.menu;
    expect(categoryNames(after)).not.toContain('Dolci');
    expect(after?.categories[0]?.items.map((i) => i.name)).toEqual([
      'Tiramisù',
      'Panna cotta',
      'Cannoli siciliani',
      'Affogato',
      'Gelato',
    ]);
  });

  it('adds an item with an https picture, refuses an http one, duplicates it after itself and deletes it', async () => {
    const { core, heard } = await menuPartnerCore();
    const picture = 'https://images.example.com/calzone.jpg';
    const calzone = {
      categoryId: 'cat_pizza',
      name: 'Calzone',
      description: 'Folded, ricotta inside.',
      price: 1250,
      inStock: true,
      imageUrl: picture,
      modifierGroups: [
        {
          name: 'Extras',
          required: false,
          minChoices: 0,
          maxChoices: 1,
          options: [{ name: 'Salami', price: 150, inStock: true }],
        },
      ],
    };
    expect(
      await core.call('menu.items.save', { ...calzone, imageUrl: 'http://images.example.com/a.jpg' }),
    ).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'imageUrl', message: 'The picture address must start with https://.' }] },
    });
    expect(await heard()).toEqual([]);

    const saved = await core.value('menu.items.save', calzone);
    const [created, menu] = await heard();
    expect(created).toMatchObject({ type: 'menu.item.created', data: { item: { id: saved.id, image_url: picture } } });
    expect(menu?.type).toBe('menu.updated');

    const copy = await core.value('menu.items.duplicate', { id: saved.id });
    const [copied, withCopy] = await heard();
    expect(copied?.data.item).toMatchObject({
      id: copy.id,
      name: 'Calzone (copy)',
      image_url: picture,
      price: { amount: 1250 },
    });
    const [original, duplicate] = [saved.modifierGroups[0], copied?.data.item?.modifier_groups[0]];
    expect(duplicate).toMatchObject({ name: 'Extras', options: [{ name: 'Salami', price: { amount: 150 } }] });
    expect(duplicate?.id).not.toBe(original?.id);
    expect(duplicate?.options[0]?.id).not.toBe(original?.options[0]?.id);
    const pizza = withCopy?.data.menu?.categories.find((c) => c.id === 'cat_pizza')?.items.map((i) => i.name);
    expect(pizza?.slice(-2)).toEqual(['Calzone', 'Calzone (copy)']);

    await core.value('menu.items.delete', { id: copy.id });
    const [deleted, without] = await heard();
    expect(deleted).toMatchObject({ type: 'menu.item.deleted', data: { item: { id: copy.id } } });
    expect(without?.data.menu?.categories.flatMap((c) => c.items).some((i) => i.id === copy.id)).toBe(false);
  });

  it('holds modifier groups to the shared rules at the boundary, and orders honour a group made required', async () => {
    const { core, heard } = await menuPartnerCore();
    const margherita = itemInputOf(await mainMenuItem(core, 'itm_margherita'));
    const [size, toppings] = margherita.modifierGroups;
    const crust = {
      name: 'Crust',
      required: true,
      minChoices: 1,
      maxChoices: 1,
      options: [
        { name: 'Classic', price: 0, inStock: true },
        { name: 'Gluten-free', price: 200, inStock: true },
      ],
    };
    const refused = await core.call('menu.items.save', {
      ...margherita,
      modifierGroups: [
        { ...crust, minChoices: 2, maxChoices: 1 },
        { ...crust, name: 'Sauce', maxChoices: 3 },
        { ...crust, name: 'Cheese', minChoices: 0 },
      ],
    });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        issues: [
          { path: 'modifierGroups.0.maxChoices', message: 'Must be at least the minimum.' },
          { path: 'modifierGroups.1.maxChoices', message: 'Cannot allow more choices than there are options (2).' },
          { path: 'modifierGroups.2.minChoices', message: 'A required group needs at least 1 choice.' },
        ],
      },
    });
    expect(await heard()).toEqual([]);

    // A required crust first, then the toppings, then the size: partners see them in that order.
    const saved = await core.value('menu.items.save', {
      ...margherita,
      modifierGroups: [crust, toppings!, size!],
    });
    const [updated] = await heard();
    expect(updated?.data.changes?.map((change) => change.field)).toEqual(['modifier_groups']);
    expect(updated?.data.item?.modifier_groups.map((g) => g.name)).toEqual(['Crust', 'Extra toppings', 'Size']);
    // Groups kept their ids; the new one got one.
    expect(updated?.data.item?.modifier_groups[2]?.id).toBe(size?.id);

    const sizeOption = size?.options[0]?.id ?? '';
    const unanswered = await core.call('checks.open', openCheck({ lines: [line('itm_margherita', [sizeOption])] }));
    expect(unanswered).toMatchObject({
      ok: false,
      error: { issues: [{ path: 'lines.0.optionIds', message: 'Choose at least 1 for “Crust”.' }] },
    });
    const glutenFree = saved.modifierGroups[0]?.options[1]?.id ?? '';
    const check = await core.value(
      'checks.open',
      openCheck({ lines: [line('itm_margherita', [sizeOption, glutenFree])] }),
    );
    expect(check.lines[0]?.modifiers.map((m) => m.name)).toEqual(expect.arrayContaining(['Gluten-free']));
    expect(types(await heard())).toEqual(['order.created']);
  });
});
