import { menuItemInputSchema, type MenuItem, type MenuItemInput } from '../../../../shared/domain/menu';
import { fieldErrorsFrom, type FieldErrors } from '../../forms/field-errors';
import { formatDecimal, parseDecimal, type DecimalSpec } from '../../forms/locale-number';

/**
 * The item editor's fields as typed; the price stays text until it parses, read with
 * `money` — the currency's decimals in the user's locale (forms/money.ts `priceSpec`).
 */
export interface ItemDraft {
  name: string;
  description: string;
  price: string;
  inStock: boolean;
}

export const itemFields = ['name', 'description', 'price', 'inStock'] as const;
export type ItemField = (typeof itemFields)[number];

export const itemFieldLabels: Record<ItemField, string> = {
  name: 'Name',
  description: 'Description',
  price: 'Price',
  inStock: 'In stock',
};

export function draftFromItem(item: MenuItem, money: DecimalSpec): ItemDraft {
  return {
    name: item.name,
    description: item.description,
    price: formatDecimal(item.price, money),
    inStock: item.inStock,
  };
}

/**
 * The input `menu.items.save` takes, or null while the price is not a number.
 * Modifier groups go back as they are: this editor does not change them.
 */
export function inputFromDraft(draft: ItemDraft, item: MenuItem, money: DecimalSpec): MenuItemInput | null {
  const price = parseDecimal(draft.price, money);
  if (!price.ok) return null;
  return {
    id: item.id,
    categoryId: item.categoryId,
    name: draft.name,
    description: draft.description,
    price: price.scaled,
    inStock: draft.inStock,
    modifierGroups: item.modifierGroups.map((group) => ({
      id: group.id,
      name: group.name,
      minChoices: group.minChoices,
      maxChoices: group.maxChoices,
      options: group.options.map((option) => ({ id: option.id, name: option.name, price: option.price })),
    })),
  };
}

/** The shared schema's rules (the core's), plus the price having to be a number at all. */
export function validateItemDraft(draft: ItemDraft, item: MenuItem, money: DecimalSpec): FieldErrors {
  const price = parseDecimal(draft.price, money);
  // A price that is not a number yet is judged by parseDecimal; the other fields still get the schema's verdict.
  const input = inputFromDraft(draft, item, money) ?? inputFromDraft({ ...draft, price: '0' }, item, money);
  const parsed = menuItemInputSchema.safeParse(input);
  const errors = parsed.success ? {} : fieldErrorsFrom(parsed.error.issues, itemFields);
  if (!price.ok) errors.price = price.message;
  return errors;
}

export function itemDraftIsDirty(draft: ItemDraft, item: MenuItem, money: DecimalSpec): boolean {
  const price = parseDecimal(draft.price, money);
  return (
    draft.name !== item.name ||
    draft.description !== item.description ||
    draft.inStock !== item.inStock ||
    !price.ok ||
    price.scaled !== item.price
  );
}
