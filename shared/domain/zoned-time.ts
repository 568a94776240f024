/**
 * Wall-clock time in a named IANA zone, and the instants it stands for, with
 * nothing but `Intl` (no time-zone database of our own). The store's times —
 * its hours, a pause's end, a filter's "from" — are wall times in the store's
 * zone, whatever zone the PC that shows them is in.
 */

/** A date and time as a clock on the wall in some zone reads it. */
export interface WallTime {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * How a wall time maps onto instants. Usually to one (`exact`). On the night
 * the clocks go forward an hour never happens (`skipped`): it is read as the
 * same length of time after the jump, as a clock that was not changed would
 * show (02:30 → 03:30). On the night they go back an hour happens twice
 * (`repeated`): the first is taken. These are Temporal's "compatible" choices.
 */
export type WallResolution =
  | { kind: 'exact'; instant: number }
  | { kind: 'skipped'; instant: number }
  | { kind: 'repeated'; instant: number; later: number };

const minuteMs = 60_000;
const dayMs = 86_400_000;

const partsFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(zone: string): Intl.DateTimeFormat {
  let format = partsFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    partsFormats.set(zone, format);
  }
  return format;
}

/** The wall time (to the second) in `zone` at an instant. */
export function wallTimeAt(zone: string, instant: number): WallTime & { second: number } {
  const values: Record<string, number> = {};
  for (const part of partsFormat(zone).formatToParts(instant)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? 0,
    month: values.month ?? 1,
    day: values.day ?? 1,
    // Some engines still write midnight as 24 even with h23.
    hour: (values.hour ?? 0) % 24,
    minute: values.minute ?? 0,
    second: values.second ?? 0,
  };
}

/** The zone's offset from UTC at an instant, in minutes (Berlin in winter: 60). */
export function offsetMinutesAt(zone: string, instant: number): number {
  const wall = wallTimeAt(zone, instant);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const whole = Math.floor(instant / 1000) * 1000;
  return Math.round((asUtc - whole) / minuteMs);
}

const utcOf = (wall: WallTime): number => Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);

const sameMinute = (a: WallTime, b: WallTime): boolean =>
  a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;

/** The instant(s) a wall time in `zone` stands for; see `WallResolution` for the nights the clocks change. */
export function resolveWallTime(zone: string, wall: WallTime): WallResolution {
  const asUtc = utcOf(wall);
  // Zones change offset at most a couple of times a year: the offsets a day
  // either side are the only candidates.
  const before = offsetMinutesAt(zone, asUtc - dayMs);
  const after = offsetMinutesAt(zone, asUtc + dayMs);
  const matches = [...new Set([before, after])]
    .map((offset) => asUtc - offset * minuteMs)
    .filter((instant) => sameMinute(wallTimeAt(zone, instant), wall))
    .sort((a, b) => a - b);
  const [first, second] = matches;
  if (first === undefined) return { kind: 'skipped', instant: asUtc - before * minuteMs };
  if (second === undefined || second === first) return { kind: 'exact', instant: first };
  return { kind: 'repeated', instant: first, later: second };
}

/** The instant a wall time in `zone` stands for (the compatible choice on DST nights). */
export function instantOf(zone: string, wall: WallTime): number {
  return resolveWallTime(zone, wall).instant;
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0');

/** `2026-11-22T23:52:00+01:00`: an instant as the zone's wall time with its offset, as partners read times. */
export function isoInZone(zone: string, instant: number): string {
  const wall = wallTimeAt(zone, instant);
  const offset = offsetMinutesAt(zone, instant);
  const sign = offset < 0 ? '-' : '+';
  return (
    `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}` +
    `${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

/** `YYYY-MM-DD` of a wall time. */
export function dateKeyOf(wall: Pick<WallTime, 'year' | 'month' | 'day'>): string {
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
}

/** The calendar date `days` after `date` (`YYYY-MM-DD`), with no zone involved. */
export function addDays(date: string, days: number): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  return dateKeyOf({ year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() });
}

/** The wall time of a date (`YYYY-MM-DD`) at `HH:MM`. */
export function wallTimeOn(date: string, time: string): WallTime {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return { year, month, day, hour: Number(time.slice(0, 2)), minute: Number(time.slice(3, 5)) };
}

/** Sunday = 0 … Saturday = 6, of a calendar date. */
export function dayOfWeek(date: string): number {
  const { year, month, day } = wallTimeOn(date, '00:00');
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
