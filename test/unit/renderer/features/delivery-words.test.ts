import { describe, expect, it } from 'vitest';
import { stateText } from '../../../../renderer/src/features/deliveries/delivery-words';
import { createStoreClock } from '../../../../renderer/src/time/store-clock';

const now = Date.parse('2026-11-22T21:50:00Z');
const clock = createStoreClock('Europe/Berlin', { locale: 'en-US', pc: 'America/New_York', now: () => now });

describe('a delivery’s state in words', () => {
  it('says when a retry is due on the store’s clock, naming the zone unless the table’s header does', () => {
    const row = { state: 'retrying' as const, nextAttemptAt: '2026-11-22T22:00:00Z' };
    expect(stateText(row, clock)).toBe('Retrying at 11:00 PM Berlin time');
    expect(stateText(row, clock, { zone: false })).toBe('Retrying at 11:00 PM');
    expect(stateText({ state: 'failed', nextAttemptAt: null }, clock)).toBe('Failed');
  });
});
