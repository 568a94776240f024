import { describe, expect, it } from 'vitest';
import {
  defaultRetryScheduleMs,
  nextRetryDelayMs,
  retryDelayFor,
} from '../../../../../electron/core/delivery/retry-schedule';
import type { FailedOutcome } from '../../../../../electron/core/delivery/types';

const middle = (): number => 0.5; // no jitter
const lowest = (): number => 0; // -20%
const highest = (): number => 1; // +20% (Math.random never returns 1; the bound is what matters)

function failure(overrides: Partial<FailedOutcome> = {}): FailedOutcome {
  return {
    kind: 'failed',
    failure: 'http_server_error',
    status: 500,
    latencyMs: 10,
    responseExcerpt: '',
    responseTruncated: false,
    retryAfterMs: null,
    reason: "500 — the partner's server had an error",
    requestHeaders: {},
    ...overrides,
  };
}

describe('nextRetryDelayMs', () => {
  it('walks the Standard Webhooks-like schedule, then gives up', () => {
    const delays = defaultRetryScheduleMs.map((_, index) => nextRetryDelayMs(index + 1, undefined, middle));
    expect(delays).toEqual([
      0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 50_400_000, 72_000_000, 86_400_000,
    ]);
    expect(nextRetryDelayMs(defaultRetryScheduleMs.length + 1, undefined, middle)).toBeNull();
  });

  it('jitters by ±20% but keeps the first retry immediate', () => {
    expect(nextRetryDelayMs(1, undefined, lowest)).toBe(0);
    expect(nextRetryDelayMs(1, undefined, highest)).toBe(0);
    expect(nextRetryDelayMs(2, undefined, lowest)).toBe(4_000);
    expect(nextRetryDelayMs(2, undefined, highest)).toBe(6_000);
    expect(nextRetryDelayMs(10, undefined, lowest)).toBe(69_120_000);
  });

  it('follows a configured schedule', () => {
    expect(nextRetryDelayMs(1, [1_000, 2_000], middle)).toBe(1_000);
    expect(nextRetryDelayMs(2, [1_000, 2_000], middle)).toBe(2_000);
    expect(nextRetryDelayMs(3, [1_000, 2_000], middle)).toBeNull();
    expect(nextRetryDelayMs(1, [], middle)).toBeNull();
  });

  it('refuses a failure count below one', () => {
    expect(() => nextRetryDelayMs(0)).toThrow(RangeError);
    expect(() => nextRetryDelayMs(1.5)).toThrow(RangeError);
  });
});

describe('retryDelayFor', () => {
  it('uses the schedule when the partner gave no Retry-After', () => {
    expect(retryDelayFor(failure(), 3, undefined, middle)).toBe(300_000);
  });

  it('waits for a Retry-After longer than the scheduled delay', () => {
    const limited = failure({ failure: 'http_rate_limited', status: 429, retryAfterMs: 60_000 });
    expect(retryDelayFor(limited, 1, undefined, middle)).toBe(60_000);
    expect(retryDelayFor(limited, 2, undefined, middle)).toBe(60_000);
  });

  it('never shortens the schedule for a Retry-After, and caps its own wait at one hour', () => {
    const soon = failure({ status: 503, retryAfterMs: 1_000 });
    expect(retryDelayFor(soon, 3, undefined, middle)).toBe(300_000);
    const huge = failure({ status: 503, retryAfterMs: 86_400_000 });
    expect(retryDelayFor(huge, 2, undefined, middle)).toBe(3_600_000);
    expect(retryDelayFor(huge, 6, undefined, middle)).toBe(18_000_000);
  });

  it('gives up on 410 Gone and when the schedule is exhausted, Retry-After or not', () => {
    expect(retryDelayFor(failure({ failure: 'http_gone', status: 410 }), 1, undefined, middle)).toBeNull();
    expect(retryDelayFor(failure({ retryAfterMs: 5_000 }), 11, undefined, middle)).toBeNull();
  });
});
