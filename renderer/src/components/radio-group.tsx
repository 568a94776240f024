import { useId, type ReactNode } from 'react';
import './radio-group.css';
import { FieldError } from './field-error';

interface RadioOption<V extends string> {
  value: V;
  label: string;
  /** Shown under the label, e.g. what "Busy" does. */
  hint?: string;
  /** Extra controls that belong to this choice (a delay field beside "Busy"). */
  extra?: ReactNode;
}

interface RadioGroupProps<V extends string> {
  legend: string;
  options: readonly RadioOption<V>[];
  value: V | null;
  onChange: (value: V) => void;
  error?: string | undefined;
  layout?: 'column' | 'row';
  /** Locks the choice while what it configures is running. */
  disabled?: boolean;
}

/** Native radios in a fieldset, so the choice is announced with its question. */
export function RadioGroup<V extends string>({
  legend,
  options,
  value,
  onChange,
  error,
  layout = 'column',
  disabled = false,
}: RadioGroupProps<V>) {
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset
      className={`radio-group radio-group-${layout}`}
      disabled={disabled}
      aria-describedby={error ? errorId : undefined}
    >
      <legend className="field-label">{legend}</legend>
      {options.map((option) => (
        <div key={option.value} className={`radio-option${value === option.value ? ' radio-option-checked' : ''}`}>
          <label className="radio-option-label">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
              aria-invalid={error ? true : undefined}
            />
            <span>
              <span className="radio-option-text">{option.label}</span>
              {option.hint ? <span className="radio-option-hint">{option.hint}</span> : null}
            </span>
          </label>
          {option.extra && value === option.value ? <div className="radio-option-extra">{option.extra}</div> : null}
        </div>
      ))}
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
