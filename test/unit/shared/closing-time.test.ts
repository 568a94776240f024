import { describe, expect, it } from 'vitest';
import { closingTime } from '../../../shared/domain/closing-time';
import { closedWeek, type TimeRange } from '../../../shared/domain/hours';
import { sampleStore } from '../../../electron/core/domain/sample/sample-restaurant';

const r = (start: string, end: string): TimeRange => ({ start, end });
const lunch = r('11:30', '14:30');

/** The sample restaurant (Europe/Berlin): closed Mondays, split shifts, late weekends, two special dates. */
const aurora = sampleStore;

const at = (iso: string): number => Date.parse(iso);
const closesAt = (iso: string) => ({ kind: 'open', closesAt: at(iso) });
const opensAt = (iso: string | null) => ({ kind: 'closed-now', opensAt: iso === null ? null : at(iso) });

describe('until closing: when today’s hours end, in the store’s zone', () => {
  it('ends at the last shift of a split day, whichever shift is on now', () => {
    // Tuesday 24 November 2026, 12:00 in Berlin (11:00Z): lunch; the day ends at 22:00 (21:00Z).
    expect(closingTime(aurora, at('2026-11-24T11:00:00Z'))).toEqual(closesAt('2026-11-24T21:00:00Z'));
    expect(closingTime(aurora, at('2026-11-24T19:00:00Z'))).toEqual(closesAt('2026-11-24T21:00:00Z'));
  });

  it('is not offered between shifts, on a closed weekday, or after closing, and says when the store opens', () => {
    // Tuesday 15:00: between lunch and dinner.
    expect(closingTime(aurora, at('2026-11-24T14:00:00Z'))).toEqual(opensAt('2026-11-24T16:30:00Z'));
    // Monday: closed all day; opens Tuesday 11:30.
    expect(closingTime(aurora, at('2026-11-23T11:00:00Z'))).toEqual(opensAt('2026-11-24T10:30:00Z'));
    // Exactly at closing time the store is closed (ranges end exclusive).
    expect(closingTime(aurora, at('2026-11-24T21:00:00Z')).kind).toBe('closed-now');
  });

  it('runs past midnight: Friday to 02:00 is still Friday’s hours at 01:00 on Saturday', () => {
    // Friday 27 November, 23:00 in Berlin.
    expect(closingTime(aurora, at('2026-11-27T22:00:00Z'))).toEqual(closesAt('2026-11-28T01:00:00Z'));
    // Saturday 01:00 in Berlin: Friday's late shift, not Saturday's noon opening.
    expect(closingTime(aurora, at('2026-11-28T00:00:00Z'))).toEqual(closesAt('2026-11-28T01:00:00Z'));
    // Saturday 13:00: Saturday's hours, to Sunday 02:00.
    expect(closingTime(aurora, at('2026-11-28T12:00:00Z'))).toEqual(closesAt('2026-11-29T01:00:00Z'));
    // A Wednesday that ends at 22:00 does not run into Thursday.
    expect(closingTime(aurora, at('2026-11-25T23:30:00Z'))).toEqual(opensAt('2026-11-26T10:30:00Z'));
  });

  it('follows special dates: a closed holiday, and a late New Year’s Eve into the next year', () => {
    // Thursday 24 December 19:00: a Thursday evening, but Christmas Eve is closed; Friday opens at 11:30.
    expect(closingTime(aurora, at('2026-12-24T18:00:00Z'))).toEqual(opensAt('2026-12-25T10:30:00Z'));
    // 31 December 18:00–03:00, not Thursday's usual 22:00.
    expect(closingTime(aurora, at('2026-12-31T22:00:00Z'))).toEqual(closesAt('2027-01-01T02:00:00Z'));
    expect(closingTime(aurora, at('2027-01-01T01:00:00Z'))).toEqual(closesAt('2027-01-01T02:00:00Z'));
    // The night before Christmas Eve: Wednesday ends at 22:00, Christmas Eve is closed.
    expect(closingTime(aurora, at('2026-12-23T23:30:00Z'))).toEqual(opensAt('2026-12-25T10:30:00Z'));
  });

  it('carries on into a range of the next day that starts as today’s ends', () => {
    const late = { ...aurora, hours: { ...aurora.hours, saturday: [r('02:00', '05:00'), r('12:00', '02:00')] } };
    expect(closingTime(late, at('2026-11-27T22:00:00Z'))).toEqual(closesAt('2026-11-28T04:00:00Z'));
  });

  it('says there are no hours rather than inventing a closing time', () => {
    const none = { timezone: 'Europe/Berlin', hours: closedWeek(), specialDates: [] };
    expect(closingTime(none, at('2026-11-24T11:00:00Z'))).toEqual({ kind: 'no-hours' });
    // A week with no hours but a special opening in two days is closed now, with that opening.
    const special = { ...none, specialDates: [{ date: '2026-11-26', closed: false, ranges: [lunch], note: '' }] };
    expect(closingTime(special, at('2026-11-24T11:00:00Z'))).toEqual(opensAt('2026-11-26T10:30:00Z'));
  });

  it('counts the real hours on the nights the clocks change', () => {
    // Saturday 28 March 2026, 20:00 CET. 02:00 on Sunday never happens: the clocks jump to 03:00 CEST (01:00Z).
    expect(closingTime(aurora, at('2026-03-28T19:00:00Z'))).toEqual(closesAt('2026-03-29T01:00:00Z'));
    const toFour = { ...aurora, hours: { ...aurora.hours, saturday: [r('12:00', '04:00')] } };
    // 04:00 CEST that night is 02:00Z.
    expect(closingTime(toFour, at('2026-03-28T19:00:00Z'))).toEqual(closesAt('2026-03-29T02:00:00Z'));
    // Saturday 24 October, 20:00 CEST. 04:00 on Sunday is CET again (03:00Z): an hour longer night.
    expect(closingTime(toFour, at('2026-10-24T18:00:00Z'))).toEqual(closesAt('2026-10-25T03:00:00Z'));
    // 02:00 happens twice that night: the first (CEST, 00:00Z) ends the day.
    expect(closingTime(aurora, at('2026-10-24T18:00:00Z'))).toEqual(closesAt('2026-10-25T00:00:00Z'));
  });

  it('uses the store’s zone, not the PC’s: the same instant is lunch in Berlin and night in New York', () => {
    const newYork = { ...aurora, timezone: 'America/New_York' };
    // 11:00Z on Tuesday 24 November is 06:00 in New York: closed, opens 11:30 EST (16:30Z).
    expect(closingTime(newYork, at('2026-11-24T11:00:00Z'))).toEqual(opensAt('2026-11-24T16:30:00Z'));
    // Saturday 7 March 2026 in New York to 02:00, the night the clocks go forward: 03:00 EDT is 07:00Z.
    expect(closingTime(newYork, at('2026-03-07T23:00:00Z'))).toEqual(closesAt('2026-03-08T07:00:00Z'));
  });
});
