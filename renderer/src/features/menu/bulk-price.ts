import { priceSchema } from '../../../../shared/domain/money';
import type { MenuItem } from '../../../../shared/domain/menu';
import type { DecimalSpec } from '../../forms/locale-number';
import { parseMoney } from '../../forms/money';
import { parsePercent, percentSpec } from '../../forms/percent';
import { scaleChange, type PriceScaleChange } from '../../forms/scale-change';

export type PriceChangeMode = 'set' | 'percent';

/** "Change by a percentage": up or down, in the user's locale, e.g. 10. */
export function percentChangeSpec(locale: string): DecimalSpec {
  return percentSpec(locale, 'percentage', 1000);
}

export interface PriceChangePlan {
  prices: { id: string; price: number }[];
  /** The items whose price changes scale (10×, a tenth, zero): asked about before applying. */
  scaleChanges: PriceScaleChange[];
  /** Why the plan cannot be sent, in the field's words; null when it can. */
  error: string | null;
}

/**
 * New prices for the chosen items. The screen computes them (the core takes
 * exact prices); each is checked with the shared price rule so the core will
 * accept every one. What was typed is read in the user's `locale`.
 */
export function planPriceChange(
  items: readonly MenuItem[],
  mode: PriceChangeMode,
  typed: string,
  currency: string,
  locale: string,
): PriceChangePlan {
  let compute: (price: number) => number;
  if (mode === 'set') {
    const parsed = parseMoney(typed, currency, locale);
    if (!parsed.ok) return { prices: [], scaleChanges: [], error: parsed.message };
    compute = () => parsed.minor;
  } else {
    // A percent with up to two decimals is a whole number of basis points.
    const parsed = parsePercent(typed, percentChangeSpec(locale));
    if (!parsed.ok) return { prices: [], scaleChanges: [], error: parsed.message };
    const bps = parsed.bps;
    // Integers below 2^53 throughout, so the only rounding is the one to the cent.
    compute = (price) => Math.round((price * (10_000 + bps)) / 10_000);
  }
  const prices = items.map((item) => ({ id: item.id, price: compute(item.price) }));
  const scaleChanges = items.flatMap((item, index) => {
    const next = prices[index]?.price ?? item.price;
    const change = scaleChange(item.price, next);
    return change ? [{ id: item.id, name: item.name, old: item.price, next, change }] : [];
  });
  for (const { price } of prices) {
    const checked = priceSchema.safeParse(price);
    if (!checked.success) {
      return { prices, scaleChanges, error: checked.error.issues[0]?.message ?? 'Not a valid price.' };
    }
  }
  return { prices, scaleChanges, error: null };
}
