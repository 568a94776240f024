import type { ReactNode } from 'react';
import { formatDecimal, parseDecimal, type DecimalSpec } from '../forms/locale-number';
import { TextField } from './text-field';

export interface DecimalFieldProps {
  label: string;
  /** How the number is typed and shown: the locale, the decimals kept, the words for messages. */
  spec: DecimalSpec;
  /** The text as typed; the caller parses it (with the same spec) when it needs the value. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
  hint?: ReactNode;
  width?: 'full' | 'short';
}

/**
 * A number typed the user's way (locale-number.ts). On leaving the field a value it
 * read is written back the locale's way — "1100" becomes "1.100,00" in de-DE — so the
 * person sees the amount the app understood before anything is saved.
 */
export function DecimalField({ spec, value, onChange, onBlur, ...field }: DecimalFieldProps) {
  const settle = (): void => {
    const parsed = parseDecimal(value, spec);
    if (parsed.ok) {
      const shown = formatDecimal(parsed.scaled, spec);
      if (shown !== value) onChange(shown);
    }
    onBlur?.();
  };
  return <TextField {...field} value={value} onChange={onChange} onBlur={settle} inputMode="decimal" />;
}
