import type { CheckLineModifier, LineInput } from '../../../../shared/domain/checks';
import { HubFailure } from '../../api/hub-failure';
import { newId } from '../domain-deps';
import type { MenuReader } from '../menu/menu-reader';
import type { NewLine } from './check-repository';

/**
 * Turns "item + chosen options" into a line snapshot, refusing what a server
 * could not ring up: an item no longer on the menu, an 86'd item, an option the
 * item does not offer, or too few / too many choices in a group. `path` prefixes
 * the field paths so the form can show the error beside the right control.
 */
export function buildLine(menu: MenuReader, input: LineInput, path: string): NewLine {
  const item = menu.findItem(input.itemId);
  if (!item) throw HubFailure.invalidField(`${path}itemId`, 'This item is no longer on the menu.');
  if (!item.inStock) throw HubFailure.invalidField(`${path}itemId`, `${item.name} is 86'd (out of stock).`);

  const offered = new Map(
    item.modifierGroups.flatMap((group) => group.options.map((option) => [option.id, { group, option }])),
  );
  const modifiers: CheckLineModifier[] = [];
  const chosen = new Set<string>();
  input.optionIds.forEach((optionId, i) => {
    const found = offered.get(optionId);
    if (!found) throw HubFailure.invalidField(`${path}optionIds.${i}`, `This option is not offered with ${item.name}.`);
    if (chosen.has(optionId))
      throw HubFailure.invalidField(`${path}optionIds.${i}`, `${found.option.name} is chosen twice.`);
    chosen.add(optionId);
    modifiers.push({
      groupId: found.group.id,
      groupName: found.group.name,
      optionId,
      name: found.option.name,
      price: found.option.price,
    });
  });
  for (const group of item.modifierGroups) {
    const count = modifiers.filter((m) => m.groupId === group.id).length;
    if (count < group.minChoices) {
      throw HubFailure.invalidField(`${path}optionIds`, `Choose at least ${group.minChoices} for “${group.name}”.`);
    }
    if (count > group.maxChoices) {
      throw HubFailure.invalidField(`${path}optionIds`, `Choose at most ${group.maxChoices} for “${group.name}”.`);
    }
  }
  return {
    id: newId('ln'),
    itemId: item.id,
    name: item.name,
    unitPrice: item.price,
    quantity: input.quantity,
    modifiers,
    notes: input.notes,
  };
}
