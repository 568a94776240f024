/** Weekdays in the order an operator reads a week (Monday first, as on most back-office schedules). */
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

/** One opening range as typed, `HH:MM`; `key` keeps React rows stable while ranges are removed. */
export interface RangeDraft {
  key: string;
  start: string;
  end: string;
}

export type WeekDraft = Record<Weekday, RangeDraft[]>;

let nextKey = 0;
export function rangeKey(): string {
  nextKey += 1;
  return `r${nextKey}`;
}

/** An end at or before the start runs past midnight (22:00–02:00), which the brief allows. */
export function isOvernight(range: { start: string; end: string }): boolean {
  return /^\d\d:\d\d$/.test(range.start) && /^\d\d:\d\d$/.test(range.end) && range.end < range.start;
}

export function emptyWeek(): WeekDraft {
  return { monday: [], tuesday: [], wednesday: [], thursday: [], friday: [], saturday: [], sunday: [] };
}

/** Ranges compared without their React keys. */
export function sameRanges(a: readonly { start: string; end: string }[], b: readonly { start: string; end: string }[]): boolean {
  return a.length === b.length && a.every((range, index) => range.start === b[index]?.start && range.end === b[index]?.end);
}

export function sameWeek(a: WeekDraft, b: WeekDraft): boolean {
  return weekdays.every((day) => sameRanges(a[day], b[day]));
}
