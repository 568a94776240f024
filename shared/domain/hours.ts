import { z } from 'zod';

/** Days in the order the screens list them. */
export const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof weekdays)[number];

export const weekdayLabels: Record<Weekday, string> = {
  monday: 'Monday',
  tuesday: 'Tuesday',
  wednesday: 'Wednesday',
  thursday: 'Thursday',
  friday: 'Friday',
  saturday: 'Saturday',
  sunday: 'Sunday',
};

/** Ranges a single day may have: enough for split shifts, few enough to read. */
export const maxRangesPerDay = 6;

/** A wall-clock time, `HH:MM`, 00:00–23:59. */
export const timeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM, e.g. 09:30.');

/**
 * One opening range. An end earlier than the start runs past midnight into the
 * next day (22:00–02:00); an end of 00:00 means midnight. Start = end is empty.
 */
export const timeRangeSchema = z
  .strictObject({ start: timeOfDaySchema, end: timeOfDaySchema })
  .refine((range) => range.start !== range.end, {
    path: ['end'],
    message: 'The range is empty: start and end are the same.',
  });

export type TimeRange = z.infer<typeof timeRangeSchema>;

const dayRangesSchema = z.array(timeRangeSchema).max(maxRangesPerDay, `At most ${maxRangesPerDay} ranges a day.`);

const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** A range as minutes from the start of its day; overnight ends go past 1440. */
export function rangeMinutes(range: TimeRange): { from: number; to: number } {
  const from = minutesOf(range.start);
  const end = minutesOf(range.end);
  return { from, to: end > from ? end : end + 1440 };
}

const timePattern = /^([01]\d|2[0-3]):[0-5]\d$/;
/** Refinements still run when a field failed; overlaps are only judged between valid ranges. */
const judgeable = (range: TimeRange): boolean =>
  timePattern.test(range.start) && timePattern.test(range.end) && range.start !== range.end;

const format = (range: TimeRange): string => `${range.start}–${range.end}`;

interface Placed {
  path: (string | number)[];
  label: string;
  range: TimeRange;
  /** Intervals on the circle, already split where they wrap. */
  spans: { from: number; to: number }[];
}

/** Places ranges on a circle of `period` minutes (a week, or a day for one date). */
function place(path: (string | number)[], label: string, range: TimeRange, offset: number, period: number): Placed {
  const { from, to } = rangeMinutes(range);
  const start = offset + from;
  const end = offset + to;
  const spans =
    end <= period
      ? [{ from: start, to: end }]
      : [
          { from: start, to: period },
          { from: 0, to: end - period },
        ];
  return { path, label, range, spans };
}

function firstOverlap(placed: readonly Placed[]): { later: Placed; earlier: Placed }[] {
  const found: { later: Placed; earlier: Placed }[] = [];
  placed.forEach((later, i) => {
    const earlier = placed
      .slice(0, i)
      .find((other) => other.spans.some((a) => later.spans.some((b) => a.from < b.to && b.from < a.to)));
    if (earlier) found.push({ later, earlier });
  });
  return found;
}

/**
 * Overlaps across a whole week, so Friday 22:00–02:00 clashes with a Saturday
 * range starting at 01:00. Each clash is reported on the later range's path.
 */
export function weeklyOverlaps(hours: WeeklyHours): { path: (string | number)[]; message: string }[] {
  const period = 7 * 1440;
  const placed = weekdays.flatMap((day, d) =>
    hours[day].flatMap((range, i) =>
      judgeable(range) ? [place([day, i], weekdayLabels[day], range, d * 1440, period)] : [],
    ),
  );
  return firstOverlap(placed).map(({ later, earlier }) => ({
    path: later.path,
    message: `Overlaps ${format(earlier.range)} on ${earlier.label}.`,
  }));
}

/** Overlaps among one date's ranges (a special date stands alone). */
export function dayOverlaps(ranges: readonly TimeRange[]): { index: number; message: string }[] {
  // A doubled period keeps an overnight range from wrapping onto the same day's morning.
  const placed = ranges.flatMap((range, i) => (judgeable(range) ? [place([i], '', range, 0, 2 * 1440)] : []));
  return firstOverlap(placed).map(({ later, earlier }) => ({
    index: later.path[0] as number,
    message: `Overlaps ${format(earlier.range)}.`,
  }));
}

const weekShape = Object.fromEntries(weekdays.map((day) => [day, dayRangesSchema])) as Record<
  Weekday,
  typeof dayRangesSchema
>;

/** Opening ranges per weekday; an empty day is closed. No two ranges may overlap. */
export const weeklyHoursSchema = z.strictObject(weekShape).superRefine((hours, ctx) => {
  for (const { path, message } of weeklyOverlaps(hours)) ctx.addIssue({ code: 'custom', path, message });
});

export type WeeklyHours = Record<Weekday, TimeRange[]>;

/** A week with no opening ranges. */
export function closedWeek(): WeeklyHours {
  return { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] };
}

/** The same ranges every day. */
export function everyDay(...ranges: TimeRange[]): WeeklyHours {
  return Object.fromEntries(weekdays.map((day) => [day, ranges.map((r) => ({ ...r }))])) as WeeklyHours;
}

/** Whether two weeks have the same ranges in the same order. */
export function sameHours(a: WeeklyHours, b: WeeklyHours): boolean {
  return weekdays.every(
    (day) =>
      a[day].length === b[day].length &&
      a[day].every((r, i) => r.start === b[day][i]?.start && r.end === b[day][i]?.end),
  );
}
