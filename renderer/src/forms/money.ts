/**
 * Prices are integer minor units on the wire (brief §5) and decimals in the
 * price fields (display uses the shared `formatMoney`, the same as the core's).
 * Converting by string, not by multiplying floats, so "19.99" is 1999 and never 1998.
 */

/** How many minor digits a currency has (USD 2, JPY 0, BHD 3), from the platform's own table. */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/** 1999 in USD → "19.99": what the price field shows for editing (no symbol, no grouping). */
export function minorToDecimal(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const negative = minor < 0;
  const text = String(Math.abs(Math.trunc(minor))).padStart(digits + 1, '0');
  const whole = digits === 0 ? text : text.slice(0, -digits);
  const fraction = digits === 0 ? '' : `.${text.slice(-digits)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

export type ParsedMoney = { ok: true; minor: number } | { ok: false; message: string };

/**
 * "19.99" → 1999. Accepts an optional currency symbol and thousands commas as
 * typed; refuses more decimals than the currency has. Range rules (≥ 0, the
 * maximum) are the shared schema's job, so they read the same as the core's.
 */
export function parseMoney(typed: string, currency: string): ParsedMoney {
  const digits = minorDigits(currency);
  // Only a leading currency symbol is forgiven; letters are a mistake worth naming.
  const cleaned = typed
    .trim()
    .replace(/^\p{Sc}\s*/u, '')
    .replaceAll(',', '');
  if (cleaned === '') return { ok: false, message: 'Enter a price.' };
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(cleaned);
  if (!match || (match[2] === '' && (match[3] ?? '') === '')) {
    return { ok: false, message: `Enter the price as a number, e.g. ${minorToDecimal(1250, currency)}.` };
  }
  const [, sign = '', whole = '', fraction = ''] = match;
  if (fraction.length > digits) {
    return {
      ok: false,
      message: digits === 0 ? `${currency} prices have no decimals.` : `Use at most ${digits} decimals.`,
    };
  }
  if (whole.length > 12) return { ok: false, message: 'That price is far too large.' };
  const minor = Number(`${whole || '0'}${fraction.padEnd(digits, '0')}`);
  return { ok: true, minor: sign === '-' ? -minor : minor };
}
