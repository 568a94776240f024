import { useEffect, useId, useRef, type ReactNode } from 'react';
import { isAtStop, tabStops } from './tab-stops';
import { returnFocus } from './return-focus';
import './dialog.css';

interface DialogProps {
  title: string;
  /** `alertdialog` for questions that interrupt (leave? delete?), `dialog` for forms. */
  role?: 'dialog' | 'alertdialog';
  description?: ReactNode;
  /** Escape or the close button; the caller decides whether that discards anything. */
  onClose: () => void;
  children?: ReactNode;
  footer: ReactNode;
  size?: 'small' | 'large';
}

/**
 * A modal on the native `<dialog>`: the browser makes the page behind it inert and
 * gives Escape and the top layer. Rendered only while open; the element marked
 * `data-autofocus` gets focus, and focus returns to where it was when the dialog
 * closes (or to what shows it again: see return-focus.ts). Tab wraps from the last control to the first and back: the browser would
 * let it leave the page (to its own toolbar, or nowhere in an Electron window).
 */
export function Dialog({
  title,
  role = 'dialog',
  description,
  onClose,
  children,
  footer,
  size = 'small',
}: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const onCancel = (event: Event): void => {
      // Keep the dialog mounted state in React's hands, not the browser's.
      event.preventDefault();
      onCloseRef.current();
    };
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Tab') return;
      const stops = tabStops(dialog);
      const first = stops[0];
      const last = stops.at(-1);
      if (!first || !last) return;
      const active = document.activeElement;
      if (!event.shiftKey && isAtStop(active, last)) {
        event.preventDefault();
        first.focus();
      } else if (event.shiftKey && (isAtStop(active, first) || active === dialog)) {
        event.preventDefault();
        last.focus();
      }
    };
    dialog.addEventListener('cancel', onCancel);
    dialog.addEventListener('keydown', onKeyDown);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      dialog.removeEventListener('keydown', onKeyDown);
      dialog.close();
      returnFocus(previous);
    };
  }, []);

  return (
    <dialog
      ref={ref}
      role={role}
      className={`dialog dialog-${size}`}
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
    >
      <div className="dialog-body">
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        {description ? (
          <div id={descriptionId} className="dialog-description">
            {description}
          </div>
        ) : null}
        {children}
      </div>
      <div className="dialog-footer">{footer}</div>
    </dialog>
  );
}
