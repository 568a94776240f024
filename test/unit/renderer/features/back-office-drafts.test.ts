import { describe, expect, it } from 'vitest';
import type { MenuItem } from '../../../../shared/domain/menu';
import { planPriceChange } from '../../../../renderer/src/features/menu/bulk-price';
import {
  draftFromItem,
  inputFromDraft,
  itemDraftIsDirty,
  validateItemDraft,
} from '../../../../renderer/src/features/menu/item-draft';
import {
  draftFromStore,
  inputFromDraft as storeInput,
  storeDraftIsDirty,
  validateStoreDraft,
} from '../../../../renderer/src/features/store/store-draft';
import { rangeErrorsFrom } from '../../../../renderer/src/forms/range-errors';
import { storeView } from '../store-view';

const item = (patch: Partial<MenuItem> = {}): MenuItem => ({
  id: 'itm_1',
  menuId: 'mnu_1',
  categoryId: 'cat_1',
  name: 'Margherita',
  description: 'Tomato, fior di latte, basil.',
  price: 1050,
  inStock: true,
  modifierGroups: [],
  updatedAt: '',
  ...patch,
});

const store = storeView();

describe('the item editor draft', () => {
  it('sends the typed decimal as integer minor units', () => {
    const draft = { ...draftFromItem(item(), 'EUR'), price: '11.50' };
    expect(inputFromDraft(draft, item(), 'EUR')?.price).toBe(1150);
    expect(itemDraftIsDirty(draft, item(), 'EUR')).toBe(true);
    expect(itemDraftIsDirty({ ...draft, price: '10.5' }, item(), 'EUR')).toBe(false);
  });

  it('applies the shared rules: price range, name length, description length', () => {
    const base = draftFromItem(item(), 'EUR');
    expect(validateItemDraft({ ...base, price: '1000000.01' }, item(), 'EUR').price).toBe(
      'A price can be at most 1,000,000.00.',
    );
    expect(validateItemDraft({ ...base, price: '-1' }, item(), 'EUR').price).toBe('A price cannot be negative.');
    expect(validateItemDraft({ ...base, name: ' ' }, item(), 'EUR').name).toBe('Enter a name.');
    expect(validateItemDraft({ ...base, name: 'x'.repeat(121) }, item(), 'EUR').name).toMatch(/120 characters/);
    expect(validateItemDraft({ ...base, description: 'x'.repeat(2001) }, item(), 'EUR').description).toMatch(
      /2000 characters/,
    );
    const both = validateItemDraft({ ...base, price: 'abc', name: '' }, item(), 'EUR');
    expect(both.price).toMatch(/as a number/);
    expect(both.name).toBe('Enter a name.');
    expect(validateItemDraft(base, item(), 'EUR')).toEqual({});
  });
});

describe('bulk price changes', () => {
  const items = [item({ id: 'a', price: 1190 }), item({ id: 'b', price: 1450 })];
  it('sets one price or moves every price by a percentage, rounded to the cent', () => {
    expect(planPriceChange(items, 'set', '9.90', 'EUR')).toEqual({
      prices: [
        { id: 'a', price: 990 },
        { id: 'b', price: 990 },
      ],
      error: null,
    });
    expect(planPriceChange(items, 'percent', '10', 'EUR').prices).toEqual([
      { id: 'a', price: 1309 },
      { id: 'b', price: 1595 },
    ]);
    expect(planPriceChange(items, 'percent', '-12.5', 'EUR').prices).toEqual([
      { id: 'a', price: 1041 },
      { id: 'b', price: 1269 },
    ]);
  });
  it('refuses plans the core would refuse', () => {
    expect(planPriceChange(items, 'percent', '-101', 'EUR').error).toBe('A price cannot be negative.');
    expect(planPriceChange(items, 'set', '', 'EUR').error).toBe('Enter a price.');
    expect(planPriceChange(items, 'percent', 'ten', 'EUR').error).toMatch(/percentage/);
  });
});

describe('the store draft', () => {
  it('round-trips without reading as a change, and an hours edit does', () => {
    const draft = draftFromStore(store);
    expect(storeDraftIsDirty(draft, store)).toBe(false);
    expect(storeInput(draft, store.status).taxRateBps).toBe(1900);
    const edited = { ...draft, taxIncluded: false };
    expect(storeDraftIsDirty(edited, store)).toBe(true);
  });

  it('carries the store’s status as it is when saved: a pause clicked meanwhile is kept, not undone', () => {
    const draft = { ...draftFromStore(store), taxIncluded: false };
    const paused = { ...store, status: { state: 'paused' as const, until: '2026-11-22T21:45:00+01:00' } };
    // The status changed under the form (a quick action, or the pause ended): still only the edit is unsaved.
    expect(storeDraftIsDirty(draftFromStore(store), paused)).toBe(false);
    expect(storeInput(draft, paused.status).status).toEqual(paused.status);
  });

  it('places the shared schema’s messages on fields and special dates', () => {
    const draft = draftFromStore(store);
    expect(validateStoreDraft({ ...draft, taxRate: 'lots' }).fields.taxRateBps).toMatch(/percent/);
    const doubled = validateStoreDraft({
      ...draft,
      specialDates: [...draft.specialDates, { ...draft.specialDates[0]!, key: 'x' }],
    });
    expect(doubled.issues.map((issue) => [issue.path.join('.'), issue.message])).toContainEqual([
      'specialDates.1.date',
      'This date is listed twice.',
    ]);
  });
});

describe('time-range issues', () => {
  it('land on the range and field they are about', () => {
    const errors = rangeErrorsFrom(
      [
        { path: ['hours', 'friday', 1], message: 'Overlaps 11:30–14:30 on Friday.' },
        { path: ['hours', 'monday', 0, 'end'], message: 'Use HH:MM, e.g. 09:30.' },
        { path: ['name'], message: 'Enter a name.' },
      ],
      ['hours'],
    );
    expect(errors).toEqual({
      'friday.1.range': 'Overlaps 11:30–14:30 on Friday.',
      'monday.0.end': 'Use HH:MM, e.g. 09:30.',
    });
  });
});
