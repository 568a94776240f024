import { useCallback, useState } from 'react';

/**
 * Which fields have earned an error message: a field's problem shows after it
 * is left (blur) or after a save attempt, then follows every keystroke. Showing
 * "not a URL" while the first letters are typed only scolds.
 */
export function useTouched() {
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const touch = useCallback((...fields: string[]) => {
    setTouched((previous) =>
      fields.every((field) => previous.has(field)) ? previous : new Set([...previous, ...fields]),
    );
  }, []);
  const reset = useCallback(() => setTouched(new Set()), []);
  return { touched, touch, reset };
}
