import { useId } from 'react';
import './field.css';
import { FieldError } from './field-error';

interface TextAreaFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
  hint?: string;
  rows?: number;
  placeholder?: string;
  /** Takes focus when its dialog opens (see Dialog's `data-autofocus`). */
  autoFocus?: boolean;
}

/** The multi-line sibling of TextField: same label, hint and error wiring. */
export function TextAreaField(props: TextAreaFieldProps) {
  const { label, value, onChange, onBlur, error, hint, rows = 3, placeholder, autoFocus = false } = props;
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field field-full">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      <textarea
        id={id}
        className="input input-textarea"
        rows={rows}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        onBlur={onBlur}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        placeholder={placeholder}
        data-autofocus={autoFocus ? true : undefined}
      />
      <FieldError id={errorId} message={error} />
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
