import type { CheckLineModifier, LineInput } from '../../../../shared/domain/checks';
import { choiceProblem } from '../../../../shared/domain/modifier-rules';
import { HubFailure } from '../../api/hub-failure';
import { newId } from '../domain-deps';
import type { MenuReader } from '../menu/menu-reader';
import type { NewLine } from './check-repository';

/**
 * Turns "item + chosen options" into a line snapshot, refusing what a server
 * could not ring up: an item no longer on the menu, an 86'd item or option, an
 * option the item does not offer, a required group left unanswered, or too few /
 * too many choices in a group (an optional group may be left empty). `path` prefixes
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
    if (!found.option.inStock)
      throw HubFailure.invalidField(`${path}optionIds.${i}`, `${found.option.name} is 86'd (out of stock).`);
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
    const problem = choiceProblem(group, modifiers.filter((m) => m.groupId === group.id).length, true);
    if (problem) throw HubFailure.invalidField(`${path}optionIds`, problem);
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
