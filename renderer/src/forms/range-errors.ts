/** A zod issue or a server FieldIssue: where and what. */
interface AnyIssue {
  path: string | readonly PropertyKey[];
  message: string;
}

/** Messages keyed `<group>.<index>.<start|end|range>`: group is a weekday or a special date's index. */
export type RangeErrors = Partial<Record<string, string>>;

/**
 * Places time-range issues under `prefix` (e.g. `hours` for the store's week,
 * `''` for a menu's) on the range and field they are about: `[monday, 0, end]`
 * is the end field, `[monday, 0]` (an overlap) the range as a whole.
 */
export function rangeErrorsFrom(issues: readonly AnyIssue[], prefix: readonly string[]): RangeErrors {
  const errors: RangeErrors = {};
  for (const issue of issues) {
    const path = typeof issue.path === 'string' ? issue.path.split('.') : issue.path.map(String);
    if (!prefix.every((part, index) => path[index] === part)) continue;
    const [group, index, part] = path.slice(prefix.length);
    if (group === undefined || index === undefined || !/^\d+$/.test(index)) continue;
    const key = `${group}.${index}.${part === 'start' || part === 'end' ? part : 'range'}`;
    errors[key] ??= issue.message;
  }
  return errors;
}

/** Issues about a whole day (e.g. too many ranges), keyed by the group. */
export function groupErrorsFrom(issues: readonly AnyIssue[], prefix: readonly string[]): RangeErrors {
  const errors: RangeErrors = {};
  for (const issue of issues) {
    const path = typeof issue.path === 'string' ? issue.path.split('.') : issue.path.map(String);
    if (path.length !== prefix.length + 1 || !prefix.every((part, index) => path[index] === part)) continue;
    const group = path[prefix.length];
    if (group !== undefined) errors[group] ??= issue.message;
  }
  return errors;
}
