import {
  busyDelayRange,
  storeInputSchema,
  type SpecialDate,
  type StoreInput,
  type StoreStatus,
  type StoreView,
} from '../../../../shared/domain/store';
import { fieldErrorsFrom, type FieldErrors } from '../../forms/field-errors';
import { formatDecimal, type DecimalSpec } from '../../forms/locale-number';
import { parsePercent, percentSpec } from '../../forms/percent';
import {
  hoursFromDraft,
  rangesDraft,
  rangesFromDraft,
  weekDraftFrom,
  type RangeDraft,
  type WeekDraft,
} from '../../forms/week-draft';
import { inHalfAnHour, isoToLocalInput, localInputToIso } from './local-time';

export type StoreState = StoreStatus['state'];

export interface SpecialDateDraft {
  key: string;
  date: string;
  closed: boolean;
  ranges: RangeDraft[];
  note: string;
}

/** The Store form as typed: numbers stay text until they parse, so half-typed values can be judged. */
export interface StoreDraft {
  name: string;
  timezone: string;
  currency: string;
  /** Percent as typed in the user's locale, e.g. "8.5" (en-US) or "8,5" (de-DE). */
  taxRate: string;
  taxIncluded: boolean;
  state: StoreState;
  delayMinutes: string;
  /** datetime-local value. */
  pausedUntil: string;
  hours: WeekDraft;
  specialDates: SpecialDateDraft[];
}

export const storeFields = [
  'name',
  'timezone',
  'currency',
  'taxRateBps',
  'status',
  'status.delayMinutes',
  'status.until',
] as const;

export const storeFieldLabels: Record<string, string> = {
  name: 'Name',
  timezone: 'Time zone',
  currency: 'Currency',
  taxRateBps: 'Tax rate',
  status: 'Status',
  'status.delayMinutes': 'Extra wait',
  'status.until': 'Paused until',
  hours: 'Weekly hours',
  specialDates: 'Special dates',
};

let nextKey = 0;
export function specialKey(): string {
  nextKey += 1;
  return `s${nextKey}`;
}

function specialDraft(special: SpecialDate): SpecialDateDraft {
  return {
    key: specialKey(),
    date: special.date,
    closed: special.closed,
    ranges: rangesDraft(special.ranges),
    note: special.note,
  };
}

/** The tax rate field: a percentage in the user's locale, kept as basis points. */
export function taxRateSpec(locale: string): DecimalSpec {
  return percentSpec(locale, 'tax rate');
}

/** `locale` is the user's: the tax rate is shown and typed their way (forms/percent.ts). */
export function draftFromStore(view: StoreView, locale: string): StoreDraft {
  const { status } = view;
  return {
    name: view.name,
    timezone: view.timezone,
    currency: view.currency,
    taxRate: formatDecimal(view.taxRateBps, taxRateSpec(locale)),
    taxIncluded: view.taxIncluded,
    state: status.state,
    delayMinutes: status.state === 'busy' ? String(status.delayMinutes) : '20',
    pausedUntil: status.state === 'paused' ? isoToLocalInput(status.until) : inHalfAnHour(),
    hours: weekDraftFrom(view.hours),
    specialDates: view.specialDates.map(specialDraft),
  };
}

/** Whole numbers only; anything else becomes NaN so the schema says "Use whole minutes". */
function wholeNumber(typed: string): number {
  return /^\s*-?\d+\s*$/.test(typed) ? Number(typed) : Number.NaN;
}

function statusFromDraft(draft: StoreDraft): StoreStatus {
  switch (draft.state) {
    case 'busy':
      return { state: 'busy', delayMinutes: wholeNumber(draft.delayMinutes) };
    case 'paused':
      return { state: 'paused', until: localInputToIso(draft.pausedUntil) };
    default:
      return { state: draft.state };
  }
}

/** What `store.save` takes; a tax rate that is not a number becomes NaN for the schema to refuse. */
export function inputFromDraft(draft: StoreDraft, locale: string): StoreInput {
  // A percent with two decimals is a whole number of basis points.
  const tax = parsePercent(draft.taxRate, taxRateSpec(locale));
  return {
    name: draft.name,
    timezone: draft.timezone.trim(),
    currency: draft.currency.trim().toUpperCase(),
    taxRateBps: tax.ok ? tax.bps : Number.NaN,
    taxIncluded: draft.taxIncluded,
    status: statusFromDraft(draft),
    hours: hoursFromDraft(draft.hours),
    specialDates: draft.specialDates.map((special) => ({
      date: special.date,
      closed: special.closed,
      ranges: special.closed ? [] : rangesFromDraft(special.ranges),
      note: special.note,
    })),
  };
}

export interface StoreValidation {
  fields: FieldErrors;
  /** Every issue, for the hours and special-date editors to place. */
  issues: { path: PropertyKey[]; message: string }[];
}

export function validateStoreDraft(draft: StoreDraft, locale: string): StoreValidation {
  const parsed = storeInputSchema.safeParse(inputFromDraft(draft, locale));
  if (parsed.success) return { fields: {}, issues: [] };
  const issues = parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
  const fields = fieldErrorsFrom(issues, storeFields);
  const tax = parsePercent(draft.taxRate, taxRateSpec(locale));
  // Not a number (or an ambiguous one): say so in the locale's words, not the schema's.
  if (fields.taxRateBps && !tax.ok) fields.taxRateBps = tax.message;
  if (fields['status.delayMinutes'] && Number.isNaN(wholeNumber(draft.delayMinutes))) {
    fields['status.delayMinutes'] = `Enter whole minutes, ${busyDelayRange.min}–${busyDelayRange.max}.`;
  }
  return { fields, issues };
}

/** Compares what would be saved with what is saved, so typing a value back undoes "unsaved". */
export function storeDraftIsDirty(draft: StoreDraft, view: StoreView, locale: string): boolean {
  const input = inputFromDraft(draft, locale);
  const saved: StoreInput = {
    name: view.name,
    timezone: view.timezone,
    currency: view.currency,
    taxRateBps: view.taxRateBps,
    taxIncluded: view.taxIncluded,
    status: view.status,
    hours: view.hours,
    specialDates: view.specialDates,
  };
  // A paused time round-trips through the minute-precision input: compare instants.
  if (input.status.state === 'paused' && saved.status.state === 'paused') {
    if (Date.parse(input.status.until) === Date.parse(saved.status.until)) input.status = saved.status;
  }
  return canonical(input) !== canonical(saved);
}

/** JSON with object keys sorted, so the core's key order never reads as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
