import { backInStockTime, type BackInStock } from '../../../../shared/domain/back-in-stock';
import { closedWeek, type WeeklyHours } from '../../../../shared/domain/hours';
import type { StoreClock } from '../../time/store-clock';

/**
 * The ways to 86 until later, each with the store time it means now (written by
 * the store clock, so "9:45 PM Berlin time" when this PC is elsewhere): `detail` is
 * null when the menu has no opening to go by. With `hours` null (items of several
 * menus) "tomorrow's opening" is each item's own menu's.
 */
export function backInStockChoices(
  clock: StoreClock,
  hours: WeeklyHours | null,
  now = Date.now(),
): { label: string; choice: BackInStock; detail: string | null }[] {
  const when = (choice: BackInStock, week: WeeklyHours): string | null => {
    const at = backInStockTime(choice, now, clock.zone, week);
    return at === null ? null : clock.planned(at, { now });
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
