import { z } from 'zod';
import { weekdays, type WeeklyHours } from './hours';
import { addDays, dateKeyOf, dayOfWeek, instantOf, wallTimeAt, wallTimeOn } from './zoned-time';

/**
 * When an item 86'd "until later" comes back in stock by itself (issue #13):
 * at the end of the store's day, at the menu's next opening on a later day, or at
 * a time the manager chooses. The core works the time out with the store's zone
 * and the item's menu hours, so one bulk 86 across menus follows each menu's hours.
 */
export const backInStockSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('endOfDay') }),
  z.strictObject({ kind: z.literal('nextOpening') }),
  z.strictObject({
    kind: z.literal('at'),
    at: z.iso.datetime({ offset: true, error: 'Choose the date and time it comes back.' }),
  }),
]);

export type BackInStock = z.infer<typeof backInStockSchema>;

/** The weekday of a date (`YYYY-MM-DD`), as `WeeklyHours` names it (`dayOfWeek` counts from Sunday). */
const mondayFirst = (date: string) => weekdays[(dayOfWeek(date) + 6) % 7] ?? 'monday';

/** Midnight at the end of the store's current day, as epoch ms. */
export function endOfStoreDay(now: number, zone: string): number {
  const today = dateKeyOf(wallTimeAt(zone, now));
  return instantOf(zone, wallTimeOn(addDays(today, 1), '00:00'));
}

/**
 * The first opening of the menu on a day after today (store's zone), within a
 * week; null when the menu has no hours at all.
 */
export function nextOpening(now: number, zone: string, hours: WeeklyHours): number | null {
  const today = dateKeyOf(wallTimeAt(zone, now));
  for (let ahead = 1; ahead <= 7; ahead++) {
    const date = addDays(today, ahead);
    const starts = hours[mondayFirst(date)].map((range) => range.start);
    if (starts.length === 0) continue;
    // `HH:MM` strings sort as times do.
    return instantOf(zone, wallTimeOn(date, [...starts].sort()[0] ?? '00:00'));
  }
  return null;
}

/** The epoch ms a choice means now, or null when "next opening" has no opening to go by. */
export function backInStockTime(choice: BackInStock, now: number, zone: string, hours: WeeklyHours): number | null {
  switch (choice.kind) {
    case 'endOfDay':
      return endOfStoreDay(now, zone);
    case 'nextOpening':
      return nextOpening(now, zone, hours);
    case 'at':
      return Date.parse(choice.at);
  }
}
