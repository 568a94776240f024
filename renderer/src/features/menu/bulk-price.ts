import { priceSchema } from '../../../../shared/domain/money';
import type { MenuItem } from '../../../../shared/domain/menu';
import { parseMoney } from '../../forms/money';

export type PriceChangeMode = 'set' | 'percent';

export interface PriceChangePlan {
  prices: { id: string; price: number }[];
  /** Why the plan cannot be sent, in the field's words; null when it can. */
  error: string | null;
}

/**
 * New prices for the chosen items. The screen computes them (the core takes
 * exact prices); each is checked with the shared price rule so the core will
 * accept every one.
 */
export function planPriceChange(
  items: readonly MenuItem[],
  mode: PriceChangeMode,
  typed: string,
  currency: string,
): PriceChangePlan {
  let compute: (price: number) => number;
  if (mode === 'set') {
    const parsed = parseMoney(typed, currency);
    if (!parsed.ok) return { prices: [], error: parsed.message };
    compute = () => parsed.minor;
  } else {
    // A percent with up to two decimals is a whole number of basis points.
    const parsed = parseMoney(typed, 'USD');
    if (!parsed.ok)
      return {
        prices: [],
        error: typed.trim() === '' ? 'Enter a percentage.' : 'Enter a percentage such as 10 or -5.',
      };
    const bps = parsed.minor;
    compute = (price) => Math.round((price * (10_000 + bps)) / 10_000);
  }
  const prices = items.map((item) => ({ id: item.id, price: compute(item.price) }));
  for (const { price } of prices) {
    const checked = priceSchema.safeParse(price);
    if (!checked.success) return { prices, error: checked.error.issues[0]?.message ?? 'Not a valid price.' };
  }
  return { prices, error: null };
}
