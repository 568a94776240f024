import { formatMoney } from '../../../shared/domain/money';
import { userLocale } from './user-locale';

/** Minor units as the user reads money: `€1,100.00` in en-US, `1.100,00 €` in de-DE. */
export function showMoney(amount: number, currency: string): string {
  return formatMoney(amount, currency, userLocale());
}
