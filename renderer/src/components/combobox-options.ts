import { foldText, matchesEvery, searchWords } from '../forms/text-match';

/** One choice: its value, the words shown for it, and words it is also found by. */
export interface ComboboxOption {
  value: string;
  label: string;
  /** Shown at the end of the row, e.g. a zone's current offset. */
  detail?: string;
  /** Also matched while typing (a currency's symbol, a city's other spelling). */
  keywords?: string;
}

/**
 * The options whose value, label or keywords contain every word typed, in any
 * order; those where more of the words begin a word (a code, a city, a name)
 * come first, so "us" and "dollar us" offer the US dollar before the Australian.
 */
export function matchOptions(options: readonly ComboboxOption[], typed: string): ComboboxOption[] {
  const words = searchWords(typed);
  if (words.length === 0) return [...options];
  const scored = options.flatMap((option, index) => {
    const text = `${option.value} ${option.label} ${option.keywords ?? ''}`;
    if (!matchesEvery(text, words)) return [];
    const starts = foldText(text).split(/[^\p{L}\p{N}]+/u);
    const score = words.filter((word) => starts.some((start) => start.startsWith(word))).length;
    return [{ option, index, score }];
  });
  return scored.sort((a, b) => b.score - a.score || a.index - b.index).map(({ option }) => option);
}

/** The option a typed text names exactly (by label or value, accents and case aside), if any. */
export function exactOption(options: readonly ComboboxOption[], typed: string): ComboboxOption | undefined {
  const folded = foldText(typed.trim());
  return options.find((option) => foldText(option.label) === folded || foldText(option.value) === folded);
}
