import { minorDigits } from '../../../shared/domain/money';
import { formatDecimal, parseDecimal, type DecimalSpec } from './locale-number';

/**
 * Prices are integer minor units on the wire (brief §5) and decimals in the user's
 * locale on screen: "11,00" in de-DE and "11.00" in en-US are both 1100 cents.
 * The reading rules, ambiguity included, are locale-number.ts's.
 */
export type ParsedMoney = { ok: true; minor: number } | { ok: false; message: string };

/** A price field in `currency`, typed in `locale`: as many decimals as the currency has, all shown. */
export function priceSpec(currency: string, locale: string, noun = 'price'): DecimalSpec {
  const digits = minorDigits(currency);
  return {
    locale,
    currency,
    fractionDigits: digits,
    shownDigits: digits,
    noun,
    // 1,234.50: shows a person both separators at once.
    example: Math.round(1234.5 * 10 ** digits),
  };
}

/** 1999 in USD, en-US → "19.99"; in de-DE → "19,99": what the price field shows for editing. */
export function minorToInput(minor: number, currency: string, locale: string): string {
  return formatDecimal(minor, priceSpec(currency, locale));
}

/**
 * "19,99" in de-DE → 1999. Range rules (≥ 0, the maximum) are the shared schema's
 * job, so they read the same as the core's.
 */
export function parseMoney(typed: string, currency: string, locale: string): ParsedMoney {
  const parsed = parseDecimal(typed, priceSpec(currency, locale));
  return parsed.ok ? { ok: true, minor: parsed.scaled } : parsed;
}
