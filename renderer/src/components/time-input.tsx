import './field.css';

interface TimeInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  invalid: boolean;
  describedBy: string | undefined;
}

/**
 * A 24-hour HH:MM text input. Text rather than `type="time"`: the native picker
 * shows AM/PM in some locales and cannot hold a half-typed value to validate.
 */
export function TimeInput({ label, value, onChange, onBlur, invalid, describedBy }: TimeInputProps) {
  return (
    <input
      className="input input-time"
      type="text"
      inputMode="numeric"
      placeholder="HH:MM"
      maxLength={5}
      aria-label={label}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      onBlur={onBlur}
      aria-invalid={invalid ? true : undefined}
      aria-describedby={describedBy}
      autoComplete="off"
      spellCheck={false}
    />
  );
}
