import { z } from 'zod';
import { weeklyHoursSchema, type WeeklyHours } from './hours';
import { priceSchema } from './money';
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
  price: priceSchema,
});

/**
 * A set of choices on an item ("Size": choose 1; "Toppings": up to 3).
 * `minChoices` 0 makes it optional.
 */
export const modifierGroupInputSchema = z
  .strictObject({
    id: domainIdSchema.optional(),
    name: nameSchema,
    minChoices: z.number().int('Use a whole number.').min(0, 'At least 0.').max(20, 'At most 20.'),
    maxChoices: z.number().int('Use a whole number.').min(1, 'At least 1.').max(20, 'At most 20.'),
    options: z.array(modifierOptionInputSchema).min(1, 'Add at least one option.').max(30, 'At most 30 options.'),
  })
  .superRefine((group, ctx) => {
    if (group.maxChoices < group.minChoices) {
      ctx.addIssue({ code: 'custom', path: ['maxChoices'], message: 'Must be at least the minimum.' });
    }
    if (group.minChoices > group.options.length) {
      ctx.addIssue({
        code: 'custom',
        path: ['minChoices'],
        message: 'Cannot require more choices than there are options.',
      });
    }
  });

/** Input of `menu.items.save`: the whole item. Without `id` it creates a new item. */
export const menuItemInputSchema = z.strictObject({
  id: domainIdSchema.optional(),
  categoryId: domainIdSchema,
  name: nameSchema,
  description: descriptionSchema,
  price: priceSchema,
  inStock: z.boolean(),
  modifierGroups: z.array(modifierGroupInputSchema).max(10, 'At most 10 modifier groups.'),
});

export type MenuItemInput = z.infer<typeof menuItemInputSchema>;

const uniqueIds = (ids: readonly string[]): boolean => new Set(ids).size === ids.length;

/** Input of `menu.items.setInStock`: 86 (or un-86) many items at once. */
export const setInStockInputSchema = z.strictObject({
  ids: z
    .array(domainIdSchema)
    .min(1, 'Choose at least one item.')
    .max(maxBulkItems, `At most ${maxBulkItems} items at once.`)
    .refine(uniqueIds, 'An item is listed twice.'),
  inStock: z.boolean(),
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
}

export interface ModifierGroup {
  id: string;
  name: string;
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
