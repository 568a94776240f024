import { describe, expect, it } from 'vitest';
import { createStoreClock, zoneLabelOf } from '../../../../renderer/src/time/store-clock';

const at = (iso: string): number => Date.parse(iso);
const november = at('2026-11-22T12:00:00Z');
/** A store in Berlin read on a PC in New York, in American English. */
const berlinFromNewYork = createStoreClock('Europe/Berlin', {
  locale: 'en-US',
  pc: 'America/New_York',
  now: () => november,
});

describe('the store clock', () => {
  it('shows times in the store’s zone, saying whose clock, when the PC’s zone differs', () => {
    expect(berlinFromNewYork.showsZone).toBe(true);
    expect(berlinFromNewYork.zoneLabel).toBe('Berlin time');
    // A table names the zone once, in its header.
    expect(berlinFromNewYork.moment('2026-11-22T22:52:05Z', { zone: false })).toBe('Nov 22, 11:52:05 PM');
    expect(berlinFromNewYork.moment('2026-11-22T22:52:05Z')).toBe('Nov 22, 11:52:05 PM Berlin time');
    expect(berlinFromNewYork.onThisPc('2026-11-22T22:52:05Z')).toBe('Nov 22, 5:52:05 PM New York time');
    expect(berlinFromNewYork.zoneName(at('2026-07-01T12:00:00Z'))).toBe('GMT+2');
  });

  it('names a zone by its city, whatever the season; a zone with no city by its short name', () => {
    expect(zoneLabelOf('America/Argentina/Buenos_Aires')).toBe('Buenos Aires time');
    expect(zoneLabelOf('UTC')).toBe('UTC');
    expect(zoneLabelOf('Etc/GMT+5')).toBe('GMT-5');
  });

  it('leaves the zone out when the PC keeps the store’s time, even under another name', () => {
    const here = createStoreClock('Europe/Berlin', { locale: 'en-US', pc: 'Europe/Berlin', now: () => november });
    expect(here.showsZone).toBe(false);
    expect(here.moment('2026-11-22T22:52:05Z')).toBe('Nov 22, 11:52:05 PM');
    expect(createStoreClock('Europe/Berlin', { pc: 'Europe/Copenhagen', now: () => november }).showsZone).toBe(false);
    // London agrees with Lisbon but not with Berlin.
    expect(createStoreClock('Europe/London', { pc: 'Europe/Lisbon', now: () => november }).showsZone).toBe(false);
    expect(createStoreClock('Europe/London', { pc: 'Europe/Berlin', now: () => november }).showsZone).toBe(true);
  });

  it('writes one format in the user’s locale: German reads 24-hour with its own zone name', () => {
    const german = createStoreClock('Europe/Berlin', { locale: 'de-DE', pc: 'America/New_York', now: () => november });
    expect(german.moment('2026-11-22T22:52:05Z')).toBe('22. Nov., 23:52:05 Berlin time');
    expect(german.planned('2026-11-22T20:45:00Z', { now: november })).toBe('21:45 Berlin time');
  });

  it('names the year only when it is not this year’s', () => {
    const here = createStoreClock('Europe/Berlin', { locale: 'en-US', pc: 'Europe/Berlin', now: () => november });
    expect(here.moment('2025-12-31T22:52:05Z')).toBe('Dec 31, 2025, 11:52:05 PM');
  });

  it('plans to the minute, with the date only when it is not today in the store', () => {
    expect(berlinFromNewYork.planned('2026-11-22T20:45:00Z', { now: november })).toBe('9:45 PM Berlin time');
    expect(berlinFromNewYork.planned('2026-11-23T20:45:00Z', { now: november })).toBe('Nov 23, 9:45 PM Berlin time');
    // 00:30 on the 23rd in Berlin is still the 22nd in New York: "today" is the store's day.
    const lateNight = at('2026-11-22T23:30:00Z');
    expect(berlinFromNewYork.planned('2026-11-23T20:45:00Z', { now: lateNight })).toBe('9:45 PM Berlin time');
  });

  it('puts a store time into a datetime-local input and reads it back as store time', () => {
    expect(berlinFromNewYork.toInput('2026-11-29T09:00:00Z')).toBe('2026-11-29T10:00');
    expect(berlinFromNewYork.toInput(undefined)).toBe('');
    expect(berlinFromNewYork.toInput('not a time')).toBe('');
    expect(berlinFromNewYork.fromInput('2026-11-29T10:00')).toEqual({
      ok: true,
      iso: '2026-11-29T10:00:00+01:00',
      instant: at('2026-11-29T09:00:00Z'),
      note: null,
    });
    expect(berlinFromNewYork.fromInput('2026-07-01T18:30')).toMatchObject({ iso: '2026-07-01T18:30:00+02:00' });
    for (const nonsense of ['', '2026-02-30T10:00', '2026-11-29', 'tomorrow', '2026-11-29T25:00'])
      expect(berlinFromNewYork.fromInput(nonsense)).toEqual({ ok: false });
  });

  it('reads the nights the clocks change the way a person means, and says how', () => {
    const skipped = berlinFromNewYork.fromInput('2026-03-29T02:30');
    expect(skipped).toMatchObject({ ok: true, iso: '2026-03-29T03:30:00+02:00' });
    expect(skipped.ok && skipped.note).toBe(
      'The clocks go forward that night, so 2:30 AM never happens in store time; it is read as 3:30 AM.',
    );
    const repeated = berlinFromNewYork.fromInput('2026-10-25T02:30');
    expect(repeated).toMatchObject({ ok: true, iso: '2026-10-25T02:30:00+02:00' });
    expect(repeated.ok && repeated.note).toBe(
      'The clocks go back that night, so 2:30 AM happens twice in store time; the first (GMT+2) is used.',
    );
    // New York's own change (8 March) is an ordinary night in Berlin.
    expect(berlinFromNewYork.fromInput('2026-03-08T02:30')).toMatchObject({ note: null });
  });

  it('labels chart ticks: midnights by date, other ticks by time of day, on the store’s clock', () => {
    expect(berlinFromNewYork.isMidnight(at('2026-11-22T23:00:00Z'))).toBe(true);
    expect(berlinFromNewYork.day(at('2026-11-22T23:00:00Z'))).toBe('Nov 23');
    expect(berlinFromNewYork.clock(at('2026-11-22T17:00:00Z'))).toBe('6:00 PM');
  });

  it('passes what is not a time through rather than writing "Invalid Date"', () => {
    expect(berlinFromNewYork.moment('soon')).toBe('soon');
  });
});
