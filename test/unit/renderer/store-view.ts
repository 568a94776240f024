import { closedWeek } from '../../../shared/domain/hours';
import type { StoreView } from '../../../shared/domain/store';

/** A store as `store.get` answers, in Berlin, with what a test changes. */
export function storeView(patch: Partial<StoreView> = {}): StoreView {
  return {
    id: 'str_1',
    name: 'Trattoria Aurora',
    timezone: 'Europe/Berlin',
    currency: 'EUR',
    taxRateBps: 1900,
    taxIncluded: true,
    status: { state: 'open' },
    hours: { ...closedWeek(), friday: [{ start: '17:30', end: '02:00' }] },
    specialDates: [{ date: '2026-12-24', closed: true, ranges: [], note: 'Christmas Eve' }],
    updatedAt: '',
    ...patch,
  };
}
