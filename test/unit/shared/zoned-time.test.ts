import { describe, expect, it } from 'vitest';
import {
  addDays,
  dayOfWeek,
  isoInZone,
  offsetMinutesAt,
  resolveWallTime,
  wallTimeAt,
  type WallTime,
} from '../../../shared/domain/zoned-time';

const wall = (text: string): WallTime => {
  const [date = '', time = ''] = text.split('T');
  const [year = 0, month = 0, day = 0] = date.split('-').map(Number);
  const [hour = 0, minute = 0] = time.split(':').map(Number);
  return { year, month, day, hour, minute };
};
const at = (iso: string): number => Date.parse(iso);

describe('wall time in a zone', () => {
  it('reads an instant on the zone’s clock, with the offset of the season', () => {
    expect(wallTimeAt('Europe/Berlin', at('2026-11-22T22:52:05Z'))).toEqual({
      year: 2026,
      month: 11,
      day: 22,
      hour: 23,
      minute: 52,
      second: 5,
    });
    expect(offsetMinutesAt('Europe/Berlin', at('2026-11-22T12:00:00Z'))).toBe(60);
    expect(offsetMinutesAt('Europe/Berlin', at('2026-07-22T12:00:00Z'))).toBe(120);
    expect(offsetMinutesAt('America/New_York', at('2026-11-22T12:00:00Z'))).toBe(-300);
    expect(offsetMinutesAt('Asia/Kolkata', at('2026-11-22T12:00:00Z'))).toBe(330);
    // Midnight is hour 0, never 24.
    expect(wallTimeAt('Europe/Berlin', at('2026-11-22T23:00:00Z')).hour).toBe(0);
  });

  it('writes an instant as the zone’s wall time with its offset, as partners read it', () => {
    expect(isoInZone('Europe/Berlin', at('2026-11-22T22:52:05Z'))).toBe('2026-11-22T23:52:05+01:00');
    expect(isoInZone('Europe/Berlin', at('2026-07-01T10:00:00Z'))).toBe('2026-07-01T12:00:00+02:00');
    expect(isoInZone('America/New_York', at('2026-11-22T22:52:00Z'))).toBe('2026-11-22T17:52:00-05:00');
    expect(isoInZone('Asia/Kolkata', at('2026-11-22T22:52:00Z'))).toBe('2026-11-23T04:22:00+05:30');
    expect(isoInZone('America/St_Johns', at('2026-11-22T22:52:00Z'))).toBe('2026-11-22T19:22:00-03:30');
  });
});

describe('a wall time as an instant', () => {
  it('is exact on an ordinary day, in either hemisphere', () => {
    expect(resolveWallTime('Europe/Berlin', wall('2026-11-22T23:52'))).toEqual({
      kind: 'exact',
      instant: at('2026-11-22T22:52:00Z'),
    });
    expect(resolveWallTime('Australia/Sydney', wall('2026-11-22T09:00'))).toEqual({
      kind: 'exact',
      instant: at('2026-11-21T22:00:00Z'),
    });
  });

  it('moves a time the clocks skip forward by the gap (02:30 → 03:30 on the night summer time starts)', () => {
    // Berlin: 02:00 CET becomes 03:00 CEST on 29 March 2026.
    expect(resolveWallTime('Europe/Berlin', wall('2026-03-29T02:30'))).toEqual({
      kind: 'skipped',
      instant: at('2026-03-29T01:30:00Z'),
    });
    expect(isoInZone('Europe/Berlin', at('2026-03-29T01:30:00Z'))).toBe('2026-03-29T03:30:00+02:00');
    // New York springs forward three weeks earlier, on 8 March.
    expect(resolveWallTime('America/New_York', wall('2026-03-08T02:30'))).toEqual({
      kind: 'skipped',
      instant: at('2026-03-08T07:30:00Z'),
    });
    // Sydney's spring is in October; Lord Howe moves only half an hour.
    expect(resolveWallTime('Australia/Sydney', wall('2026-10-04T02:30')).kind).toBe('skipped');
    const lordHowe = resolveWallTime('Australia/Lord_Howe', wall('2026-10-04T02:15'));
    expect(lordHowe.kind).toBe('skipped');
    expect(isoInZone('Australia/Lord_Howe', lordHowe.instant)).toBe('2026-10-04T02:45:00+11:00');
  });

  it('takes the first of a time that happens twice (the night summer time ends), and knows the second', () => {
    expect(resolveWallTime('Europe/Berlin', wall('2026-10-25T02:30'))).toEqual({
      kind: 'repeated',
      instant: at('2026-10-25T00:30:00Z'),
      later: at('2026-10-25T01:30:00Z'),
    });
    expect(resolveWallTime('America/New_York', wall('2026-11-01T01:30'))).toEqual({
      kind: 'repeated',
      instant: at('2026-11-01T05:30:00Z'),
      later: at('2026-11-01T06:30:00Z'),
    });
    // Just outside the repeated hour, it is exact again.
    expect(resolveWallTime('Europe/Berlin', wall('2026-10-25T03:00')).kind).toBe('exact');
    expect(resolveWallTime('Europe/Berlin', wall('2026-10-25T01:59')).kind).toBe('exact');
  });
});

describe('calendar dates', () => {
  it('add days across months and years, and know the weekday', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(dayOfWeek('2026-11-22')).toBe(0);
    expect(dayOfWeek('2026-11-27')).toBe(5);
  });
});
