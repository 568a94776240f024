import { describe, expect, it } from 'vitest';
import { backInStockTime, endOfStoreDay, nextOpening } from '../../../../shared/domain/back-in-stock';
import { closedWeek, everyDay } from '../../../../shared/domain/hours';
import { instantAt, wallClockAt } from '../../../../shared/domain/zoned-time';

const at = (iso: string): number => Date.parse(iso);
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

describe('store time (the store’s zone, not the PC’s)', () => {
  it('reads the wall clock in the store’s zone', () => {
    expect(wallClockAt(at('2026-11-20T23:30:00Z'), 'Europe/Berlin')).toMatchObject({
      year: 2026,
      month: 11,
      day: 21,
      hour: 0,
      minute: 30,
      weekday: 'saturday',
    });
    expect(wallClockAt(at('2026-11-20T23:30:00Z'), 'America/New_York')).toMatchObject({ day: 20, hour: 18 });
  });

  it('finds the instant of a wall-clock time, on either side of a daylight-saving change', () => {
    const civil = (month: number, day: number, hour: number) => ({ year: 2026, month, day, hour, minute: 0 });
    expect(iso(instantAt(civil(3, 28, 12), 'Europe/Berlin'))).toBe('2026-03-28T11:00:00.000Z'); // CET
    expect(iso(instantAt(civil(3, 29, 12), 'Europe/Berlin'))).toBe('2026-03-29T10:00:00.000Z'); // CEST
    expect(iso(instantAt(civil(11, 1, 9), 'America/New_York'))).toBe('2026-11-01T14:00:00.000Z'); // EST again
  });
});

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
