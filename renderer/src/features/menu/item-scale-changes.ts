import type { MenuItem, MenuItemInput } from '../../../../shared/domain/menu';
import { scaleChange, type PriceScaleChange } from '../../forms/scale-change';

/**
 * The prices a save would change by a factor of ten or more (or to zero): the
 * item's, and those of options it already had. An option that had no surcharge
 * getting one is everyday work ("Large" +3.50), so "was free" is not asked about
 * for options.
 */
export function itemScaleChanges(item: MenuItem | null, input: MenuItemInput): PriceScaleChange[] {
  if (!item) return [];
  const changes: PriceScaleChange[] = [];
  const itemChange = scaleChange(item.price, input.price);
  if (itemChange)
    changes.push({ id: item.id, name: item.name, old: item.price, next: input.price, change: itemChange });
  const before = new Map(
    item.modifierGroups.flatMap((group) => group.options.map((option) => [option.id, { group, option }] as const)),
  );
  for (const group of input.modifierGroups) {
    for (const option of group.options) {
      const old = option.id ? before.get(option.id) : undefined;
      const change = old ? scaleChange(old.option.price, option.price) : null;
      if (old && change && change.kind !== 'from-zero') {
        changes.push({
          id: old.option.id,
          name: `${item.name} · ${old.group.name}: ${old.option.name}`,
          old: old.option.price,
          next: option.price,
          change,
        });
      }
    }
  }
  return changes;
}
