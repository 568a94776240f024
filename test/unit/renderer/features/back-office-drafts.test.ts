import { describe, expect, it } from 'vitest';
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
import { priceSpec } from '../../../../renderer/src/forms/money';
import { rangeErrorsFrom } from '../../../../renderer/src/forms/range-errors';
import { menuItem } from '../menu-item';
import { storeView } from '../store-view';

const item = menuItem;

const store = storeView();

describe('the item editor draft', () => {
  const eur = priceSpec('EUR', 'en-US');
  const eurDe = priceSpec('EUR', 'de-DE');
  it('sends the typed decimal as integer minor units', () => {
    const baseline = draftFromItem(item(), eur);
    const draft = { ...baseline, price: '11.50' };
    expect(inputFromDraft(draft, 'itm_1', eur)?.price).toBe(1150);
    expect(itemDraftIsDirty(draft, baseline, eur)).toBe(true);
    expect(itemDraftIsDirty({ ...draft, price: '10.5' }, baseline, eur)).toBe(false);
  });

  it('reads and shows the price the user’s way: 11,00 in de-DE is 1100 cents, never 110000', () => {
    expect(draftFromItem(item({ price: 110_000 }), eurDe).price).toBe('1.100,00');
    const draft = { ...draftFromItem(item(), eurDe), price: '11,00' };
    expect(inputFromDraft(draft, 'itm_1', eurDe)?.price).toBe(1100);
    expect(inputFromDraft({ ...draft, price: '1.100,00' }, 'itm_1', eurDe)?.price).toBe(110_000);
    // Refused, not guessed: nothing to send, and the field says how to type either amount.
    expect(inputFromDraft({ ...draft, price: '1,100' }, 'itm_1', eurDe)).toBeNull();
    expect(validateItemDraft({ ...draft, price: '1,100' }, eurDe).price).toBe(
      'Unclear which you mean: type 1.100,00 for one thousand one hundred, or 1,10 for one point one.',
    );
  });

  it('applies the shared rules: price range, name length, description length', () => {
    const base = draftFromItem(item(), eur);
    expect(validateItemDraft({ ...base, price: '1000000.01' }, eur).price).toBe('A price can be at most 1,000,000.00.');
    expect(validateItemDraft({ ...base, price: '-1' }, eur).price).toBe('A price cannot be negative.');
    expect(validateItemDraft({ ...base, name: ' ' }, eur).name).toBe('Enter a name.');
    expect(validateItemDraft({ ...base, name: 'x'.repeat(121) }, eur).name).toMatch(/120 characters/);
    expect(validateItemDraft({ ...base, description: 'x'.repeat(2001) }, eur).description).toMatch(/2000 characters/);
    const both = validateItemDraft({ ...base, price: 'abc', name: '' }, eur);
    expect(both.price).toMatch(/as a number/);
    expect(both.name).toBe('Enter a name.');
    expect(validateItemDraft(base, eur)).toEqual({});
  });
});

