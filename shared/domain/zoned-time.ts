import { weekdays, type Weekday } from './hours';

/** A reading of the wall clock in one time zone; `month` is 1–12. */
export interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: Weekday;
}

/** A calendar date and a time of day, without a zone. */
export interface CivilTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'long',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** What a clock in `zone` shows at `instant` (epoch ms), from the platform's own zone data. */
export function wallClockAt(instant: number, zone: string): WallClock {
  const parts = Object.fromEntries(
    formatterFor(zone)
      .formatToParts(new Date(instant))
      .map((part) => [part.type, part.value]),
  );
  const weekday = (parts.weekday ?? '').toLowerCase() as Weekday;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    weekday: weekdays.includes(weekday) ? weekday : 'monday',
  };
}

/** How many minutes `zone` is ahead of UTC at `instant`. */
function offsetMinutesAt(instant: number, zone: string): number {
  const whole = Math.floor(instant / 1000) * 1000;
  const w = wallClockAt(whole, zone);
  return (Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - whole) / 60_000;
}

/**
 * The instant a clock in `zone` shows `civil`. Two passes settle the offset, so a
 * time next to a daylight-saving change uses the offset in force at that time; a
 * time skipped by the change (02:30 on a spring-forward night) lands just after it.
 */
export function instantAt(civil: CivilTime, zone: string): number {
  const asUtc = Date.UTC(civil.year, civil.month - 1, civil.day, civil.hour, civil.minute);
  const first = asUtc - offsetMinutesAt(asUtc, zone) * 60_000;
  return asUtc - offsetMinutesAt(first, zone) * 60_000;
}

/** The calendar date `days` after the given one (month and year roll over). */
export function addDays(date: { year: number; month: number; day: number }, days: number) {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** The weekday of a calendar date. */
export function weekdayOf(date: { year: number; month: number; day: number }): Weekday {
  // getUTCDay: 0 = Sunday; `weekdays` starts on Monday.
  const day = new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
  return weekdays[(day + 6) % 7] ?? 'monday';
}
