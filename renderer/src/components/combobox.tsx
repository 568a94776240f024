import { useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { exactOption, matchOptions, type ComboboxOption } from './combobox-options';
import { FieldFrame } from './field-frame';
import { listPlacement, type ListPlacement } from './list-placement';
import './combobox.css';

interface ComboboxProps {
  label: string;
  value: string;
  options: readonly ComboboxOption[];
  /** A choice made; the caller may ask first, and the field shows `value` until it changes. */
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
  hint?: ReactNode;
  placeholder?: string;
}

/**
 * A searchable choice from a long list (WAI-ARIA APG "editable combobox with list
 * autocomplete"): typing filters the listbox; ↓/↑ move, Enter picks,
 * Escape closes the list (and, when it is closed, puts back the chosen value);
 * Alt+↓ opens it, Alt+↑ closes it. The field only ever shows a value from the
 * list: leaving it with text that names no option puts the chosen one back, and a
 * choice the caller has not taken yet (a question pending) shows the value it has.
 */
export function Combobox({ label, value, options, onChange, onBlur, error, hint, placeholder }: ComboboxProps) {
  const chosenLabel = options.find((option) => option.value === value)?.label ?? value;
  /** What is being typed; null while the field shows the chosen value. */
  const [typed, setTyped] = useState<string | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [placement, setPlacement] = useState<ListPlacement>({ upward: false, maxHeight: 280 });
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);

  const filter = open && typed !== null && typed !== chosenLabel ? typed : '';
  const matches = useMemo(() => matchOptions(options, filter), [options, filter]);
  const chosenIndex = Math.max(
    0,
    matches.findIndex((option) => option.value === value),
  );

  useEffect(() => {
    if (!open || active < 0) return;
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [open, active]);

  // Measured before it is painted, as the matches change what the list needs.
  useLayoutEffect(() => {
    if (!open || !inputRef.current || !listRef.current) return;
    const next = listPlacement(inputRef.current, listRef.current.scrollHeight);
    setPlacement((now) => (now.upward === next.upward && now.maxHeight === next.maxHeight ? now : next));
  }, [open, matches]);

  const show = (at: number): void => {
    setOpen(true);
    setActive(at);
  };
  const close = (): void => {
    setOpen(false);
    setActive(-1);
  };
  const commit = (option: ComboboxOption): void => {
    setTyped(null);
    close();
    if (option.value !== value) onChange(option.value);
  };
  const restore = (): void => {
    setTyped(null);
    close();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const last = matches.length - 1;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open) show(event.altKey ? -1 : chosenIndex);
        else setActive(Math.min(active + 1, last));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (open && event.altKey) close();
        else if (!open) show(last);
        else setActive(Math.max(active - 1, 0));
        break;
      case 'Enter': {
        const option = open ? matches[active] : undefined;
        if (option) {
          event.preventDefault();
          commit(option);
        }
        break;
      }
      case 'Escape':
        if (open || typed !== null) {
          // The list or the typing is undone first; a dialog around the field stays open.
          event.preventDefault();
          event.stopPropagation();
          if (open) close();
          else restore();
        }
        break;
      default:
        break;
    }
  };

  const onLeave = (): void => {
    const exact = typed === null ? undefined : exactOption(options, typed);
    if (exact) commit(exact);
    else restore();
    onBlur?.();
  };

  const activeOption = open ? matches[active] : undefined;
  return (
    <FieldFrame label={label} error={error} hint={hint} className="combobox">
      {({ id, describedBy, invalid }) => {
        const listId = `${id}-list`;
        return (
          <div className="field-control combobox-control">
            <input
              ref={inputRef}
              id={id}
              className="input"
              role="combobox"
              aria-autocomplete="list"
              aria-expanded={open}
              aria-controls={listId}
              aria-activedescendant={activeOption ? `${listId}-${active}` : undefined}
              aria-invalid={invalid}
              aria-describedby={describedBy}
              value={typed ?? chosenLabel}
              placeholder={placeholder}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => {
                setTyped(event.target.value);
                show(0);
              }}
              onKeyDown={onKeyDown}
              // Typing replaces the chosen value rather than adding to it, however the field was reached.
              onFocus={(event) => event.currentTarget.select()}
              onBlur={onLeave}
              onClick={() => (open ? close() : show(chosenIndex))}
            />
            <span className="combobox-caret" aria-hidden="true">
              ▾
            </span>
            <ul
              ref={listRef}
              id={listId}
              role="listbox"
              aria-label={label}
              className={`combobox-list${placement.upward ? ' combobox-list-up' : ''}`}
              style={{ maxHeight: placement.maxHeight }}
              hidden={!open}
            >
              {open && matches.length === 0 ? (
                <li className="combobox-empty" role="presentation">
                  Nothing matches “{typed}”.
                </li>
              ) : null}
              {open
                ? matches.map((option, index) => (
                    <li
                      key={option.value}
                      id={`${listId}-${index}`}
                      data-index={index}
                      role="option"
                      aria-selected={index === active}
                      className={`combobox-option${option.value === value ? ' combobox-chosen' : ''}`}
                      // Keeps focus (and the typed text) in the input while the pointer picks.
                      onMouseDown={(event) => event.preventDefault()}
                      onClick={() => commit(option)}
                    >
                      <span>{option.label}</span>
                      {option.detail ? <span className="combobox-detail">{option.detail}</span> : null}
                    </li>
                  ))
                : null}
            </ul>
          </div>
        );
      }}
    </FieldFrame>
  );
}
