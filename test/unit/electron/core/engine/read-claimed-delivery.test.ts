import { describe, expect, it } from 'vitest';
import { readClaimedDelivery } from '../../../../../electron/core/engine/read-claimed-delivery';

const good = {
  id: 7,
  eventId: 'evt_01',
  eventType: 'order.created',
  destinationId: 'partner:deliveroo',
  attempts: 2,
  manualAttempts: 1,
  manual: 0,
  resumeAt: null,
  body: '{"id":"evt_01"}',
  createdAt: 1_764_000_000_000,
};

/** Values each field must refuse; every one is a way a damaged or edited database can read back. */
const damaged: Record<string, unknown[]> = {
  id: [0, -1, 1.5, '7', null, undefined, Number.NaN],
  eventId: ['', 7, null, undefined],
  eventType: ['', 7, null],
  destinationId: ['deliveroo', 'partner:', 42, null, 'PARTNER:x'],
  attempts: [-1, 0.5, '2', null, Number.POSITIVE_INFINITY],
  manualAttempts: [-1, 0.5, null, undefined],
  manual: [2, true, '1', null, undefined],
  resumeAt: [1.5, '5', undefined, Number.NaN],
  body: ['', '[1]', '{"cut', 'x}', 42],
  createdAt: [1.5, null, '0', undefined],
};

describe('reading a claimed delivery back from the database', () => {
  it('takes a whole row as it is, with the resend flag as a boolean', () => {
    expect(readClaimedDelivery(good)).toEqual({ ok: true, delivery: { ...good, manual: false } });
    expect(readClaimedDelivery({ ...good, manual: 1, resumeAt: 1_764_000_060_000 })).toEqual({
      ok: true,
      delivery: { ...good, manual: true, resumeAt: 1_764_000_060_000 },
    });
  });

  it('refuses every damaged field with a reason that names it — the quick check never lets one through', () => {
    for (const [field, values] of Object.entries(damaged)) {
      for (const value of values) {
        const read = readClaimedDelivery({ ...good, [field]: value });
        expect(read.ok, `${field} = ${String(value)}`).toBe(false);
        if (read.ok) continue;
        if (field === 'body' && typeof value !== 'string') continue;
        expect(read.reason, `${field} = ${String(value)}`).toMatch(new RegExp(`could not be read back .*${field}`));
      }
    }
  });

  it('says a pruned payload cannot be sent again, keeping the id to give it up by', () => {
    expect(readClaimedDelivery({ ...good, body: null })).toMatchObject({
      ok: false,
      id: 7,
      reason: expect.stringMatching(/payload is no longer kept/) as string,
    });
  });
});
