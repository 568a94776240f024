/**
 * Gives focus back to what had it before a dialog opened. When that is hidden now —
 * a link in the navigation a narrow window folded away while the dialog was up —
 * focus goes to the button that shows it again (the one whose `aria-controls`
 * names a container of it), not to nowhere, where a keyboard user would start
 * again from the top of the page.
 */
export function returnFocus(previous: HTMLElement | null): void {
  if (!previous?.isConnected) return;
  if (previous.checkVisibility()) {
    previous.focus();
    return;
  }
  for (let node = previous.parentElement; node; node = node.parentElement) {
    if (!node.id) continue;
    const toggle = document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(node.id)}"]`);
    if (toggle?.checkVisibility()) {
      toggle.focus();
      return;
    }
  }
  previous.focus();
}
