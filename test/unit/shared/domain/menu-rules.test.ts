import { describe, expect, it } from 'vitest';
import {
  imageUrlSchema,
  menuItemInputSchema,
  modifierGroupInputSchema,
  setInStockInputSchema,
} from '../../../../shared/domain/menu';
import { choiceProblem, choiceRule } from '../../../../shared/domain/modifier-rules';

const issues = (result: { error?: { issues: { path: PropertyKey[]; message: string }[] } }): string[] =>
  result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

const option = (name: string, price = 0) => ({ name, price, inStock: true });
const sauces = {
  name: 'Sauces',
  required: false,
  minChoices: 0,
  maxChoices: 2,
  options: [option('Aioli'), option('Salsa verde', 50), option('Chili', 30)],
};

describe('modifier group rules (issue #13)', () => {
  it('accepts min ≤ max ≤ options, required or not', () => {
    expect(issues(modifierGroupInputSchema.safeParse(sauces))).toEqual([]);
    expect(
      issues(modifierGroupInputSchema.safeParse({ ...sauces, required: true, minChoices: 1, maxChoices: 3 })),
    ).toEqual([]);
  });

  it('refuses min > max, max > the number of options, and a required group with a minimum of 0', () => {
    expect(issues(modifierGroupInputSchema.safeParse({ ...sauces, minChoices: 3, maxChoices: 2 }))).toEqual([
      'maxChoices: Must be at least the minimum.',
    ]);
    expect(issues(modifierGroupInputSchema.safeParse({ ...sauces, maxChoices: 4 }))).toEqual([
      'maxChoices: Cannot allow more choices than there are options (3).',
    ]);
    expect(issues(modifierGroupInputSchema.safeParse({ ...sauces, required: true }))).toEqual([
      'minChoices: A required group needs at least 1 choice.',
    ]);
  });

  it('needs at least one option, each with a name and a price that is not negative', () => {
    expect(issues(modifierGroupInputSchema.safeParse({ ...sauces, maxChoices: 1, options: [] }))).toEqual([
      'options: Add at least one option.',
    ]);
    expect(
      issues(
        modifierGroupInputSchema.safeParse({ ...sauces, options: [option(' '), option('Chili', -1), option('X')] }),
      ),
    ).toEqual(['options.0.name: Enter a name.', 'options.1.price: A price cannot be negative.']);
  });

  it('judges an order line’s choices the same way the core does: optional groups may be left empty', () => {
    const twoIfAny = { ...sauces, minChoices: 2 };
    expect(choiceProblem(twoIfAny, 0)).toBeNull();
    expect(choiceProblem(twoIfAny, 1)).toBe('Choose at least 2.');
    expect(choiceProblem(twoIfAny, 3, true)).toBe('Choose at most 2 for “Sauces”.');
    const size = { ...sauces, name: 'Size', required: true, minChoices: 1, maxChoices: 1 };
    expect(choiceProblem(size, 0)).toBe('Choose one.');
    expect(choiceProblem(size, 0, true)).toBe('Choose at least 1 for “Size”.');
    expect(choiceProblem(size, 1)).toBeNull();
    expect([size, sauces, twoIfAny, { ...size, maxChoices: 3 }].map(choiceRule)).toEqual([
      'Choose 1',
      'Optional, up to 2',
      'Optional: 2 if any',
      'Choose 1–3',
    ]);
  });
});

describe('item pictures', () => {
  it.each(['https://images.example.com/margherita.jpg', 'https://cdn.example.com/a/b.png?w=400'])(
    'accepts %s',
    (url) => {
      expect(imageUrlSchema.safeParse(url).success).toBe(true);
    },
  );

  it.each([
    ['http://images.example.com/a.jpg', 'The picture address must start with https://.'],
    ['javascript:alert(1)', 'The picture address must start with https://.'],
    ['data:image/png;base64,AAAA', 'The picture address must start with https://.'],
    ['images.example.com/a.jpg', 'Enter a full address starting with https://.'],
    ['https://user:pw@images.example.com/a.jpg', 'Do not put a user name or password in the address.'],
    [`https://images.example.com/${'a'.repeat(2048)}`, 'Keep the address to 2048 characters or fewer.'],
  ])('refuses %s', (url, message) => {
    expect(issues(imageUrlSchema.safeParse(url))).toEqual([`: ${message}`]);
  });

  it('is optional on an item (null)', () => {
    const item = { categoryId: 'c', name: 'A', description: '', price: 1, inStock: true, modifierGroups: [] };
    expect(menuItemInputSchema.parse(item).imageUrl).toBeNull();
    expect(issues(menuItemInputSchema.safeParse({ ...item, imageUrl: 'http://x.example/a.png' }))).toEqual([
      'imageUrl: The picture address must start with https://.',
    ]);
  });
});

describe('86 until later', () => {
  it('takes a time only for items being 86’d', () => {
    expect(setInStockInputSchema.safeParse({ ids: ['a'], inStock: false, until: { kind: 'endOfDay' } }).success).toBe(
      true,
    );
    expect(issues(setInStockInputSchema.safeParse({ ids: ['a'], inStock: true, until: { kind: 'endOfDay' } }))).toEqual(
      ['until: Only an item being 86’d can come back at a time.'],
    );
    expect(
      issues(setInStockInputSchema.safeParse({ ids: ['a'], inStock: false, until: { kind: 'at', at: 'tomorrow' } })),
    ).toEqual(['until.at: Choose the date and time it comes back.']);
  });
});
