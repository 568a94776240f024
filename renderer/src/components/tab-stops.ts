const focusable =
  'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

const radioGroup = (element: Element): string | null =>
  element instanceof HTMLInputElement && element.type === 'radio' && element.name ? element.name : null;

/** The elements Tab can stop at inside `container`, in document order: enabled and shown. */
export function tabStops(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(focusable)).filter(
    (element) => element.tabIndex >= 0 && !element.matches(':disabled') && element.checkVisibility(),
  );
}

/**
 * Whether focus on `active` is at the stop `stop`. A radio group is one stop, and Tab
 * lands on any of its radios (the checked one, or with none checked the first going
 * forward and the last going back), so any radio of the group counts.
 */
export function isAtStop(active: Element | null, stop: HTMLElement): boolean {
  if (active === stop) return true;
  const group = active ? radioGroup(active) : null;
  return group !== null && group === radioGroup(stop);
}
