import { rangeMinutes, weekdays, type TimeRange } from './hours';
import type { StoreView } from './store';
import { addDays, dateKeyOf, dayOfWeek, instantOf, wallTimeAt, wallTimeOn } from './zoned-time';

/** What the hours say about closing, seen from one moment. */
export type ClosingTime =
  /** Open now by the hours; today's hours end at `closesAt`. */
  | { kind: 'open'; closesAt: number }
  /** Not open now by the hours; `opensAt` is the next opening within a week, if any. */
  | { kind: 'closed-now'; opensAt: number | null }
  /** No weekly hours and no special date with hours: there is no closing time to speak of. */
  | { kind: 'no-hours' };

type StoreHours = Pick<StoreView, 'timezone' | 'hours' | 'specialDates'>;

interface Span {
  start: number;
  end: number;
}

/** Sunday-first, as `Date#getUTCDay` counts. */
const sundayFirst = [weekdays[6], ...weekdays.slice(0, 6)] as const;

/** A special date replaces that date's weekly hours (a closed one leaves none). */
function rangesOn(store: StoreHours, date: string): readonly TimeRange[] {
  const special = store.specialDates.find((candidate) => candidate.date === date);
  if (special) return special.closed ? [] : special.ranges;
  const day = sundayFirst[dayOfWeek(date)];
  return day ? store.hours[day] : [];
}

/**
 * A date's ranges as instants. A range belongs to the date it starts on, and
 * one ending at or before its start ends the next day (22:00–02:00). Each end
 * is its own wall time, so a night the clocks change is as long as it really is.
 */
function spansOn(store: StoreHours, date: string): Span[] {
  return rangesOn(store, date).map((range) => {
    const { to } = rangeMinutes(range);
    const endDate = to >= 1440 ? addDays(date, 1) : date;
    return {
      start: instantOf(store.timezone, wallTimeOn(date, range.start)),
      end: instantOf(store.timezone, wallTimeOn(endDate, range.end)),
    };
  });
}

/**
 * When the store's hours end today, seen from `now`, in the store's zone.
 * "Today" is the business day that is open now: at 01:00 on Saturday a Friday
 * that runs 17:30–02:00 is still today, and closes at 02:00. With split shifts
 * today's hours end at the last shift's end. A range of the next day that
 * starts just as today's ends (Friday to 02:00, Saturday from 02:00) carries on.
 */
export function closingTime(store: StoreHours, now: number): ClosingTime {
  const today = dateKeyOf(wallTimeAt(store.timezone, now));
  const yesterday = addDays(today, -1);
  const week = Array.from({ length: 9 }, (_, i) => addDays(yesterday, i));
  const spans = new Map(week.map((date) => [date, spansOn(store, date)]));
  const all = [...spans.values()].flat();

  const openDays = [yesterday, today].filter((date) =>
    spans.get(date)?.some((span) => span.start <= now && now < span.end),
  );
  if (openDays.length === 0) {
    if (weekdays.every((day) => store.hours[day].length === 0) && all.length === 0) return { kind: 'no-hours' };
    const next = all.filter((span) => span.start > now).sort((a, b) => a.start - b.start)[0];
    return { kind: 'closed-now', opensAt: next?.start ?? null };
  }

  let closesAt = Math.max(...openDays.flatMap((date) => (spans.get(date) ?? []).map((span) => span.end)));
  const carriesOn = (): Span | undefined => all.find((span) => span.start === closesAt && span.end > closesAt);
  for (let next = carriesOn(); next; next = carriesOn()) closesAt = next.end;
  return { kind: 'open', closesAt };
}
