import { z } from 'zod';
import {
  dayOverlaps,
  maxRangesPerDay,
  timeRangeSchema,
  weeklyHoursSchema,
  type TimeRange,
  type WeeklyHours,
} from './hours';
import { currencySchema, taxRateSchema } from './money';

export const storeNameMaxLength = 120;
export const maxSpecialDates = 60;
export const busyDelayRange = { min: 5, max: 180 } as const;

/** Names 1–120 characters, trimmed: the rule for store, menu, item and option names. */
export const nameSchema = z
  .string()
  .trim()
  .min(1, 'Enter a name.')
  .max(storeNameMaxLength, `Keep the name to ${storeNameMaxLength} characters or fewer.`);

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** An IANA time zone the runtime knows, e.g. `Europe/Berlin`. */
export const timeZoneSchema = z
  .string()
  .min(1, 'Choose a time zone.')
  .max(64)
  .refine(isTimeZone, 'Choose a time zone such as Europe/Berlin.');

/**
 * What the store tells guests and partners about taking orders right now.
 * `busy` adds a delay to quoted times; `paused` stops online orders until a time.
 */
export const storeStatusSchema = z.discriminatedUnion('state', [
  z.strictObject({ state: z.literal('open') }),
  z.strictObject({
    state: z.literal('busy'),
    delayMinutes: z
      .number()
      .int('Use whole minutes.')
      .min(busyDelayRange.min, `At least ${busyDelayRange.min} minutes.`)
      .max(busyDelayRange.max, `At most ${busyDelayRange.max} minutes.`),
  }),
  z.strictObject({
    state: z.literal('paused'),
    until: z.iso.datetime({ offset: true, error: 'Choose the date and time the pause ends.' }),
  }),
  z.strictObject({ state: z.literal('closed') }),
]);

export type StoreStatus = z.infer<typeof storeStatusSchema>;
export const storeStates = ['open', 'busy', 'paused', 'closed'] as const;

/** A date that differs from the weekly hours: a holiday (closed) or custom ranges. */
export const specialDateSchema = z
  .strictObject({
    date: z.iso.date('Use a date like 2026-12-24.'),
    closed: z.boolean(),
    ranges: z.array(timeRangeSchema).max(maxRangesPerDay, `At most ${maxRangesPerDay} ranges a day.`),
    note: z.string().trim().max(120, 'Keep the note to 120 characters or fewer.'),
  })
  .superRefine((special, ctx) => {
    if (special.closed && special.ranges.length > 0) {
      ctx.addIssue({ code: 'custom', path: ['ranges'], message: 'A closed day has no opening ranges.' });
    }
    if (!special.closed && special.ranges.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['ranges'], message: 'Add at least one range, or mark the day closed.' });
    }
    for (const { index, message } of dayOverlaps(special.ranges)) {
      ctx.addIssue({ code: 'custom', path: ['ranges', index], message });
    }
  });

export type SpecialDate = z.infer<typeof specialDateSchema>;

/** Input of `store.save`: the whole store at once. */
export const storeInputSchema = z
  .strictObject({
    name: nameSchema,
    timezone: timeZoneSchema,
    currency: currencySchema,
    taxRateBps: taxRateSchema,
    /** Prices already include tax (typical in Europe) or tax is added on top. */
    taxIncluded: z.boolean(),
    status: storeStatusSchema,
    hours: weeklyHoursSchema,
    specialDates: z.array(specialDateSchema).max(maxSpecialDates, `At most ${maxSpecialDates} special dates.`),
  })
  .superRefine((store, ctx) => {
    const seen = new Set<string>();
    store.specialDates.forEach((special, i) => {
      if (seen.has(special.date))
        ctx.addIssue({ code: 'custom', path: ['specialDates', i, 'date'], message: 'This date is listed twice.' });
      seen.add(special.date);
    });
  });

export type StoreInput = z.infer<typeof storeInputSchema>;

/** Input of `store.setStatus`: the one-click status change. */
export const storeStatusInputSchema = z.strictObject({ status: storeStatusSchema });

/** The store as the screens see it. */
export interface StoreView {
  /** The same id partners see as the envelope's `store_id`. */
  id: string;
  name: string;
  timezone: string;
  currency: string;
  taxRateBps: number;
  taxIncluded: boolean;
  status: StoreStatus;
  hours: WeeklyHours;
  specialDates: SpecialDate[];
  updatedAt: string;
}

export type { TimeRange, WeeklyHours };
