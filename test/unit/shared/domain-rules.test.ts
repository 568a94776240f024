import { describe, expect, it } from 'vitest';
import { closedWeek, weeklyHoursSchema } from '../../../shared/domain/hours';
import { menuItemInputSchema, modifierGroupInputSchema, setPricesInputSchema } from '../../../shared/domain/menu';
import { totalsOf } from '../../../shared/domain/money';
import { specialDateSchema, storeStatusSchema } from '../../../shared/domain/store';

const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

const item = {
  categoryId: 'cat_pizza',
  name: 'Margherita',
  description: '',
  price: 1050,
  inStock: true,
  modifierGroups: [],
};

describe('menu item rules (shared with the forms)', () => {
  it.each([0, 1, 100_000_000])('accepts a price of %i minor units', (price) => {
    expect(menuItemInputSchema.safeParse({ ...item, price }).success).toBe(true);
  });

  it.each([
    [-1, 'price: A price cannot be negative.'],
    [100_000_001, 'price: A price can be at most 1,000,000.00.'],
    [10.5, 'price: Use whole cents (the price in minor units).'],
  ])('refuses a price of %s', (price, message) => {
    expect(issues(menuItemInputSchema.safeParse({ ...item, price }))).toEqual([message]);
  });

  it('requires names of 1–120 characters and descriptions of at most 2,000', () => {
    expect(issues(menuItemInputSchema.safeParse({ ...item, name: '   ' }))).toEqual(['name: Enter a name.']);
    expect(issues(menuItemInputSchema.safeParse({ ...item, name: 'x'.repeat(121) }))).toEqual([
      'name: Keep the name to 120 characters or fewer.',
    ]);
    expect(
      menuItemInputSchema.safeParse({ ...item, name: 'x'.repeat(120), description: 'd'.repeat(2000) }).success,
    ).toBe(true);
    expect(issues(menuItemInputSchema.safeParse({ ...item, description: 'd'.repeat(2001) }))).toEqual([
      'description: Keep the description to 2000 characters or fewer.',
    ]);
  });

  it('checks modifier group choice counts against the options', () => {
    const group = {
      name: 'Size',
      required: true,
      minChoices: 2,
      maxChoices: 1,
      options: [{ name: 'Large', price: 350 }],
    };
    expect(issues(modifierGroupInputSchema.safeParse(group))).toEqual(['maxChoices: Must be at least the minimum.']);
    expect(issues(modifierGroupInputSchema.safeParse({ ...group, maxChoices: 2 }))).toEqual([
      'maxChoices: Cannot allow more choices than there are options (1).',
    ]);
  });

  it('gives bulk price errors the index of the row', () => {
    expect(
      issues(
        setPricesInputSchema.safeParse({
          prices: [
            { id: 'a', price: 1 },
            { id: 'b', price: -5 },
          ],
        }),
      ),
    ).toEqual(['prices.1.price: A price cannot be negative.']);
  });
});

describe('hours rules', () => {
  const week = (days: Partial<ReturnType<typeof closedWeek>>) => ({ ...closedWeek(), ...days });

  it('accepts split shifts, touching ranges and overnight ranges (22:00–02:00)', () => {
    const hours = week({
      friday: [
        { start: '11:30', end: '14:30' },
        { start: '14:30', end: '17:00' },
        { start: '22:00', end: '02:00' },
      ],
      saturday: [{ start: '02:00', end: '04:00' }],
      sunday: [{ start: '18:00', end: '00:00' }],
    });
    expect(issues(weeklyHoursSchema.safeParse(hours))).toEqual([]);
  });

  it('refuses bad times, empty ranges and overlaps — including an overnight range running into the next day', () => {
    const hours = week({
      monday: [{ start: '9:00', end: '12:00' }],
      tuesday: [{ start: '10:00', end: '10:00' }],
      wednesday: [
        { start: '11:00', end: '15:00' },
        { start: '14:00', end: '18:00' },
      ],
      friday: [{ start: '22:00', end: '02:00' }],
      saturday: [{ start: '01:00', end: '03:00' }],
      sunday: [{ start: '23:00', end: '01:00' }],
    });
    expect(
      issues(weeklyHoursSchema.safeParse({ ...hours, monday: [...hours.monday, { start: '00:30', end: '02:00' }] })),
    ).toEqual([
      'monday.0.start: Use HH:MM, e.g. 09:30.',
      'tuesday.0.end: The range is empty: start and end are the same.',
      'wednesday.1: Overlaps 11:00–15:00 on Wednesday.',
      'saturday.0: Overlaps 22:00–02:00 on Friday.',
      'sunday.0: Overlaps 00:30–02:00 on Monday.',
    ]);
  });

  it('checks special dates: closed means no ranges, open needs one, ranges may not overlap', () => {
    const base = { date: '2026-12-31', note: '' };
    expect(
      issues(specialDateSchema.safeParse({ ...base, closed: true, ranges: [{ start: '10:00', end: '12:00' }] })),
    ).toEqual(['ranges: A closed day has no opening ranges.']);
    expect(issues(specialDateSchema.safeParse({ ...base, closed: false, ranges: [] }))).toEqual([
      'ranges: Add at least one range, or mark the day closed.',
    ]);
    expect(
      issues(
        specialDateSchema.safeParse({
          ...base,
          closed: false,
          ranges: [
            { start: '01:00', end: '02:00' },
            { start: '18:00', end: '03:00' },
            { start: '20:00', end: '22:00' },
          ],
        }),
      ),
    ).toEqual(['ranges.2: Overlaps 18:00–03:00.']);
    expect(issues(specialDateSchema.safeParse({ ...base, date: '2026-02-30', closed: true, ranges: [] }))).toEqual([
      'date: Use a date like 2026-12-24.',
    ]);
  });

  it('bounds the busy delay and needs an offset on the pause end', () => {
    expect(storeStatusSchema.safeParse({ state: 'busy', delayMinutes: 4 }).success).toBe(false);
    expect(storeStatusSchema.safeParse({ state: 'paused', until: '2026-11-20T20:30' }).success).toBe(false);
    expect(storeStatusSchema.safeParse({ state: 'paused', until: '2026-11-20T20:30:00+01:00' }).success).toBe(true);
  });
});

describe('totals', () => {
  it('adds tax on top, or finds it inside tax-inclusive prices, rounding half up in integer cents', () => {
    expect(totalsOf(1000, 850, false)).toEqual({ subtotal: 1000, tax: 85, total: 1085 });
    expect(totalsOf(1001, 850, false)).toEqual({ subtotal: 1001, tax: 85, total: 1086 });
    expect(totalsOf(3000, 1900, true)).toEqual({ subtotal: 3000, tax: 479, total: 3000 });
    expect(totalsOf(0, 1900, true)).toEqual({ subtotal: 0, tax: 0, total: 0 });
    // Beyond 2^53 in the intermediate product, still exact.
    expect(totalsOf(99 * 200 * 100_000_000, 1999, false).tax).toBe(395_802_000_000);
  });
});
