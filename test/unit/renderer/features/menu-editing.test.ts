import { describe, expect, it } from 'vitest';
import type { Menu, MenuItem } from '../../../../shared/domain/menu';
import { closedWeek } from '../../../../shared/domain/hours';
import {
  draftFromItem,
  inputFromDraft,
  problemsOf,
  validateItemDraft,
} from '../../../../renderer/src/features/menu/item-draft';
import { matchCount, searchMenu } from '../../../../renderer/src/features/menu/menu-search';
import { newGroupDraft, newOptionDraft } from '../../../../renderer/src/features/menu/modifier-draft';
import { droppedOn, shifted } from '../../../../renderer/src/forms/list-order';
import { priceSpec } from '../../../../renderer/src/forms/money';
import { menuItem } from '../menu-item';

const item = (id: string, name: string, description: string, patch: Partial<MenuItem> = {}): MenuItem =>
  menuItem({ id, menuId: 'mnu_main', name, description, ...patch });

const menu: Menu = {
  id: 'mnu_main',
  name: 'Main menu',
  description: '',
  currency: 'EUR',
  timezone: 'Europe/Berlin',
  hours: closedWeek(),
  updatedAt: '',
  categories: [
    {
      id: 'cat_1',
      name: 'Pizza',
      items: [
        item('itm_1', 'Margherita', 'Tomato, fior di latte, basil.'),
        item('itm_2', 'Diavola', 'Tomato, spicy salami.'),
      ],
    },
    { id: 'cat_2', name: 'Dolci', items: [item('itm_3', 'Tiramisù', 'Mascarpone, espresso.')] },
  ],
};

describe('the search over every menu (#13 point 1)', () => {
  it('finds items by name or description, every word in any order, accents and case aside', () => {
    const found = (query: string) => searchMenu(menu, query).flatMap((c) => c.items.map((i) => i.name));
    expect(found('tiramisu')).toEqual(['Tiramisù']);
    expect(found('TOMATO')).toEqual(['Margherita', 'Diavola']);
    expect(found('salami tomato')).toEqual(['Diavola']);
    expect(found('espresso')).toEqual(['Tiramisù']);
    expect(found('calzone')).toEqual([]);
    expect(matchCount(menu, 'tomato')).toBe(2);
  });

  it('shows only the categories with a match, and everything for an empty search', () => {
    expect(searchMenu(menu, 'basil').map((c) => c.name)).toEqual(['Pizza']);
    expect(searchMenu(menu, '   ')).toBe(menu.categories);
  });
});

describe('reordering (#13 point 2: move up / down, and drag)', () => {
  it('moves one place, never past either end, and drops onto another entry', () => {
    expect(shifted(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(shifted(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(droppedOn(['a', 'b', 'c', 'd'], 'a', 'c')).toEqual(['b', 'c', 'a', 'd']);
    expect(droppedOn(['a', 'b', 'c', 'd'], 'd', 'b')).toEqual(['a', 'd', 'b', 'c']);
  });
});

describe('modifiers in the item editor (#13 point 3)', () => {
  const de = priceSpec('EUR', 'de-DE');
  const sizes = {
    id: 'grp_1',
    name: 'Size',
    required: true,
    minChoices: 1,
    maxChoices: 1,
    options: [
      { id: 'opt_1', name: 'Small', price: 0, inStock: true },
      { id: 'opt_2', name: 'Large', price: 350, inStock: true },
    ],
  };
  const margherita = item('itm_1', 'Margherita', '', { modifierGroups: [sizes] });

  it('places each of the shared schema’s rules under the field it is about', () => {
    const draft = draftFromItem(margherita, de);
    const group = draft.groups[0]!;
    const errors = (patch: Partial<typeof group>) =>
      validateItemDraft({ ...draft, groups: [{ ...group, ...patch }] }, de);
    expect(errors({ minChoices: '2', maxChoices: '1' })).toEqual({
      'modifierGroups.0.maxChoices': 'Must be at least the minimum.',
    });
    expect(errors({ maxChoices: '3' })).toEqual({
      'modifierGroups.0.maxChoices': 'Cannot allow more choices than there are options (2).',
    });
    expect(errors({ minChoices: '0' })).toEqual({
      'modifierGroups.0.minChoices': 'A required group needs at least 1 choice.',
    });
    expect(errors({ minChoices: 'one' })).toEqual({ 'modifierGroups.0.minChoices': 'Enter a whole number.' });
    expect(errors({ name: ' ', options: [] })).toEqual({
      'modifierGroups.0.name': 'Enter a name.',
      'modifierGroups.0.options': 'Add at least one option.',
    });
  });

  it('reads option prices the user’s way and sends groups and options in the order shown, keeping their ids', () => {
    const draft = draftFromItem(margherita, de);
    const group = draft.groups[0]!;
    expect(group.options.map((o) => o.price)).toEqual(['0,00', '3,50']);
    const extra = { ...newOptionDraft(de), name: 'Family', price: '7,50' };
    const sauce = { ...newGroupDraft(de), name: 'Sauce' };
    sauce.options = [{ ...sauce.options[0]!, name: 'Aioli', price: '0,80' }];
    const edited = {
      ...draft,
      groups: [sauce, { ...group, maxChoices: '1', options: [extra, ...shifted(group.options, 1, -1)] }],
    };
    expect(validateItemDraft(edited, de)).toEqual({});
    const sent = inputFromDraft(edited, 'itm_1', de)?.modifierGroups;
    expect(sent?.map((g) => [g.id, g.name, g.options.map((o) => [o.id, o.name, o.price])])).toEqual([
      [undefined, 'Sauce', [[undefined, 'Aioli', 80]]],
      [
        'grp_1',
        'Size',
        [
          [undefined, 'Family', 750],
          ['opt_2', 'Large', 350],
          ['opt_1', 'Small', 0],
        ],
      ],
    ]);
  });

  it('names the group at fault in "Fix before saving", by its name or its place', () => {
    const draft = draftFromItem(margherita, de);
    const unnamed = { ...newGroupDraft(de), name: '' };
    const broken = { ...draft, price: 'x', groups: [{ ...draft.groups[0]!, maxChoices: '9' }, unnamed] };
    expect(problemsOf(validateItemDraft(broken, de), broken)).toEqual([
      'Price',
      'Modifiers (Size)',
      'Modifiers (group 2)',
    ]);
  });

  it('adds a group that is optional with one empty option, valid once that option has a name', () => {
    const group = newGroupDraft(de);
    expect([group.required, group.minChoices, group.maxChoices, group.options.length]).toEqual([false, '0', '1', 1]);
    const draft = { ...draftFromItem(margherita, de), groups: [group] };
    expect(Object.keys(validateItemDraft(draft, de)).sort()).toEqual([
      'modifierGroups.0.name',
      'modifierGroups.0.options.0.name',
    ]);
  });
});
