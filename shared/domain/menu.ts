import { z } from 'zod';
import { backInStockSchema } from './back-in-stock';
import { weeklyHoursSchema, type WeeklyHours } from './hours';
import { priceSchema } from './money';
import { maxUrlLength } from './http-rules';
import { nameSchema } from './store';

export const descriptionMaxLength = 2000;
export const maxBulkItems = 500;

/** Ids are opaque strings made by the core (`itm_…`, `mnu_…`). */
export const domainIdSchema = z.string().min(1).max(64);

export const descriptionSchema = z
  .string()
  .trim()
  .max(descriptionMaxLength, `Keep the description to ${descriptionMaxLength} characters or fewer.`);

/** One choice in a modifier group ("Extra cheese", +1.50). A missing id creates it. */
export const modifierOptionInputSchema = z.strictObject({
  id: domainIdSchema.optional(),
  name: nameSchema,
  /** Added to the item's price, minor units. */
  price: priceSchema,
  /** false = this choice is 86'd; the item itself stays on sale. */
  inStock: z.boolean().default(true),
});

export const maxChoicesLimit = 20;
export const maxOptionsPerGroup = 30;
export const maxGroupsPerItem = 10;

/**
 * A set of choices on an item ("Size": choose 1; "Toppings": up to 3). A required
 * group must be answered (at least `minChoices`, so at least 1); an optional one may
 * be left empty, and when it is not, takes between `minChoices` and `maxChoices`.
 */
export const modifierGroupInputSchema = z
  .strictObject({
    id: domainIdSchema.optional(),
    name: nameSchema,
    required: z.boolean(),
    minChoices: z
      .number({ error: 'Enter a whole number.' })
      .int('Use a whole number.')
      .min(0, 'At least 0.')
      .max(maxChoicesLimit, `At most ${maxChoicesLimit}.`),
    maxChoices: z
      .number({ error: 'Enter a whole number.' })
      .int('Use a whole number.')
      .min(1, 'At least 1.')
      .max(maxChoicesLimit, `At most ${maxChoicesLimit}.`),
    options: z
      .array(modifierOptionInputSchema)
      .min(1, 'Add at least one option.')
      .max(maxOptionsPerGroup, `At most ${maxOptionsPerGroup} options.`),
  })
  .superRefine((group, ctx) => {
    if (group.required && group.minChoices < 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['minChoices'],
        message: 'A required group needs at least 1 choice.',
      });
    }
    if (group.maxChoices < group.minChoices) {
      ctx.addIssue({ code: 'custom', path: ['maxChoices'], message: 'Must be at least the minimum.' });
    }
    if (group.options.length > 0 && group.maxChoices > group.options.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['maxChoices'],
        message: `Cannot allow more choices than there are options (${group.options.length}).`,
      });
    }
  });

/** A picture of the dish partners can show: https only (shops and apps refuse plain http). */
export const imageUrlSchema = z
  .string()
  .max(maxUrlLength, `Keep the address to ${maxUrlLength} characters or fewer.`)
  .superRefine((value, ctx) => {
    const problem = imageUrlProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** Why `raw` is not a usable picture address, or null. */
export function imageUrlProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'Enter a full address starting with https://.';
  }
  if (url.protocol !== 'https:') return 'The picture address must start with https://.';
  if (url.username !== '' || url.password !== '') return 'Do not put a user name or password in the address.';
  if (url.hostname === '') return 'The address has no host name.';
  if (/\s/.test(raw)) return 'The address may not contain spaces.';
  return null;
}

/** Input of `menu.items.save`: the whole item. Without `id` it creates a new item. */
export const menuItemInputSchema = z.strictObject({
  id: domainIdSchema.optional(),
  categoryId: domainIdSchema,
  name: nameSchema,
  description: descriptionSchema,
  price: priceSchema,
  inStock: z.boolean(),
  /** null = no picture. */
  imageUrl: imageUrlSchema.nullable().default(null),
  modifierGroups: z
    .array(modifierGroupInputSchema)
    .max(maxGroupsPerItem, `At most ${maxGroupsPerItem} modifier groups.`),
});

export type MenuItemInput = z.infer<typeof menuItemInputSchema>;

const uniqueIds = (ids: readonly string[]): boolean => new Set(ids).size === ids.length;

/**
 * Input of `menu.items.setInStock`: 86 (or un-86) many items at once. `until` 86s
 * them until a time (end of the store's day, the menu's next opening, or a chosen
 * time), when they come back in stock by themselves; without it they stay 86'd.
 */
export const setInStockInputSchema = z
  .strictObject({
    ids: z
      .array(domainIdSchema)
      .min(1, 'Choose at least one item.')
      .max(maxBulkItems, `At most ${maxBulkItems} items at once.`)
      .refine(uniqueIds, 'An item is listed twice.'),
    inStock: z.boolean(),
    until: backInStockSchema.optional(),
  })
  .refine((input) => !(input.inStock && input.until), {
    path: ['until'],
    message: 'Only an item being 86’d can come back at a time.',
  });

/** Input of `menu.items.setPrice`: new prices for many items at once (the screen computes them). */
export const setPricesInputSchema = z.strictObject({
  prices: z
    .array(z.strictObject({ id: domainIdSchema, price: priceSchema }))
    .min(1, 'Choose at least one item.')
    .max(maxBulkItems, `At most ${maxBulkItems} items at once.`)
    .refine((list) => uniqueIds(list.map((p) => p.id)), 'An item is listed twice.'),
});

/** Input of `menu.hours.save`. */
export const menuHoursInputSchema = z.strictObject({ menuId: domainIdSchema, hours: weeklyHoursSchema });

export interface ModifierOption {
  id: string;
  name: string;
  /** Added to the item's price, minor units. */
  price: number;
  /** false = this choice is 86'd. */
  inStock: boolean;
}

export interface ModifierGroup {
  id: string;
  name: string;
  /** Must be answered on every order line (with at least `minChoices`). */
  required: boolean;
  minChoices: number;
  maxChoices: number;
  options: ModifierOption[];
}

export interface MenuItem {
  id: string;
  menuId: string;
  categoryId: string;
  name: string;
  description: string;
  /** Minor units of the store's currency. */
  price: number;
  /** false = 86'd. */
  inStock: boolean;
  /** When an item 86'd "until later" comes back in stock by itself; null otherwise. */
  backInStockAt: string | null;
  /** An https picture of the dish, or null. */
  imageUrl: string | null;
  modifierGroups: ModifierGroup[];
  updatedAt: string;
}

export interface MenuCategory {
  id: string;
  name: string;
  items: MenuItem[];
}

/** A whole menu: its categories and items in display order, and its hours. */
export interface Menu {
  id: string;
  name: string;
  description: string;
  /** The store's currency, which every price is in. */
  currency: string;
  /** The store's IANA time zone, which the hours and every "back at" time are in. */
  timezone: string;
  hours: WeeklyHours;
  categories: MenuCategory[];
  updatedAt: string;
}

/** One row of `menus.list`. */
export interface MenuSummary {
  id: string;
  name: string;
  categoryCount: number;
  itemCount: number;
  /** Items currently 86'd. */
  outOfStockCount: number;
  hours: WeeklyHours;
  updatedAt: string;
}
