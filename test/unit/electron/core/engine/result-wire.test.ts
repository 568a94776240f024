import { describe, expect, it } from 'vitest';
import type { NextStep, ResultToWrite } from '../../../../../electron/core/engine/queue-ports';
import { fromWire, toWire } from '../../../../../electron/core/engine/result-wire';

const attempt: NonNullable<ResultToWrite['attempt']> = {
  startedAt: 1_764_500_000_123,
  url: 'https://partner.example/hook?x=1',
  requestHeaders: { 'content-type': 'application/json', 'webhook-id': 'evt_1', 'x-api-key': 'sk_…9f2a' },
  outcome: 'failed',
  status: 503,
  latencyMs: 41.5,
  responseExcerpt: '{"error":"busy"}',
  failure: 'http_server_error',
  reason: '503 — the partner is unavailable',
  manual: true,
};

const steps: NextStep[] = [
  { state: 'delivered' },
  { state: 'retrying', at: 1_764_500_005_000 },
  { state: 'failed' },
  { state: 'failed', reason: 'This destination is no longer configured.' },
  { state: 'pending', at: 1_764_500_000_500, reason: 'This computer is offline.' },
  { state: 'paused', reason: 'The partner is disabled.' },
];

describe('a result on its way to the writer thread', () => {
  it('arrives as it left, for every next step, with and without an attempt', () => {
    for (const next of steps) {
      for (const withAttempt of [true, false]) {
        const result: ResultToWrite = {
          delivery: { id: 42, destinationId: 'partner:p_1' },
          next,
          ...(withAttempt && { attempt }),
        };
        const crossed = fromWire(structuredClone(toWire(result)));
        expect(crossed).toEqual(result);
        expect('attempt' in crossed).toBe(withAttempt);
      }
    }
  });

  it('leaves the payload behind: only the id and destination of the delivery cross', () => {
    const wire = toWire({
      delivery: { id: 7, destinationId: 'hook:openOrder', body: '{"big":"payload"}' } as ResultToWrite['delivery'],
      next: { state: 'delivered' },
    });
    expect(JSON.stringify(wire)).not.toContain('payload');
  });
});
