/**
 * A price that changes scale is asked about before it is saved (issue #9): "1100"
 * typed for an 11,00 € item, a decimal mark read the other way, a percentage off by
 * a digit. Every subscribed partner hears about a price change, so a slip is costly
 * and a question is cheap.
 *
 * The rule: the new price is at least ten times the old one, at most a tenth of it,
 * or zero. From zero, any price counts (a free item gets a price: worth a look).
 */
export type ScaleChange =
  { kind: 'up'; factor: number } | { kind: 'down'; factor: number } | { kind: 'to-zero' } | { kind: 'from-zero' };

/** One price that changes scale, as the confirm lists it. */
export interface PriceScaleChange {
  id: string;
  name: string;
  old: number;
  next: number;
  change: ScaleChange;
}

export function scaleChange(old: number, next: number): ScaleChange | null {
  if (next === old) return null;
  if (next === 0) return { kind: 'to-zero' };
  if (old === 0) return { kind: 'from-zero' };
  // Integers, so these comparisons are exact.
  if (next >= old * 10) return { kind: 'up', factor: next / old };
  if (next * 10 <= old) return { kind: 'down', factor: old / next };
  return null;
}

/** "", or "about " when the ratio is not a whole number. */
function about(factor: number): string {
  return Number.isInteger(factor) ? '' : 'about ';
}

/** Words for the flag beside a price and for the confirm: "100 times the current price". */
export function describeScaleChange(change: ScaleChange): string {
  switch (change.kind) {
    case 'up':
      return `${about(change.factor)}${Math.round(change.factor)} times the current price`;
    case 'down':
      return `${about(change.factor)}1/${Math.round(change.factor)} of the current price`;
    case 'to-zero':
      return 'free';
    case 'from-zero':
      return 'was free';
  }
}