describe('bulk price changes', () => {
  const items = [item({ id: 'a', price: 1190 }), item({ id: 'b', price: 1450 })];
  it('sets one price or moves every price by a percentage, rounded to the cent', () => {
    expect(planPriceChange(items, 'set', '9.90', 'EUR', 'en-US')).toEqual({
      prices: [
        { id: 'a', price: 990 },
        { id: 'b', price: 990 },
      ],
      scaleChanges: [],
      error: null,
    });
    expect(planPriceChange(items, 'percent', '10', 'EUR', 'en-US').prices).toEqual([
      { id: 'a', price: 1309 },
      { id: 'b', price: 1595 },
    ]);
    expect(planPriceChange(items, 'percent', '-12.5', 'EUR', 'en-US').prices).toEqual([
      { id: 'a', price: 1041 },
      { id: 'b', price: 1269 },
    ]);
  });
  it('reads the new price and the percentage in the user’s locale', () => {
    expect(planPriceChange(items, 'set', '9,90', 'EUR', 'de-DE').prices[0]).toEqual({ id: 'a', price: 990 });
    expect(planPriceChange(items, 'percent', '-12,5', 'EUR', 'de-DE').prices[0]).toEqual({ id: 'a', price: 1041 });
    expect(planPriceChange(items, 'set', '9,900', 'EUR', 'de-DE').error).toMatch(/^Unclear which you mean/);
  });

  it('flags prices that change scale — 10 times, a tenth, or zero — and only those', () => {
    const flagged = (mode: 'set' | 'percent', typed: string) =>
      planPriceChange(items, mode, typed, 'EUR', 'en-US').scaleChanges.map(({ id, next, change }) => [
        id,
        next,
        change.kind,
      ]);
    expect(flagged('set', '119')).toEqual([['a', 11_900, 'up']]);
    expect(flagged('set', '118.99')).toEqual([]);
    // Exactly a tenth of 14.50 asks; a cent more does not.
    expect(flagged('set', '1.45')).toEqual([['b', 145, 'down']]);
    expect(flagged('set', '1.46')).toEqual([]);
    expect(flagged('set', '0')).toEqual([
      ['a', 0, 'to-zero'],
      ['b', 0, 'to-zero'],
    ]);
    expect(flagged('percent', '900')).toEqual([
      ['a', 11_900, 'up'],
      ['b', 14_500, 'up'],
    ]);
    expect(flagged('percent', '10')).toEqual([]);
  });

  it('refuses plans the core would refuse', () => {
    expect(planPriceChange(items, 'percent', '-101', 'EUR', 'en-US').error).toBe('A price cannot be negative.');
    expect(planPriceChange(items, 'set', '', 'EUR', 'en-US').error).toBe('Enter a price.');
    expect(planPriceChange(items, 'percent', 'ten', 'EUR', 'en-US').error).toMatch(/percentage/);
  });
});

describe('the store draft', () => {
  it('round-trips without reading as a change, and an hours edit does', () => {
    const draft = draftFromStore(store, 'en-US');
    expect(storeDraftIsDirty(draft, store, 'en-US')).toBe(false);
    expect(storeInput(draft, store.status, 'en-US').taxRateBps).toBe(1900);
    const edited = { ...draft, taxIncluded: false };
    expect(storeDraftIsDirty(edited, store, 'en-US')).toBe(true);
  });

  it('carries the store’s status as it is when saved: a pause clicked meanwhile is kept, not undone', () => {
    const draft = { ...draftFromStore(store, 'en-US'), taxIncluded: false };
    const paused = { ...store, status: { state: 'paused' as const, until: '2026-11-22T21:45:00+01:00' } };
    // The status changed under the form (a quick action, or the pause ended): still only the edit is unsaved.
    expect(storeDraftIsDirty(draftFromStore(store, 'en-US'), paused, 'en-US')).toBe(false);
    expect(storeInput(draft, paused.status, 'en-US').status).toEqual(paused.status);
  });

  it('shows and reads the tax rate as a percentage in the user’s locale, kept in basis points', () => {
    const open = store.status;
    const german = draftFromStore({ ...store, taxRateBps: 850 }, 'de-DE');
    expect(german.taxRate).toBe('8,5');
    expect(draftFromStore(store, 'de-DE').taxRate).toBe('19');
    expect(storeInput({ ...german, taxRate: '7' }, open, 'de-DE').taxRateBps).toBe(700);
    expect(storeInput({ ...german, taxRate: '8,25 %' }, open, 'de-DE').taxRateBps).toBe(825);
    expect(storeInput({ ...german, taxRate: '8.5' }, open, 'en-US').taxRateBps).toBe(850);
    expect(storeDraftIsDirty(german, { ...store, taxRateBps: 850 }, 'de-DE')).toBe(false);
    // "8,500" in de-DE: eight and a half, or eight thousand five hundred? Refused, never saved.
    expect(validateStoreDraft({ ...german, taxRate: '8,500' }, 'de-DE').fields.taxRateBps).toBe(
      'Unclear which you mean: type 8.500 for eight thousand five hundred, or 8,5 for eight point five.',
    );
    expect(storeInput({ ...german, taxRate: '8,500' }, open, 'de-DE').taxRateBps).toBeNaN();
  });

  it('places the shared schema’s messages on fields and special dates', () => {
    const draft = draftFromStore(store, 'en-US');
    expect(validateStoreDraft({ ...draft, taxRate: 'lots' }, 'en-US').fields.taxRateBps).toBe(
      'Enter the tax rate as a number, e.g. 8.5.',
    );
    const doubled = validateStoreDraft(
      {
        ...draft,
        specialDates: [...draft.specialDates, { ...draft.specialDates[0]!, key: 'x' }],
      },
      'en-US',
    );
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
