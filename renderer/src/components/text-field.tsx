import type { ReactNode } from 'react';
import { FieldFrame } from './field-frame';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** Shown (and announced) only when the caller decides the field has been touched. */
  error?: string | undefined;
  hint?: ReactNode;
  /** Extra ids that name the field before its own label, e.g. the group heading. */
  labelPrefixId?: string;
  type?: 'text' | 'url' | 'password' | 'number';
  placeholder?: string;
  autoComplete?: string;
  inputMode?: 'text' | 'url' | 'numeric' | 'decimal';
  min?: number;
  max?: number;
  width?: 'full' | 'short';
  /** Controls rendered beside the input, e.g. "Clear value". */
  after?: ReactNode;
  spellCheck?: boolean;
  /** Takes focus when its dialog opens (see Dialog's `data-autofocus`). */
  autoFocus?: boolean;
}

/** A labelled input with its hint and inline error wired through `aria-describedby`. */
export function TextField(props: TextFieldProps) {
  const { label, value, onChange, onBlur, error, hint, labelPrefixId, type = 'text', width = 'full', after } = props;
  return (
    <FieldFrame label={label} error={error} hint={hint} width={width}>
      {({ id, labelId, describedBy, invalid }) => (
        <div className="field-control">
          <input
            id={id}
            className="input"
            type={type}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            onBlur={onBlur}
            aria-labelledby={labelPrefixId ? `${labelPrefixId} ${labelId}` : undefined}
            aria-invalid={invalid}
            aria-describedby={describedBy}
            placeholder={props.placeholder}
            autoComplete={props.autoComplete ?? 'off'}
            inputMode={props.inputMode}
            min={props.min}
            max={props.max}
            spellCheck={props.spellCheck ?? false}
            data-autofocus={props.autoFocus ? true : undefined}
          />
          {after}
        </div>
      )}
    </FieldFrame>
  );
}
