import { describe, expect, it } from 'vitest';
import { closedWeek } from '../../../../shared/domain/hours';
import { pauseFor, untilClosingOffer } from '../../../../renderer/src/features/store/quick-statuses';
import { readStatusDraft, statusDraftFrom } from '../../../../renderer/src/features/store/status-draft';
import { resumeLabel, statusSentence } from '../../../../renderer/src/features/store/status-words';
import { createStoreClock } from '../../../../renderer/src/time/store-clock';

const at = (iso: string): number => Date.parse(iso);
const now = at('2026-11-24T11:00:00Z'); // Tuesday, 12:00 in Berlin
const clock = createStoreClock('Europe/Berlin', { locale: 'en-US', pc: 'America/New_York', now: () => now });
const store = {
  timezone: 'Europe/Berlin',
  hours: { ...closedWeek(), tuesday: [{ start: '11:30', end: '14:30' }] },
  specialDates: [],
};

describe('the one-click statuses', () => {
  it('pause for whole minutes from now, never shorter than asked, in the store’s offset', () => {
    expect(pauseFor(15, at('2026-11-24T20:30:40Z'), 'Europe/Berlin')).toEqual({
      state: 'paused',
      until: '2026-11-24T21:46:00+01:00',
    });
    expect(pauseFor(60, at('2026-11-24T20:30:00Z'), 'Europe/Berlin')).toEqual({
      state: 'paused',
      until: '2026-11-24T22:30:00+01:00',
    });
  });

  it('offer "until closing" with the closing time, or say why not', () => {
    expect(untilClosingOffer(store, now, clock)).toEqual({
      ok: true,
      status: { state: 'paused', until: '2026-11-24T14:30:00+01:00' },
      closesAt: at('2026-11-24T13:30:00Z'),
    });
    expect(untilClosingOffer(store, at('2026-11-24T15:00:00Z'), clock)).toEqual({
      ok: false,
      reason:
        'Until closing: not offered, because the hours say the store is closed now (it opens Dec 1, 11:30 AM Berlin time).',
    });
    expect(untilClosingOffer({ ...store, hours: closedWeek() }, now, clock)).toEqual({
      ok: false,
      reason: 'Until closing: not offered, because the store has no opening hours. Add them below.',
    });
  });
});

describe('"Set another status…"', () => {
  it('starts from the store’s status, or half an hour from now for a pause', () => {
    expect(statusDraftFrom({ state: 'open' }, clock, at('2026-11-24T11:00:20Z'))).toEqual({
      state: 'open',
      delayMinutes: '20',
      pausedUntil: '2026-11-24T12:31',
    });
    expect(statusDraftFrom({ state: 'paused', until: '2026-11-24T13:00:00Z' }, clock, now).pausedUntil).toBe(
      '2026-11-24T14:00',
    );
  });

  it('reads the pause’s end as store time and refuses one already past', () => {
    const draft = { state: 'paused' as const, delayMinutes: '20', pausedUntil: '2026-11-24T18:30' };
    expect(readStatusDraft(draft, clock, now)).toEqual({
      ok: true,
      status: { state: 'paused', until: '2026-11-24T18:30:00+01:00' },
    });
    expect(readStatusDraft({ ...draft, pausedUntil: '2026-11-24T11:59' }, clock, now)).toEqual({
      ok: false,
      errors: { until: 'Choose a time in the future for the pause to end.' },
    });
    expect(readStatusDraft({ ...draft, pausedUntil: '' }, clock, now)).toEqual({
      ok: false,
      errors: { until: 'Choose the date and time the pause ends.' },
    });
  });

  it('places the shared schema’s messages on the busy delay', () => {
    const busy = { state: 'busy' as const, delayMinutes: '25', pausedUntil: '' };
    expect(readStatusDraft(busy, clock, now)).toEqual({ ok: true, status: { state: 'busy', delayMinutes: 25 } });
    expect(readStatusDraft({ ...busy, delayMinutes: '2' }, clock, now)).toEqual({
      ok: false,
      errors: { delayMinutes: 'At least 5 minutes.' },
    });
    expect(readStatusDraft({ ...busy, delayMinutes: 'soon' }, clock, now)).toEqual({
      ok: false,
      errors: { delayMinutes: 'Enter whole minutes, 5–180.' },
    });
  });
});

describe('the status in words', () => {
  it('says what partners are told, in store time, and how to go back', () => {
    expect(statusSentence({ state: 'paused', until: '2026-11-24T20:45:00Z' }, clock, now)).toBe(
      'Online ordering is paused until 9:45 PM Berlin time.',
    );
    expect(statusSentence({ state: 'busy', delayMinutes: 15 }, clock, now)).toBe(
      'Busy: +15 min prep time on every order.',
    );
    expect(resumeLabel({ state: 'busy', delayMinutes: 15 })).toBe('Resume normal');
    expect(resumeLabel({ state: 'paused', until: '2026-11-24T20:45:00Z' })).toBe('Resume');
    expect(resumeLabel({ state: 'closed' })).toBe('Open the store');
  });
});
