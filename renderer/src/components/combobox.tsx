import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { foldText, matchesEvery, searchWords } from '../forms/text-match';
import { FieldError } from './field-error';
import './combobox.css';
import './field.css';

/** One choice: its value, the words shown for it, and words it is also found by. */
export interface ComboboxOption {
  value: string;
  label: string;
  /** Shown at the end of the row, e.g. a zone's current offset. */
  detail?: string;
  /** Also matched while typing (a currency's symbol, a city's other spelling). */
  keywords?: string;
}

interface ComboboxProps {
  label: string;
  value: string;
  options: readonly ComboboxOption[];
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
  hint?: ReactNode;
  placeholder?: string;
}

/** Options whose value, label or keywords contain every word typed, in any order. */
export function matchOptions(options: readonly ComboboxOption[], typed: string): ComboboxOption[] {
  const words = searchWords(typed);
  if (words.length === 0) return [...options];
  return options.filter((option) => matchesEvery(`${option.value} ${option.label} ${option.keywords ?? ''}`, words));
}

/**
 * A searchable choice from a long list (WAI-ARIA APG "editable combobox with list
 * autocomplete"): typing filters the listbox; ↓/↑ move, Enter picks, Escape closes
 * the list (and, when it is closed, puts back the chosen value); Alt+↓ opens it.
 * The field only ever holds a value from the list: leaving it with text that names
 * no option puts the chosen one back.
 */
export function Combobox({ label, value, options, onChange, onBlur, error, hint, placeholder }: ComboboxProps) {
  const id = useId();
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const chosen = options.find((option) => option.value === value);
  const [text, setText] = useState(chosen?.label ?? value);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listRef = useRef<HTMLUListElement>(null);

  // The value changed from outside (a discard, a reload): show it.
  const [shownValue, setShownValue] = useState(value);
  if (value !== shownValue) {
    setShownValue(value);
    setText(chosen?.label ?? value);
  }

  const typedFilter = open && text !== (chosen?.label ?? value) ? text : '';
  const matches = useMemo(() => matchOptions(options, typedFilter), [options, typedFilter]);

  useEffect(() => {
    if (!open || active < 0) return;
    listRef.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [open, active]);

  const show = (at: number): void => {
    setOpen(true);
    setActive(at);
  };
  const commit = (option: ComboboxOption): void => {
    setText(option.label);
    setOpen(false);
    setActive(-1);
    if (option.value !== value) onChange(option.value);
  };
  const restore = (): void => {
    setText(chosen?.label ?? value);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    const last = matches.length - 1;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open)
          show(
            event.altKey
              ? -1
              : Math.max(
                  0,
                  matches.findIndex((o) => o.value === value),
                ),
          );
        else setActive(Math.min(active + 1, last));
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!open) show(last);
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
        if (open || text !== (chosen?.label ?? value)) {
          event.preventDefault();
          event.stopPropagation();
          if (open) setOpen(false);
          else restore();
        }
        break;
      default:
        break;
    }
  };

  const onLeave = (): void => {
    const exact = options.find(
      (option) => foldText(option.label) === foldText(text) || foldText(option.value) === foldText(text),
    );
    if (exact) commit(exact);
    else restore();
    onBlur?.();
  };

  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const activeOption = open ? matches[active] : undefined;
  return (
    <div className="field combobox">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <div className="field-control combobox-control">
        <input
          id={id}
          className="input"
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={listId}
          aria-activedescendant={activeOption ? `${listId}-${active}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          value={text}
          placeholder={placeholder}
          autoComplete="off"
          spellCheck={false}
          onChange={(event) => {
            setText(event.target.value);
            show(0);
          }}
          onKeyDown={onKeyDown}
          onBlur={onLeave}
          onClick={() =>
            open
              ? setOpen(false)
              : show(
                  Math.max(
                    0,
                    matches.findIndex((o) => o.value === value),
                  ),
                )
          }
        />
        <span className="combobox-caret" aria-hidden="true">
          ▾
        </span>
        <ul ref={listRef} id={listId} role="listbox" aria-label={label} className="combobox-list" hidden={!open}>
          {open && matches.length === 0 ? (
            <li className="combobox-empty" role="presentation">
              Nothing matches “{text}”.
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
      <FieldError id={errorId} message={error} />
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
