import {
  storeInputSchema,
  type SpecialDate,
  type StoreInput,
  type StoreStatus,
  type StoreView,
} from '../../../../shared/domain/store';
import { fieldErrorsFrom, type FieldErrors } from '../../forms/field-errors';
import { parseMoney } from '../../forms/money';
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
  /** Percent, e.g. "8.5". */
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

export function draftFromStore(view: StoreView): StoreDraft {
  return {
    name: view.name,
    timezone: view.timezone,
    currency: view.currency,
    taxRate: (view.taxRateBps / 100).toString(),
    taxIncluded: view.taxIncluded,
    hours: weekDraftFrom(view.hours),
    specialDates: view.specialDates.map(specialDraft),
  };
}

/**
 * What `store.save` takes, with the store's current `status`; a tax rate that
 * is not a number becomes NaN for the schema to refuse.
 */
export function inputFromDraft(draft: StoreDraft, status: StoreStatus): StoreInput {
  // A percent with two decimals is a whole number of basis points.
  const tax = parseMoney(draft.taxRate, 'USD');
  return {
    name: draft.name,
    timezone: draft.timezone.trim(),
    currency: draft.currency.trim().toUpperCase(),
    taxRateBps: tax.ok ? tax.minor : Number.NaN,
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

export function validateStoreDraft(draft: StoreDraft): StoreValidation {
  // The status is not the form's to judge (see StoreDraft): an open store stands in.
  const parsed = storeInputSchema.safeParse(inputFromDraft(draft, { state: 'open' }));
  if (parsed.success) return { fields: {}, issues: [] };
  const issues = parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
  const fields = fieldErrorsFrom(issues, storeFields);
  if (fields.taxRateBps && !parseMoney(draft.taxRate, 'USD').ok)
    fields.taxRateBps = 'Enter the tax rate in percent, e.g. 8.5.';
  return { fields, issues };
}

/** Compares what would be saved with what is saved, so typing a value back undoes "unsaved". */
export function storeDraftIsDirty(draft: StoreDraft, view: StoreView): boolean {
  const input = inputFromDraft(draft, view.status);
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

/** JSON with object keys sorted, so the core's key order never reads as a change. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}
