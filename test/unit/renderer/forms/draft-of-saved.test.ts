import { describe, expect, it } from 'vitest';
import { draftFromItem, itemDraftOfSaved } from '../../../../renderer/src/features/menu/item-draft';
import { storeDraftOfSaved } from '../../../../renderer/src/features/store/store-draft';
import { draftAfterReload } from '../../../../renderer/src/forms/draft-of-saved';
import { priceSpec } from '../../../../renderer/src/forms/money';
import { weekDraftFrom, weekDraftOfSaved } from '../../../../renderer/src/forms/week-draft';
import { menuItem } from '../menu-item';
import { storeView } from '../store-view';

/** A copy with nothing shared: what a reload of the same data gives the store. */
const reloaded = <T>(value: T): T => structuredClone(value);

const hours = storeView().hours;

/**
 * #13: a form's draft when the value it was made from is reloaded. Once, under load, a
 * Menu Hours edit was lost: a reload of the same hours (the Store page's own changes
 * arriving late) rebuilt the draft with new row keys, so React re-created every time
 * input; the one being typed into lost focus, and what was typed after went nowhere.
 */
describe('a draft when what it was made from is reloaded', () => {
  it('stays the same object when the reload reads the same: no row gets a new key, no input is re-created', () => {
    const draft = weekDraftFrom(hours);
    expect(draftAfterReload(draft, hours, reloaded(hours), weekDraftOfSaved)).toBe(draft);
  });

  it('keeps pending edits whatever the reload brings', () => {
    const edited = weekDraftFrom(hours);
    edited.friday = edited.friday.map((range) => ({ ...range, start: '14:00' }));
    expect(draftAfterReload(edited, hours, reloaded(hours), weekDraftOfSaved)).toBe(edited);
    const elsewhere = { ...hours, monday: [{ start: '09:00', end: '12:00' }] };
    expect(draftAfterReload(edited, hours, elsewhere, weekDraftOfSaved)).toBe(edited);
  });

  it('takes a new value saved elsewhere when nothing is pending', () => {
    const draft = weekDraftFrom(hours);
    const elsewhere = { ...hours, monday: [{ start: '09:00', end: '12:00' }] };
    const next = draftAfterReload(draft, hours, elsewhere, weekDraftOfSaved);
    expect(weekDraftOfSaved.differs(next, elsewhere)).toBe(false);
  });

  it('works the same for the Store form: a one-click pause keeps the hours rows and a typed name', () => {
    const of = storeDraftOfSaved('de-DE');
    const view = storeView();
    const draft = of.toDraft(view);
    const paused = { ...reloaded(view), status: { state: 'paused' as const, until: '2026-05-01T12:00:00+02:00' } };
    expect(draftAfterReload(draft, view, paused, of)).toBe(draft);
    const typed = { ...draft, name: 'Aurora' };
    expect(draftAfterReload(typed, view, paused, of)).toBe(typed);
  });

  it('works the same for the item editor: a reload of the item keeps its modifier rows', () => {
    const money = priceSpec('EUR', 'en-US');
    const of = itemDraftOfSaved(money);
    const item = menuItem({
      modifierGroups: [
        {
          id: 'grp_1',
          name: 'Size',
          required: true,
          minChoices: 1,
          maxChoices: 1,
          options: [{ id: 'opt_1', name: 'Large', price: 300, inStock: true }],
        },
      ],
    });
    const loaded = draftFromItem(item, money);
    const draft = of.toDraft(loaded);
    const again = draftFromItem(reloaded(item), money);
    expect(again.groups[0]?.key).not.toBe(draft.groups[0]?.key);
    expect(draftAfterReload(draft, loaded, again, of)).toBe(draft);
    const out = draftFromItem({ ...item, inStock: false }, money);
    expect(draftAfterReload(draft, loaded, out, of).inStock).toBe(false);
  });
});
