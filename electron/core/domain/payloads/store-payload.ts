import type { StoreStatus, StoreView } from '../../../../shared/domain/store';
import { storeChange, type StoreChange } from '../../../../shared/events/event-data';
import type { StorePayload } from '../../../../shared/events/payload-parts';

function statusPayload(status: StoreStatus): StorePayload['status'] {
  switch (status.state) {
    case 'busy':
      return { state: 'busy', delay_minutes: status.delayMinutes };
    case 'paused':
      return { state: 'paused', until: status.until };
    default:
      return { state: status.state };
  }
}

/** The store as partners see it (`store.updated`). */
export function storePayloadOf(store: StoreView): StorePayload {
  return {
    id: store.id,
    name: store.name,
    timezone: store.timezone,
    currency: store.currency,
    tax_rate_bps: store.taxRateBps,
    tax_included: store.taxIncluded,
    status: statusPayload(store.status),
    hours: store.hours,
    special_dates: store.specialDates,
    updated_at: store.updatedAt,
  };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Field-by-field differences between two store payloads; empty when nothing changed. */
export function storeChanges(before: StorePayload, after: StorePayload): StoreChange[] {
  const fields = [
    'name',
    'timezone',
    'currency',
    'tax_rate_bps',
    'tax_included',
    'status',
    'hours',
    'special_dates',
  ] as const;
  return (
    fields
      .filter((field) => !same(before[field], after[field]))
      // Parsed, not cast: TypeScript cannot tie each field to its value type here.
      .map((field) => storeChange.parse({ field, old: before[field], new: after[field] }))
  );
}
