import {
  dateKeyOf,
  isoInZone,
  offsetMinutesAt,
  resolveWallTime,
  wallTimeAt,
  type WallResolution,
  type WallTime,
} from '../../../shared/domain/zoned-time';

/** How one time is written: `zone: false` where a table's header names the zone; `now` for tests and ticking screens. */
export interface TimeOptions {
  zone?: boolean;
  now?: number;
}

/** What a typed store-local date and time means, with a note for the nights the clocks change. */
export type InputReading = { ok: true; iso: string; instant: number; note: string | null } | { ok: false };

/**
 * Every time on every screen, in the store's zone and one format, in the
 * user's locale (#9). Where the PC's clock reads differently from the store's,
 * each time says whose clock it follows — "11:52 PM Berlin time" — so a time
 * read alone (a row, a screenshot, a support call) is never off by hours; a
 * table says it once, in its column header.
 */
export interface StoreClock {
  /** The store's IANA zone, e.g. `Europe/Berlin`. */
  zone: string;
  /** True when the PC's zone reads differently from the store's: then every time says its zone. */
  showsZone: boolean;
  /** "Berlin time": the store's clock named as people say it, whatever the season. */
  zoneLabel: string;
  /**
   * When something happened, to the second: "Nov 22, 11:52:05 PM" (+ the year when not
   * this year, + the zone label when `showsZone`, unless `zone: false` where a header says it).
   */
  moment: (time: string | number, options?: TimeOptions) => string;
  /** When something will happen, to the minute: "9:45 PM", or "Nov 23, 9:45 PM" when not today (+ zone label). */
  planned: (time: string | number, options?: TimeOptions) => string;
  /** Hour and minute with no date or zone, for chart axes: "9:00 PM". */
  clock: (time: number) => string;
  /** Month and day with no time, for chart axes: "Nov 22". */
  day: (time: number) => string;
  /** Whether an instant is midnight on the store's clock. */
  isMidnight: (time: number) => boolean;
  /** The zone's short name at an instant, in the user's locale: "GMT+1" in summer "GMT+2"; "CET" in en-GB. */
  zoneName: (time?: number) => string;
  /** The same moment on the PC's clock, for a tooltip: "Nov 22, 5:52:05 PM New York time". */
  onThisPc: (time: string | number) => string;
  /** An instant as `<input type="datetime-local">` wants it, in store time; '' for nothing or nonsense. */
  toInput: (time: string | number | undefined) => string;
  /** A datetime-local value read as store time. */
  fromInput: (value: string) => InputReading;
}

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = JSON.stringify([locale ?? '', options]);
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, options);
    formats.set(key, found);
  }
  return found;
}

const instantOf = (time: string | number): number => (typeof time === 'number' ? time : Date.parse(time));

