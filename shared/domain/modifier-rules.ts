import type { ModifierGroup } from './menu';

type GroupRule = Pick<ModifierGroup, 'name' | 'required' | 'minChoices' | 'maxChoices'>;

/**
 * Whether `count` choices answer a group: a required group needs at least its
 * minimum (and at least one); an optional one may be left empty, and otherwise
 * takes between its minimum and maximum. The core's line builder and the
 * Orders screen judge with this one rule. `named` puts the group's name in.
 */
export function choiceProblem(group: GroupRule, count: number, named = false): string | null {
  if (count === 0 && !group.required) return null;
  const least = Math.max(group.minChoices, 1);
  const forGroup = named ? ` for “${group.name}”` : '';
  if (count < least) return least === 1 && !named ? 'Choose one.' : `Choose at least ${least}${forGroup}.`;
  if (count > group.maxChoices) return `Choose at most ${group.maxChoices}${forGroup}.`;
  return null;
}

/** The group's rule in a few words, as a server reads it: "Choose 1", "Optional, up to 4". */
export function choiceRule(group: GroupRule): string {
  const { required, minChoices: min, maxChoices: max } = group;
  if (required) return min === max ? `Choose ${min}` : `Choose ${min}–${max}`;
  if (min <= 1) return `Optional, up to ${max}`;
  return min === max ? `Optional: ${min} if any` : `Optional: ${min}–${max} if any`;
}
