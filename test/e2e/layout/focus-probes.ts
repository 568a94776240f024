import type { Locator } from '@playwright/test';

// The node tsconfig has no DOM types: the page function below names only what it touches.
interface Scope {
  contains(other: unknown): boolean;
  ownerDocument: { activeElement: unknown };
}

/**
 * Whether focus is on `scope` or inside it. `document.activeElement` rather than
 * `:focus`: inside a date-time field focus sits on one of its parts, which `:focus`
 * does not see.
 */
export function hasFocus(scope: Locator): Promise<boolean> {
  return scope.evaluate((element: Scope) => element.contains(element.ownerDocument.activeElement));
}
