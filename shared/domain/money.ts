import { z } from 'zod';

/**
 * Money is always an integer count of the currency's minor units (cents) plus an
 * ISO 4217 code, so no float ever rounds a price (brief §5).
 */
export interface Money {
  /** Integer minor units, e.g. 1250 for 12.50. */
  amount: number;
  /** ISO 4217 code, e.g. `EUR`. */
  currency: string;
}

/** 1,000,000.00 in minor units: the highest price the back office accepts. */
export const maxPriceMinor = 100_000_000;

/** A price in minor units: whole, not negative, at most 1,000,000.00. */
export const priceSchema = z
  .number({ error: 'Enter a price.' })
  .int('Use whole cents (the price in minor units).')
  .min(0, 'A price cannot be negative.')
  .max(maxPriceMinor, 'A price can be at most 1,000,000.00.');

function knownCurrency(code: string): boolean {
  // Not every runtime lists currencies; the shape check below still applies.
  const listed = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('currency') : [];
  return listed.length === 0 || listed.includes(code);
}

/** An ISO 4217 currency code the runtime knows (`EUR`, `USD`, …). */
export const currencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, 'Use a three-letter ISO 4217 code such as EUR.')
  .refine(knownCurrency, 'This is not an ISO 4217 currency code.');

/** Tax rate in basis points (1 % = 100), from 0 to 100 %. */
export const taxRateSchema = z
  .number()
  .int('Use basis points: 1 % is 100, 8.5 % is 850.')
  .min(0, 'A tax rate cannot be negative.')
  .max(10_000, 'A tax rate can be at most 100 %.');

/** Divides and rounds half away from zero, exactly, even beyond 2^53 intermediates. */
function divideRounded(numerator: bigint, denominator: bigint): number {
  const quotient = numerator / denominator;
  const remainder = numerator % denominator;
  return Number(remainder * 2n >= denominator ? quotient + 1n : quotient);
}

/** A check's money: what its lines add up to, the tax in it or on it, and what is due. */
export interface Totals {
  subtotal: number;
  tax: number;
  total: number;
}

/**
 * Totals from a subtotal. With `taxIncluded` (common in Europe) prices already
 * contain the tax, so the tax is the part of the subtotal above the net amount and
 * the total equals the subtotal; otherwise the tax is added on top.
 */
export function totalsOf(subtotal: number, taxRateBps: number, taxIncluded: boolean): Totals {
  const sub = BigInt(subtotal);
  const rate = BigInt(taxRateBps);
  if (taxIncluded) {
    const net = divideRounded(sub * 10_000n, 10_000n + rate);
    return { subtotal, tax: subtotal - net, total: subtotal };
  }
  const tax = divideRounded(sub * rate, 10_000n);
  return { subtotal, tax, total: subtotal + tax };
}

/** How many minor digits a currency has (USD 2, JPY 0, BHD 3), from the platform's own ISO 4217 data. */
export function minorDigits(currency: string): number {
  try {
    return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

/**
 * 1999 with 2 digits → "19.99": an integer count of 10^-digits as exact decimal text
 * (no float division), in the form `Intl.NumberFormat#format` takes as an exact value.
 */
export function scaledToDecimalText(scaled: number, digits: number): `${number}` {
  const text = String(Math.abs(Math.trunc(scaled))).padStart(digits + 1, '0');
  const whole = digits === 0 ? text : text.slice(0, -digits);
  const fraction = digits === 0 ? '' : `.${text.slice(-digits)}`;
  return `${scaled < 0 ? '-' : ''}${whole}${fraction}` as `${number}`;
}

/**
 * Formats minor units for people, the locale's way (`€12.50` in en-US, `12,50 €` in de-DE).
 * The renderer passes the user's locale through one helper (renderer/src/forms/show-money.ts).
 */
export function formatMoney(amount: number, currency: string, locale?: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(
    scaledToDecimalText(amount, minorDigits(currency)),
  );
}
