import type { FieldIssue } from '../../../shared/contract';

/** Field key → the first message about it. Keys are the form's own dotted names. */
export type FieldErrors = Partial<Record<string, string>>;

/** A zod issue or a server `FieldIssue`: both say where and what. */
interface AnyIssue {
  path: string | readonly PropertyKey[];
  message: string;
}

/**
 * Maps issues to the form's fields by path. An issue belongs to the longest
 * field key that prefixes its path, so `requestHeader.value.value` (the `set`
 * branch of a secret change) lands on the `requestHeader.value` field.
 */
export function fieldErrorsFrom(issues: readonly AnyIssue[], fields: readonly string[]): FieldErrors {
  const byLength = [...fields].sort((a, b) => b.length - a.length);
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = typeof issue.path === 'string' ? issue.path : issue.path.map(String).join('.');
    const field = byLength.find((key) => path === key || path.startsWith(`${key}.`));
    if (field && errors[field] === undefined) errors[field] = issue.message;
  }
  return errors;
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.values(errors).some((message) => message !== undefined);
}

/** Server issues the form cannot place on a field, to show above the Save button. */
export function unplacedIssues(issues: readonly FieldIssue[], fields: readonly string[]): FieldIssue[] {
  return issues.filter((issue) => !fields.some((key) => issue.path === key || issue.path.startsWith(`${key}.`)));
}
