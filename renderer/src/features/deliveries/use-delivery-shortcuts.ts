import { useEffect, useRef } from 'react';

interface ShortcutHandlers {
  next: () => void;
  previous: () => void;
  resend: () => void;
  search: () => void;
  help: () => void;
  escape: () => void;
}

/** Single-key shortcuts, ignored while typing in a field or while a dialog is open. */
export function useDeliveryShortcuts(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target;
      if (target instanceof HTMLElement && target.closest('input, select, textarea, dialog, [contenteditable="true"]'))
        return;
      const map: Record<string, (() => void) | undefined> = {
        j: latest.current.next,
        k: latest.current.previous,
        r: latest.current.resend,
        '/': latest.current.search,
        '?': latest.current.help,
        Escape: latest.current.escape,
      };
      const run = map[event.key];
      if (!run) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
