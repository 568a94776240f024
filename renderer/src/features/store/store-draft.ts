import {
  storeInputSchema,
  type SpecialDate,
  type StoreInput,
  type StoreStatus,
  type StoreView,
} from '../../../../shared/domain/store';
import type { DraftOfSaved } from '../../forms/draft-of-saved';
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

export interface SpecialDateDraft {
  key: string;
  date: string;
  closed: boolean;
  ranges: RangeDraft[];
  note: string;
}

/**
 * The Store form as typed: numbers stay text until they parse, so half-typed values can be judged.
 * The status is not in it: it changes at once, with one click (status-section.tsx), and a
 * save of the form carries whatever status the store has then.
 */
export interface StoreDraft {
  name: string;
  timezone: string;
  currency: string;
  /** Percent as typed in the user's locale, e.g. "8.5" (en-US) or "8,5" (de-DE). */
  taxRate: string;
  taxIncluded: boolean;
  hours: WeekDraft;
  specialDates: SpecialDateDraft[];
}

export const storeFields = ['name', 'timezone', 'currency', 'taxRateBps'] as const;

export const storeFieldLabels: Record<string, string> = {
  name: 'Name',
  timezone: 'Time zone',
  currency: 'Currency',
  taxRateBps: 'Tax rate',
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
  return {
    name: view.name,
    timezone: view.timezone,
    currency: view.currency,
    taxRate: formatDecimal(view.taxRateBps, taxRateSpec(locale)),
    taxIncluded: view.taxIncluded,
    hours: weekDraftFrom(view.hours),
    specialDates: view.specialDates.map(specialDraft),
  };
}

/**
 * What `store.save` takes, with the store's current `status`; a tax rate that
 * is not a number becomes NaN for the schema to refuse. `locale` is the user's.
 */
export function inputFromDraft(draft: StoreDraft, status: StoreStatus, locale: string): StoreInput {
  // A percent with two decimals is a whole number of basis points.
  const tax = parsePercent(draft.taxRate, taxRateSpec(locale));
  return {
    name: draft.name,
    timezone: draft.timezone.trim(),
    currency: draft.currency.trim().toUpperCase(),
    taxRateBps: tax.ok ? tax.bps : Number.NaN,
    taxIncluded: draft.taxIncluded,
    status,
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
  // The status is not the form's to judge (see StoreDraft): an open store stands in.
  const parsed = storeInputSchema.safeParse(inputFromDraft(draft, { state: 'open' }, locale));
  if (parsed.success) return { fields: {}, issues: [] };
  const issues = parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
  const fields = fieldErrorsFrom(issues, storeFields);
  const tax = parsePercent(draft.taxRate, taxRateSpec(locale));
  // Not a number (or an ambiguous one): say so in the locale's words, not the schema's.
  if (fields.taxRateBps && !tax.ok) fields.taxRateBps = tax.message;
  return { fields, issues };
}

/** Compares what would be saved with what is saved, so typing a value back undoes "unsaved". */
export function storeDraftIsDirty(draft: StoreDraft, view: StoreView, locale: string): boolean {
  const input = inputFromDraft(draft, view.status, locale);
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
  return canonical(input) !== canonical(saved);
}

/** The Store form's draft against the store the core has (for `useDraftOfSaved`); `locale` is the user's. */
export function storeDraftOfSaved(locale: string): DraftOfSaved<StoreView, StoreDraft> {
  return {
    toDraft: (view) => draftFromStore(view, locale),
    differs: (draft, view) => storeDraftIsDirty(draft, view, locale),
  };
}

/** JSON with object keys sorted, so the core's key order never reads as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
