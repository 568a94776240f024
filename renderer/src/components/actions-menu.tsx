import { useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import './actions-menu.css';

/** One entry of an actions menu. */
export interface MenuAction {
  label: string;
  onSelect: () => void;
  /** Smaller words after the label, e.g. the time "86 until end of day" means. */
  detail?: string;
  disabled?: boolean;
  danger?: boolean;
}

interface ActionsMenuProps {
  /** The button's accessible name: "More actions for Pizza". */
  label: string;
  /** What the button shows; the label when omitted. */
  children?: ReactNode;
  /** `null` draws a line between groups of actions. */
  actions: readonly (MenuAction | null)[];
  disabled?: boolean;
  className?: string;
  /** Which edge of the button the menu lines up with. */
  align?: 'start' | 'end';
}

/**
 * A menu button (WAI-ARIA APG "menu button"): Enter, Space or ↓ opens it on the
 * first action, ↑ on the last; ↑/↓, Home and End move; Escape closes it and
 * focus returns to the button; Tab or a click elsewhere closes it. An action
 * runs after focus is back on the button, so a dialog it opens returns there.
 */
export function ActionsMenu({ label, children, actions, disabled, className, align = 'end' }: ActionsMenuProps) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLDivElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const menuId = useId();
  const enabled = actions.flatMap((action, index) => (action && !action.disabled ? [index] : []));

  useEffect(() => {
    if (!open) return;
    menuRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.focus();
  }, [open, active]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent): void => {
      if (!wrapperRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const openAt = (index: number | undefined): void => {
    if (index === undefined) return;
    setActive(index);
    setOpen(true);
  };
  const close = (): void => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  const choose = (action: MenuAction): void => {
    close();
    action.onSelect();
  };

  const onButtonKey = (event: KeyboardEvent): void => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowDown' ? enabled[0] : enabled.at(-1));
    }
  };
  const onMenuKey = (event: KeyboardEvent): void => {
    const at = enabled.indexOf(active);
    const moves: Record<string, number | undefined> = {
      ArrowDown: enabled[(at + 1) % enabled.length],
      ArrowUp: enabled[(at - 1 + enabled.length) % enabled.length],
      Home: enabled[0],
      End: enabled.at(-1),
    };
    if (event.key in moves) {
      event.preventDefault();
      const next = moves[event.key];
      if (next !== undefined) setActive(next);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation(); // an open dialog behind must not close too
      close();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  };

  return (
    <div className={`actions-menu${className ? ` ${className}` : ''}`} ref={wrapperRef}>
      <button
        ref={buttonRef}
        type="button"
        className="button actions-menu-button"
        aria-label={children ? label : undefined}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled}
        onClick={() => (open ? setOpen(false) : openAt(enabled[0]))}
        onKeyDown={onButtonKey}
      >
        {children ?? label}
      </button>
      {open ? (
        <div
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={label}
          className={`actions-menu-list actions-menu-${align}`}
          onKeyDown={onMenuKey}
        >
          {actions.map((action, index) =>
            action ? (
              <button
                key={action.label}
                type="button"
                role="menuitem"
                tabIndex={index === active ? 0 : -1}
                data-index={index}
                className={`actions-menu-item${action.danger ? ' actions-menu-danger' : ''}`}
                aria-disabled={action.disabled || undefined}
                onClick={() => {
                  if (!action.disabled) choose(action);
                }}
              >
                <span>{action.label}</span>
                {action.detail ? <span className="actions-menu-detail">{action.detail}</span> : null}
              </button>
            ) : (
              <div key={`separator-${index}`} role="separator" className="actions-menu-separator" />
            ),
          )}
        </div>
      ) : null}
    </div>
  );
}
