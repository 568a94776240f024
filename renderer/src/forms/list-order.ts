/**
 * Reordering lists the way the screens offer it: one place up or down (buttons,
 * keyboard) or dropped onto another entry (drag). Pure, so the order sent to the
 * core is tested apart from the pointer.
 */

/** The list with the entry at `index` moved `delta` places; unchanged at either end. */
export function shifted<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const to = index + delta;
  if (index < 0 || index >= list.length || to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [moved] = next.splice(index, 1);
  next.splice(to, 0, moved as T);
  return next;
}

/** The ids with `moved` put where `target` was (before it when moving up, after it when moving down). */
export function droppedOn(ids: readonly string[], moved: string, target: string): string[] {
  const from = ids.indexOf(moved);
  const to = ids.indexOf(target);
  if (from < 0 || to < 0 || from === to) return [...ids];
  const next = ids.filter((id) => id !== moved);
  next.splice(to, 0, moved);
  return next;
}

/** The list without the entry at `index`. */
export function removedAt<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** The list with the entry at `index` replaced. */
export function replacedAt<T>(list: readonly T[], index: number, entry: T): T[] {
  return list.map((existing, i) => (i === index ? entry : existing));
}
