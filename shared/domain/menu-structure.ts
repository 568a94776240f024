import { z } from 'zod';
import { descriptionSchema, domainIdSchema } from './menu';
import { nameSchema } from './store';

/** Enough for any real restaurant's list, few enough to reorder in one request. */
export const maxReorderIds = 200;

const orderSchema = z
  .array(domainIdSchema)
  .min(1, 'List at least one.')
  .max(maxReorderIds, `At most ${maxReorderIds} at once.`)
  .refine((ids) => new Set(ids).size === ids.length, 'One is listed twice.');

/** Input of `menus.save`: without `id` it creates a menu (with the store's weekly hours). */
export const menuSaveInputSchema = z.strictObject({
  id: domainIdSchema.optional(),
  name: nameSchema,
  description: descriptionSchema,
});

/** Input of `menus.reorder`: every menu's id in the new order. */
export const menusReorderInputSchema = z.strictObject({ ids: orderSchema });

/** Input of `menus.delete`: refused while the menu holds items. */
export const menuDeleteInputSchema = z.strictObject({ id: domainIdSchema });

/** Input of `menu.categories.save`: without `id` it adds a category at the end of the menu. */
export const categorySaveInputSchema = z.strictObject({
  id: domainIdSchema.optional(),
  menuId: domainIdSchema,
  name: nameSchema,
});

/** Input of `menu.categories.reorder`: every category of one menu, in the new order. */
export const categoriesReorderInputSchema = z.strictObject({ menuId: domainIdSchema, ids: orderSchema });

/**
 * Input of `menu.categories.delete`. A category that still holds items is refused
 * unless `moveItemsTo` names another category (of any menu) to move them to first.
 */
export const categoryDeleteInputSchema = z.strictObject({
  id: domainIdSchema,
  moveItemsTo: domainIdSchema.optional(),
});

export type MenuSaveInput = z.infer<typeof menuSaveInputSchema>;
export type CategorySaveInput = z.infer<typeof categorySaveInputSchema>;
export type CategoryDeleteInput = z.infer<typeof categoryDeleteInputSchema>;
