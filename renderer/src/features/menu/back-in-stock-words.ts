import { backInStockTime, type BackInStock } from '../../../../shared/domain/back-in-stock';
import { closedWeek, type WeeklyHours } from '../../../../shared/domain/hours';

/**
 * A time in the store's zone the way the user's locale writes it: "Tue 11:30", or
 * "Tue 24 Nov, 11:30" when it is not within the coming week. Times are the
 * store's, whatever zone this PC is in.
 */
export function storeTimeWords(at: number | string, zone: string, locale: string, now = Date.now()): string {
  const when = typeof at === 'string' ? Date.parse(at) : at;
  const soon = when - now < 6 * 24 * 3_600_000;
  return new Intl.DateTimeFormat(locale, {
    timeZone: zone,
    weekday: 'short',
    ...(soon ? {} : { day: 'numeric', month: 'short' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(when);
}

/**
 * The ways to 86 until later, each with the store time it means now: `detail` is
 * null when the menu has no opening to go by. With `hours` null (items of several
 * menus) "tomorrow's opening" is each item's own menu's.
 */
export function backInStockChoices(
  zone: string,
  hours: WeeklyHours | null,
  locale: string,
  now = Date.now(),
): { label: string; choice: BackInStock; detail: string | null }[] {
  const when = (choice: BackInStock, week: WeeklyHours): string | null => {
    const at = backInStockTime(choice, now, zone, week);
    return at === null ? null : storeTimeWords(at, zone, locale, now);
  };
  const endOfDay: BackInStock = { kind: 'endOfDay' };
  const nextOpening: BackInStock = { kind: 'nextOpening' };
  return [
    { label: '86 until end of day', choice: endOfDay, detail: when(endOfDay, closedWeek()) },
    {
      label: '86 until tomorrow’s opening',
      choice: nextOpening,
      detail: hours ? when(nextOpening, hours) : 'each menu’s',
    },
  ];
}
