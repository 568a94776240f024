/**
 * What a locale writes numbers with — its decimal mark, group separators and group
 * sizes, digits, minus sign and currency signs — read from the platform's own data
 * (`Intl.NumberFormat#formatToParts`), never from a table of ours, so every locale
 * the browser knows works the way the browser itself writes it (issue #9).
 */
export interface LocaleSymbols {
  decimal: string;
  /**
   * Group separators: the one for this kind of number and the one for plain numbers
   * (de-AT groups amounts of money with "." and plain numbers with a no-break space).
   */
  groups: readonly string[];
  /** Digits in the last group before the decimal mark (3), and in the ones before it (3; 2 in hi-IN). */
  primaryGroup: number;
  secondaryGroup: number;
  /** The locale's glyphs for 0–9, e.g. Arabic-Indic digits in ar-EG. */
  digits: readonly string[];
  minus: string;
  /** Signs a person may write around the number: the currency's symbol, narrow symbol and code, or "%". */
  affixes: readonly string[];
}

/** Which numbers: amounts of a currency (their separators can differ) or plain numbers such as a percentage. */
export interface NumberKind {
  locale: string;
  currency?: string | undefined;
  percent?: boolean | undefined;
}

const cache = new Map<string, LocaleSymbols>();

function partsOf(parts: Intl.NumberFormatPart[], type: Intl.NumberFormatPartTypes): string[] {
  return parts.filter((part) => part.type === type).map((part) => part.value);
}

/** Lengths of the integer runs of a long number: [1, 3, 3, 3] in en-US, [1, 2, 2, 2, 3] in hi-IN. */
function groupSizes(parts: Intl.NumberFormatPart[]): { primary: number; secondary: number } {
  const runs = partsOf(parts, 'integer').map((run) => run.length);
  const primary = runs.at(-1) ?? 3;
  return { primary, secondary: runs.length > 2 ? (runs.at(-2) ?? primary) : primary };
}

function currencySigns(locale: string, currency: string): string[] {
  return (['symbol', 'narrowSymbol', 'code', 'name'] as const).flatMap((currencyDisplay) =>
    partsOf(
      new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay }).formatToParts(1),
      'currency',
    ),
  );
}

export function localeSymbols(kind: NumberKind): LocaleSymbols {
  const key = `${kind.locale}|${kind.currency ?? ''}|${kind.percent ? '%' : ''}`;
  const known = cache.get(key);
  if (known) return known;
  const plain = new Intl.NumberFormat(kind.locale, { minimumFractionDigits: 1 });
  const own = kind.currency
    ? new Intl.NumberFormat(kind.locale, {
        style: 'currency',
        currency: kind.currency,
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      })
    : plain;
  // A long negative number with a fraction shows every symbol at once.
  const parts = own.formatToParts(-1234567890.5);
  const plainParts = plain.formatToParts(-1234567890.5);
  const sizes = groupSizes(parts);
  const glyphs = [...new Intl.NumberFormat(kind.locale, { useGrouping: false }).format(9876543210)].reverse();
  const percentSigns = kind.percent
    ? ['%', ...partsOf(new Intl.NumberFormat(kind.locale, { style: 'percent' }).formatToParts(1), 'percentSign')]
    : [];
  const symbols: LocaleSymbols = {
    decimal: partsOf(parts, 'decimal')[0] ?? '.',
    groups: [...new Set([...partsOf(parts, 'group'), ...partsOf(plainParts, 'group')])],
    primaryGroup: sizes.primary,
    secondaryGroup: sizes.secondary,
    digits: glyphs.length === 10 ? glyphs : [...'0123456789'],
    minus: partsOf(parts, 'minusSign')[0] ?? '-',
    affixes: [...new Set([...(kind.currency ? currencySigns(kind.locale, kind.currency) : []), ...percentSigns])],
  };
  cache.set(key, symbols);
  return symbols;
}
