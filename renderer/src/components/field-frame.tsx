import { useId, type ReactNode } from 'react';
import { FieldError } from './field-error';
import './field.css';

/** What a field's control needs from its frame: its id, its label's id, and its wiring to the error and hint. */
export interface FieldControl {
  id: string;
  labelId: string;
  /** The error's id, then the hint's, for `aria-describedby`; undefined when there are neither. */
  describedBy: string | undefined;
  /** For `aria-invalid`: true while an error is shown. */
  invalid: true | undefined;
}

interface FieldFrameProps {
  label: string;
  /** Shown (and announced) only when the caller decides the field has been touched. */
  error?: string | undefined;
  hint?: ReactNode;
  width?: 'full' | 'short';
  /** Another class for the frame, e.g. the combobox's. */
  className?: string;
  /** The control itself, given the ids and states to wire in. */
  children: (control: FieldControl) => ReactNode;
}

/**
 * The one frame of every labelled field: its label, the control, the inline error
 * and the hint, with the ids that tie them together for a screen reader.
 */
export function FieldFrame({ label, error, hint, width, className, children }: FieldFrameProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ') || undefined;
  const classes = ['field', width ? `field-${width}` : null, className ?? null].filter(Boolean).join(' ');
  return (
    <div className={classes}>
      <label id={`${id}-label`} htmlFor={id} className="field-label">
        {label}
      </label>
      {children({ id, labelId: `${id}-label`, describedBy, invalid: error ? true : undefined })}
      <FieldError id={errorId} message={error} />
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
