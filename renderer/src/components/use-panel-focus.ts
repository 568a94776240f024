import { useEffect, useRef, type RefObject } from 'react';

/**
 * For a side panel that is mounted while it is open (the delivery detail, the item
 * editor): focus moves into it when it opens, so a keyboard or screen-reader user
 * lands where the content appeared, and back to what had focus before when it
 * closes (#9). Not back if the operator already moved on (clicked another item in
 * the list): only when focus was inside the panel, and so lost with it. `fallback`
 * is where focus goes when what had it before is gone.
 */
export function usePanelFocus<T extends HTMLElement>(fallback?: () => HTMLElement | null): RefObject<T | null> {
  const ref = useRef<T>(null);
  const fallbackRef = useRef(fallback);
  useEffect(() => {
    fallbackRef.current = fallback;
  });

  useEffect(() => {
    const panel = ref.current;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    // The panel sits beside the list on a wide screen: no jump of the page to "show" it.
    panel?.focus({ preventScroll: true });
    return () => {
      const active = document.activeElement;
      const focusWasInside = active === null || active === document.body || (panel?.contains(active) ?? false);
      if (!focusWasInside) return;
      const target = previous?.isConnected && previous !== document.body ? previous : fallbackRef.current?.();
      target?.focus({ preventScroll: true });
    };
  }, []);

  return ref;
}
