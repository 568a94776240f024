import { menuItemInputSchema, type MenuItem, type MenuItemInput } from '../../../../shared/domain/menu';
import type { DraftOfSaved } from '../../forms/draft-of-saved';
import { fieldErrorsFrom, type FieldErrors } from '../../forms/field-errors';
import { formatDecimal, parseDecimal, type DecimalSpec } from '../../forms/locale-number';
import { groupDraftsOf, groupFieldPaths, groupsInputOf, type GroupDraft } from './modifier-draft';

/**
 * The item editor's fields as typed; the price stays text until it parses, read with
 * `money` — the currency's decimals in the user's locale (forms/money.ts `priceSpec`).
 */
export interface ItemDraft {
  categoryId: string;
  name: string;
  description: string;
  price: string;
  inStock: boolean;
  /** The picture's address as typed; empty for none. */
  imageUrl: string;
  groups: GroupDraft[];
}

export const itemFields = ['categoryId', 'name', 'description', 'price', 'inStock', 'imageUrl'] as const;
export type ItemField = (typeof itemFields)[number];

export const itemFieldLabels: Record<ItemField, string> = {
  categoryId: 'Category',
  name: 'Name',
  description: 'Description',
  price: 'Price',
  inStock: 'In stock',
  imageUrl: 'Picture',
};

export function draftFromItem(item: MenuItem, money: DecimalSpec): ItemDraft {
  return {
    categoryId: item.categoryId,
    name: item.name,
    description: item.description,
    price: formatDecimal(item.price, money),
    inStock: item.inStock,
    imageUrl: item.imageUrl ?? '',
    groups: groupDraftsOf(item.modifierGroups, money),
  };
}

/** A blank item for "Add item" in a category: in stock, no price typed yet. */
export function newItemDraft(categoryId: string): ItemDraft {
  return { categoryId, name: '', description: '', price: '', inStock: true, imageUrl: '', groups: [] };
}

/** Every field the draft has, the modifier groups' included. */
export function draftFields(draft: ItemDraft): string[] {
  return [...itemFields, 'modifierGroups', ...groupFieldPaths(draft.groups)];
}

/** What `menu.items.save` takes, with stand-ins where something is not read yet (see `validateItemDraft`). */
function candidateOf(draft: ItemDraft, id: string | undefined, money: DecimalSpec) {
  const price = parseDecimal(draft.price, money);
  const { groups, unread } = groupsInputOf(draft.groups, money);
  if (!price.ok) unread.price = price.message;
  const imageUrl = draft.imageUrl.trim();
  const input: MenuItemInput = {
    ...(id ? { id } : {}),
    categoryId: draft.categoryId,
    name: draft.name,
    description: draft.description,
    price: price.ok ? price.scaled : 0,
    inStock: draft.inStock,
    imageUrl: imageUrl === '' ? null : imageUrl,
    modifierGroups: groups,
  };
  return { input, unread };
}

/** The input `menu.items.save` takes (no `id` creates the item), or null while a number is not a number. */
export function inputFromDraft(draft: ItemDraft, id: string | undefined, money: DecimalSpec): MenuItemInput | null {
  const { input, unread } = candidateOf(draft, id, money);
  return Object.keys(unread).length > 0 ? null : input;
}

/**
 * The shared schema's rules (the core's) by field — modifier rules such as "min ≤
 * max" and "required needs at least 1" included — plus every number having to be
 * a number at all.
 */
export function validateItemDraft(draft: ItemDraft, money: DecimalSpec): FieldErrors {
  const { input, unread } = candidateOf(draft, undefined, money);
  const parsed = menuItemInputSchema.safeParse(input);
  const errors = parsed.success ? {} : fieldErrorsFrom(parsed.error.issues, draftFields(draft));
  return { ...errors, ...unread };
}

/**
 * What "Fix before saving" names for the fields with errors, in the order the
 * editor shows them: "Price", "Modifiers (Size)".
 */
export function problemsOf(errors: FieldErrors, draft: ItemDraft): string[] {
  const placed = Object.keys(errors)
    .filter((field) => errors[field] !== undefined)
    .map((field) => {
      const at = /^modifierGroups\.(\d+)/.exec(field);
      if (!at) {
        const known = itemFields.indexOf(field as ItemField);
        return {
          rank: known < 0 ? itemFields.length : known,
          label: itemFieldLabels[field as ItemField] ?? 'Modifiers',
        };
      }
      const index = Number(at[1]);
      const label = `Modifiers (${draft.groups[index]?.name.trim() || `group ${index + 1}`})`;
      return { rank: itemFields.length + 1 + index, label };
    });
  return [...new Set(placed.sort((a, b) => a.rank - b.rank).map((problem) => problem.label))];
}

/** Whether saving would change anything compared with `baseline` (what was loaded or last saved). */
export function itemDraftIsDirty(draft: ItemDraft, baseline: ItemDraft, money: DecimalSpec): boolean {
  const now = inputFromDraft(draft, undefined, money);
  const then = inputFromDraft(baseline, undefined, money);
  if (!now || !then) return JSON.stringify(stripKeys(draft)) !== JSON.stringify(stripKeys(baseline));
  return JSON.stringify(now) !== JSON.stringify(then);
}

/**
 * The editor's draft against the item as loaded (itself a draft, `draftFromItem`),
 * for `useDraftOfSaved`: a reload of the same item keeps the modifier rows as they are.
 */
export function itemDraftOfSaved(money: DecimalSpec): DraftOfSaved<ItemDraft, ItemDraft> {
  return { toDraft: (saved) => saved, differs: (draft, saved) => itemDraftIsDirty(draft, saved, money) };
}

/** The draft without React keys, for comparing texts that do not parse yet. */
function stripKeys(draft: ItemDraft) {
  return {
    ...draft,
    groups: draft.groups.map(({ key: _k, ...group }) => ({
      ...group,
      options: group.options.map(({ key: _o, ...option }) => option),
    })),
  };
}
