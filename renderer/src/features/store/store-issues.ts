import type { RangeErrors } from '../../forms/range-errors';

interface Issue {
  path: readonly PropertyKey[];
  message: string;
}

/**
 * Places special-date issues: `[specialDates, 2, date]` → `2.date`,
 * `[specialDates, 2, ranges, 0, end]` → range `2.0.end`, an overlap
 * `[specialDates, 2, ranges, 1]` → range `2.1.range`.
 */
export function specialDateErrors(issues: readonly Issue[]): {
  fields: Partial<Record<string, string>>;
  ranges: RangeErrors;
} {
  const fields: Partial<Record<string, string>> = {};
  const ranges: RangeErrors = {};
  for (const issue of issues) {
    const [root, index, field, range, part] = issue.path.map(String);
    if (root !== 'specialDates' || index === undefined) continue;
    if (field === 'ranges' && range !== undefined && /^\d+$/.test(range)) {
      ranges[`${index}.${range}.${part === 'start' || part === 'end' ? part : 'range'}`] ??= issue.message;
    } else if (field !== undefined) {
      fields[`${index}.${field}`] ??= issue.message;
    }
  }
  return { fields, ranges };
}