const shortName = (zone: string, instant: number, locale?: string): string =>
  format(locale, { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value ?? zone;

/**
 * "Berlin time", "New York time", "Buenos Aires time": a region's zone by its
 * city, which does not change with the season (GMT+1 / GMT+2) and needs no
 * abbreviation a manager may not know. Zones with no city (UTC, Etc/GMT-5)
 * go by their short name.
 */
export function zoneLabelOf(zone: string): string {
  const slash = zone.lastIndexOf('/');
  if (slash < 0 || zone.startsWith('Etc/')) return shortName(zone, Date.now(), 'en-US');
  return `${zone.slice(slash + 1).replaceAll('_', ' ')} time`;
}

/** The zone this PC's clock is set to. */
export function pcZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** Zones that agree now and in half a year agree for every time a screen shows (DST included). */
function sameClock(a: string, b: string, now: number): boolean {
  if (a === b) return true;
  const halfYear = 182 * 86_400_000;
  return [now, now + halfYear].every((at) => offsetMinutesAt(a, at) === offsetMinutesAt(b, at));
}

const inputPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

function parseWall(value: string): WallTime | null {
  const match = inputPattern.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day || hour > 23 || minute > 59) return null;
  return { year, month, day, hour, minute };
}

const pad = (n: number): string => String(n).padStart(2, '0');

interface ClockOptions {
  /** BCP 47 locale; the browser's when absent. */
  locale?: string;
  /** The PC's zone; asked of the browser when absent. */
  pc?: string;
  /** For tests: the time now (which year is "this year", which day "today"). */
  now?: () => number;
}

/** A clock that reads every time in `zone`. */
export function createStoreClock(zone: string, options: ClockOptions = {}): StoreClock {
  const { locale } = options;
  const pc = options.pc ?? pcZone();
  const now = options.now ?? Date.now;
  const showsZone = !sameClock(zone, pc, now());
  const zoneLabel = zoneLabelOf(zone);
  const labelled = (text: string, zoned = true): string => (showsZone && zoned ? `${text} ${zoneLabel}` : text);
  const time = { hour: 'numeric', minute: '2-digit' } as const;
  const date = { month: 'short', day: 'numeric' } as const;
  const wallAt = (instant: number): WallTime => wallTimeAt(zone, instant);
  const yearOf = (instant: number): number => wallAt(instant).year;
  const sameDay = (a: number, b: number): boolean => dateKeyOf(wallAt(a)) === dateKeyOf(wallAt(b));
  const guard =
    (write: (instant: number) => string) =>
    (input: string | number): string => {
      const instant = instantOf(input);
      return Number.isNaN(instant) ? String(input) : write(instant);
    };
  // A wall time that never happened cannot be formatted through an instant: format it as UTC's.
  const wallText = (wall: WallTime): string =>
    format(locale, { ...time, timeZone: 'UTC' }).format(
      Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute),
    );

  const momentIn = (timeZone: string, instant: number, at: number): string =>
    format(locale, {
      ...date,
      ...(yearOf(instant) === yearOf(at) ? {} : { year: 'numeric' }),
      ...time,
      second: '2-digit',
      timeZone,
    }).format(instant);
  const plannedAt = (instant: number, at: number): string =>
    format(locale, {
      ...(sameDay(instant, at) ? {} : date),
      ...(yearOf(instant) === yearOf(at) ? {} : { year: 'numeric' }),
      ...time,
      timeZone: zone,
    }).format(instant);
  const clock = (instant: number): string => format(locale, { ...time, timeZone: zone }).format(instant);
  const zoneName = (instant: number): string => shortName(zone, instant, locale);
  const dstNote = (wall: WallTime, resolved: WallResolution): string | null => {
    if (resolved.kind === 'skipped')
      return `The clocks go forward that night, so ${wallText(wall)} never happens in store time; it is read as ${clock(resolved.instant)}.`;
    if (resolved.kind === 'repeated')
      return `The clocks go back that night, so ${wallText(wall)} happens twice in store time; the first (${zoneName(resolved.instant)}) is used.`;
    return null;
  };

  return {
    zone,
    showsZone,
    zoneLabel,
    moment: (input, options = {}) =>
      guard((instant) => labelled(momentIn(zone, instant, options.now ?? now()), options.zone))(input),
    planned: (input, options = {}) =>
      guard((instant) => labelled(plannedAt(instant, options.now ?? now()), options.zone))(input),
    clock,
    day: (instant) => format(locale, { ...date, timeZone: zone }).format(instant),
    isMidnight: (instant) => {
      const wall = wallAt(instant);
      return wall.hour === 0 && wall.minute === 0;
    },
    zoneName: (instant = Date.now()) => zoneName(instant),
    onThisPc: guard((instant) => `${momentIn(pc, instant, now())} ${zoneLabelOf(pc)}`),
    toInput: (input) => {
      const instant = input === undefined ? Number.NaN : instantOf(input);
      if (Number.isNaN(instant)) return '';
      const wall = wallAt(instant);
      return `${dateKeyOf(wall)}T${pad(wall.hour)}:${pad(wall.minute)}`;
    },
    fromInput: (value) => {
      const wall = parseWall(value);
      if (!wall) return { ok: false };
      const resolved = resolveWallTime(zone, wall);
      return {
        ok: true,
        iso: isoInZone(zone, resolved.instant),
        instant: resolved.instant,
        note: dstNote(wall, resolved),
      };
    },
  };
}
