import { useId, useState } from 'react';
import { FieldError } from '../components/field-error';
import { useStoreClock } from './use-store-clock';
import '../components/field.css';

interface StoreTimeInputProps {
  label: string;
  /** The datetime-local value (`2026-11-22T18:30`), read as store time; see `StoreClock.fromInput`. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
  /** The wrapper's and the label's classes, so the input fits a form (`field`) or a filter bar. */
  className?: string;
  labelClassName?: string;
  /** Takes the dialog's first focus. */
  autoFocus?: boolean;
}

/**
 * A date and time typed in store time. Where the PC's zone differs it says so
 * under the input, and on the nights the clocks change it says how a time that
 * never happens, or happens twice, is read.
 */
export function StoreTimeInput(props: StoreTimeInputProps) {
  const { label, value, onChange, onBlur, error, className = 'field', labelClassName = 'field-label' } = props;
  const clock = useStoreClock();
  const id = useId();
  // What was typed is kept while it means the same instant as `value`: a parent that
  // stores the instant hands back 03:30 for a typed 02:30 on the night the clocks go
  // forward, and the note explaining why would vanish with the typed text.
  const [typed, setTyped] = useState(value);
  const typedReading = clock.fromInput(typed);
  const valueReading = clock.fromInput(value);
  const same = typedReading.ok && valueReading.ok ? typedReading.instant === valueReading.instant : typed === value;
  const shown = same ? typed : value;
  const reading = same ? typedReading : valueReading;
  const note = reading.ok ? reading.note : null;
  const hint = note ?? (clock.showsZone ? `In ${clock.zoneLabel}` : null);
  const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={className}>
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      <input
        id={id}
        className="input"
        type="datetime-local"
        value={shown}
        onChange={(event) => {
          setTyped(event.target.value);
          onChange(event.target.value);
        }}
        onBlur={onBlur}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        data-autofocus={props.autoFocus ? true : undefined}
      />
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
