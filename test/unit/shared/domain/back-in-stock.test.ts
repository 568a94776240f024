import { describe, expect, it } from 'vitest';
import { backInStockTime, endOfStoreDay, nextOpening } from '../../../../shared/domain/back-in-stock';
import { closedWeek, everyDay } from '../../../../shared/domain/hours';

const at = (iso: string): number => Date.parse(iso);
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

describe('when an item 86’d until later comes back', () => {
  it('“end of day” is the coming midnight in the store’s zone', () => {
    expect(iso(endOfStoreDay(at('2026-11-20T18:00:00Z'), 'Europe/Berlin'))).toBe('2026-11-20T23:00:00.000Z');
    // 00:30 in Berlin is already the next day: its end is the midnight after.
    expect(iso(endOfStoreDay(at('2026-11-20T23:30:00Z'), 'Europe/Berlin'))).toBe('2026-11-21T23:00:00.000Z');
    expect(iso(endOfStoreDay(at('2026-11-20T18:00:00Z'), 'America/New_York'))).toBe('2026-11-21T05:00:00.000Z');
  });

  it('“tomorrow’s opening” is the first opening on a later day, skipping closed days', () => {
    const hours = {
      ...closedWeek(),
      tuesday: [
        { start: '17:30', end: '22:00' },
        { start: '11:30', end: '14:30' },
      ],
      sunday: [{ start: '12:00', end: '21:00' }],
    };
    // Saturday 21 Nov 2026, 20:00 in Berlin → Sunday 12:00.
    expect(iso(nextOpening(at('2026-11-21T19:00:00Z'), 'Europe/Berlin', hours))).toBe('2026-11-22T11:00:00.000Z');
    // Sunday → Monday is closed → Tuesday's earliest range, 11:30.
    expect(iso(nextOpening(at('2026-11-22T10:00:00Z'), 'Europe/Berlin', hours))).toBe('2026-11-24T10:30:00.000Z');
    // Not later today, even when today still opens again.
    expect(
      iso(nextOpening(at('2026-11-24T09:00:00Z'), 'Europe/Berlin', everyDay({ start: '17:00', end: '23:00' }))),
    ).toBe('2026-11-25T16:00:00.000Z');
    expect(nextOpening(at('2026-11-24T09:00:00Z'), 'Europe/Berlin', closedWeek())).toBeNull();
  });

  it('a chosen time is taken as it is', () => {
    const now = at('2026-11-20T18:00:00Z');
    expect(
      iso(backInStockTime({ kind: 'at', at: '2026-11-20T21:15:00+01:00' }, now, 'Europe/Berlin', closedWeek())),
    ).toBe('2026-11-20T20:15:00.000Z');
  });
});
