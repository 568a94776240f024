import { FieldFrame } from './field-frame';

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
  return (
    <FieldFrame label={label} error={error} hint={hint} width="full">
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          className="input input-textarea"
          rows={rows}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
          aria-invalid={invalid}
          aria-describedby={describedBy}
          placeholder={placeholder}
          data-autofocus={autoFocus ? true : undefined}
        />
      )}
    </FieldFrame>
  );
}
