import type { MenuItemInput, ModifierGroup } from '../../../../shared/domain/menu';
import { formatDecimal, parseDecimal, type DecimalSpec } from '../../forms/locale-number';
import type { FieldErrors } from '../../forms/field-errors';

/** One option as typed: the price delta stays text until it parses. `key` is for React only. */
export interface OptionDraft {
  key: string;
  /** The saved option's id; none for an option added in this edit. */
  id?: string;
  name: string;
  price: string;
  inStock: boolean;
}

/** One modifier group as typed: the choice counts stay text until they parse. */
export interface GroupDraft {
  key: string;
  id?: string;
  name: string;
  required: boolean;
  minChoices: string;
  maxChoices: string;
  options: OptionDraft[];
}

let nextKey = 0;
function key(): string {
  nextKey += 1;
  return `m${nextKey}`;
}

export function groupDraftsOf(groups: readonly ModifierGroup[], money: DecimalSpec): GroupDraft[] {
  return groups.map((group) => ({
    key: key(),
    id: group.id,
    name: group.name,
    required: group.required,
    minChoices: String(group.minChoices),
    maxChoices: String(group.maxChoices),
    options: group.options.map((option) => ({
      key: key(),
      id: option.id,
      name: option.name,
      price: formatDecimal(option.price, money),
      inStock: option.inStock,
    })),
  }));
}

/** A new option: no price on top of the item's, in stock. */
export function newOptionDraft(money: DecimalSpec): OptionDraft {
  return { key: key(), name: '', price: formatDecimal(0, money), inStock: true };
}

/** A new group: optional, up to one choice, with one empty option to fill in. */
export function newGroupDraft(money: DecimalSpec): GroupDraft {
  return {
    key: key(),
    name: '',
    required: false,
    minChoices: '0',
    maxChoices: '1',
    options: [newOptionDraft(money)],
  };
}

const wholeNumber = /^\s*\d{1,3}\s*$/;

/**
 * The groups as `menu.items.save` takes them, with what could not be read yet
 * (a count that is not a whole number, a price the locale cannot read) set aside
 * in `unread` by field path, and a stand-in value in its place, so the shared
 * schema still judges everything else.
 */
export function groupsInputOf(
  drafts: readonly GroupDraft[],
  money: DecimalSpec,
): { groups: MenuItemInput['modifierGroups']; unread: FieldErrors } {
  const unread: FieldErrors = {};
  const count = (text: string, path: string, standIn: number): number => {
    if (wholeNumber.test(text)) return Number(text);
    unread[path] = 'Enter a whole number.';
    return standIn;
  };
  const groups = drafts.map((group, g) => {
    const at = `modifierGroups.${g}`;
    return {
      ...(group.id ? { id: group.id } : {}),
      name: group.name,
      required: group.required,
      minChoices: count(group.minChoices, `${at}.minChoices`, group.required ? 1 : 0),
      maxChoices: count(group.maxChoices, `${at}.maxChoices`, Math.max(1, group.options.length)),
      options: group.options.map((option, o) => {
        const price = parseDecimal(option.price, money);
        if (!price.ok) unread[`${at}.options.${o}.price`] = price.message;
        return {
          ...(option.id ? { id: option.id } : {}),
          name: option.name,
          price: price.ok ? price.scaled : 0,
          inStock: option.inStock,
        };
      }),
    };
  });
  return { groups, unread };
}

/** Every field path of the groups, longest first where one prefixes another, for placing errors. */
export function groupFieldPaths(drafts: readonly GroupDraft[]): string[] {
  return drafts.flatMap((group, g) => {
    const at = `modifierGroups.${g}`;
    return [
      `${at}.name`,
      `${at}.minChoices`,
      `${at}.maxChoices`,
      `${at}.options`,
      ...group.options.flatMap((_, o) => [`${at}.options.${o}.name`, `${at}.options.${o}.price`]),
    ];
  });
}
