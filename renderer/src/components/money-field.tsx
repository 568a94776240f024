import { useMemo, type ReactNode } from 'react';
import { priceSpec } from '../forms/money';
import { userLocale } from '../forms/user-locale';
import { DecimalField } from './decimal-field';

interface MoneyFieldProps {
  label: string;
  currency: string;
  /** The price as typed; read it with `parseMoney(value, currency, userLocale())`. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
  hint?: ReactNode;
  width?: 'full' | 'short';
}

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
