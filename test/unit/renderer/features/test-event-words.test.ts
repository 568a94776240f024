import { describe, expect, it } from 'vitest';
import { testEventWords } from '../../../../renderer/src/features/deliveries/test-event-words';
import { createStoreClock } from '../../../../renderer/src/time/store-clock';
import { deliveryRow } from './deliveries/export/delivery-rows';

// A PC in another zone than the store's: the retry time is the store's, and says so.
const now = Date.parse('2026-11-22T10:00:00Z');
const clock = createStoreClock('Europe/Berlin', { locale: 'en-US', pc: 'America/New_York', now: () => now });

describe('a test event’s outcome in one line (#9)', () => {
  it('says delivered with the status and the time it took', () => {
    expect(testEventWords(deliveryRow(1, { lastStatus: 200, lastLatencyMs: 38 }), clock)).toEqual({
      tone: 'delivered',
      text: 'Test event delivered · 200 · 38 ms',
    });
  });

  it('says why not in plain words, and when it tries again', () => {
    const reason = '401 — the partner rejected the API key';
    expect(testEventWords(deliveryRow(1, { state: 'failed', lastStatus: 401, lastReason: reason }), clock)).toEqual({
      tone: 'failed',
      text: `Test event not delivered: ${reason}`,
    });
    const retrying = testEventWords(
      deliveryRow(1, { state: 'retrying', lastReason: reason, nextAttemptAt: '2026-11-22T10:05:00.000Z' }),
      clock,
    );
    expect(retrying.tone).toBe('failed');
    expect(retrying.text).toMatch(
      new RegExp(`^Test event not delivered: ${reason}\\. Retrying at 11:05 AM Berlin time\\.$`),
    );
  });

  it('names what was sent: an Event Catalog example says “Example”', () => {
    expect(testEventWords(undefined, clock, 'Example').text).toBe('Sending example…');
    expect(testEventWords(deliveryRow(1, { lastStatus: 204, lastLatencyMs: 12 }), clock, 'Example').text).toBe(
      'Example delivered · 204 · 12 ms',
    );
    expect(
      testEventWords(deliveryRow(1, { state: 'failed', lastReason: '404 — check the URL' }), clock, 'Example').text,
    ).toBe('Example not delivered: 404 — check the URL');
  });

  it('is still sending until the attempt is written, and says why it waits', () => {
    expect(testEventWords(undefined, clock).text).toBe('Sending test event…');
    expect(testEventWords(deliveryRow(1, { state: 'sending' }), clock).tone).toBe('waiting');
    expect(
      testEventWords(deliveryRow(1, { state: 'paused', lastReason: 'The partner is disabled.' }), clock).text,
    ).toBe('Test event waiting: The partner is disabled.');
  });
});
