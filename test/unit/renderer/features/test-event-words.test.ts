import { describe, expect, it } from 'vitest';
import { testEventWords } from '../../../../renderer/src/features/deliveries/test-event-words';
import { deliveryRow } from './deliveries/export/delivery-rows';

describe('a test event’s outcome in one line (#9)', () => {
  it('says delivered with the status and the time it took', () => {
    expect(testEventWords(deliveryRow(1, { lastStatus: 200, lastLatencyMs: 38 }))).toEqual({
      tone: 'delivered',
      text: 'Test event delivered · 200 · 38 ms',
    });
  });

  it('says why not in plain words, and when it tries again', () => {
    const reason = '401 — the partner rejected the API key';
    expect(testEventWords(deliveryRow(1, { state: 'failed', lastStatus: 401, lastReason: reason }))).toEqual({
      tone: 'failed',
      text: `Test event not delivered: ${reason}`,
    });
    const retrying = testEventWords(
      deliveryRow(1, { state: 'retrying', lastReason: reason, nextAttemptAt: '2026-11-22T10:05:00.000Z' }),
    );
    expect(retrying.tone).toBe('failed');
    expect(retrying.text).toMatch(
      new RegExp(`^Test event not delivered: ${reason}\\. Retrying at \\d\\d:\\d\\d:\\d\\d\\.$`),
    );
  });

  it('is still sending until the attempt is written, and says why it waits', () => {
    expect(testEventWords(undefined).text).toBe('Sending test event…');
    expect(testEventWords(deliveryRow(1, { state: 'sending' })).tone).toBe('waiting');
    expect(testEventWords(deliveryRow(1, { state: 'paused', lastReason: 'The partner is disabled.' })).text).toBe(
      'Test event waiting: The partner is disabled.',
    );
  });
});
