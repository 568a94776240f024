import { parseDecimal, type DecimalSpec } from './locale-number';

/**
 * Percentages are typed like prices — the user's decimal mark, at most two decimals —
 * and kept as whole basis points (8,5 % is 850), so they share the same exact reading.
 */
export type ParsedPercent = { ok: true; bps: number } | { ok: false; message: string };

/**
 * A percentage field: two decimals kept, only those it has shown ("19", "8,5"), "%"
 * forgiven. Show a value with `formatDecimal(bps, spec)`.
 */
export function percentSpec(locale: string, noun: string, example = 850): DecimalSpec {
  return { locale, percent: true, fractionDigits: 2, shownDigits: 0, noun, example };
}

export function parsePercent(typed: string, spec: DecimalSpec): ParsedPercent {
  const parsed = parseDecimal(typed, spec);
  return parsed.ok ? { ok: true, bps: parsed.scaled } : parsed;
}
