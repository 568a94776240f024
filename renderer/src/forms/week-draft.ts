import { sameHours, weekdays, type TimeRange, type Weekday, type WeeklyHours } from '../../../shared/domain/hours';
import type { DraftOfSaved } from './draft-of-saved';

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

/** An end before the start runs past midnight (22:00–02:00), which the brief allows. */
export function isOvernight(range: { start: string; end: string }): boolean {
  return /^\d\d:\d\d$/.test(range.start) && /^\d\d:\d\d$/.test(range.end) && range.end < range.start;
}

export function rangesDraft(ranges: readonly TimeRange[]): RangeDraft[] {
  return ranges.map((range) => ({ key: rangeKey(), start: range.start, end: range.end }));
}

export function weekDraftFrom(hours: WeeklyHours): WeekDraft {
  return Object.fromEntries(weekdays.map((day) => [day, rangesDraft(hours[day])])) as WeekDraft;
}

export function rangesFromDraft(ranges: readonly RangeDraft[]): TimeRange[] {
  return ranges.map(({ start, end }) => ({ start: start.trim(), end: end.trim() }));
}

export function hoursFromDraft(week: WeekDraft): WeeklyHours {
  return Object.fromEntries(weekdays.map((day) => [day, rangesFromDraft(week[day])])) as WeeklyHours;
}

/** A week as typed, against the hours the core has (for `useDraftOfSaved`). */
export const weekDraftOfSaved: DraftOfSaved<WeeklyHours, WeekDraft> = {
  toDraft: weekDraftFrom,
  differs: (draft, hours) => !sameHours(hoursFromDraft(draft), hours),
};
