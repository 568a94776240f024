import { useMemo } from 'react';
import { priceSpec } from '../forms/money';
import { userLocale } from '../forms/user-locale';
import { DecimalField, type DecimalFieldProps } from './decimal-field';

type MoneyFieldProps = Omit<DecimalFieldProps, 'spec'> & {
  /** ISO code: how many decimals the price has. Read `value` with `parseMoney(value, currency, userLocale())`. */
  currency: string;
};

/**
 * A price typed and shown in the user's locale, with as many decimals as the currency
 * has (none for JPY, three for BHD): the one money input of every form — item price,
 * bulk price, and modifier prices when they become editable.
 */
export function MoneyField({ currency, ...field }: MoneyFieldProps) {
  const locale = userLocale();
  const spec = useMemo(() => priceSpec(currency, locale), [currency, locale]);
  return <DecimalField {...field} spec={spec} />;
}
