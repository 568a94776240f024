import { maxRetryAfterMs } from './retry-after';
import type { SendOutcome } from './types';

/**
 * Delays before each retry, Standard Webhooks-like: immediately, 5 s, 5 min, 30 min,
 * 2 h, 5 h, 10 h, 14 h, 20 h, 24 h. Entry i is the wait after the (i+1)-th failed
 * attempt, so a message gets at most 1 + length attempts.
 */
export const defaultRetryScheduleMs: readonly number[] = [
  0, 5_000, 300_000, 1_800_000, 7_200_000, 18_000_000, 36_000_000, 50_400_000, 72_000_000, 86_400_000,
];

/** ±20%: spreads retries of many events that failed together (e.g. after an outage). */
const jitterFraction = 0.2;

/**
 * The wait before the next attempt after `failedAttempts` (≥ 1) failures, with
 * ±20% jitter (a zero delay stays zero: the first retry is immediate), or null when
 * the schedule is exhausted and the delivery should give up.
 */
export function nextRetryDelayMs(
  failedAttempts: number,
  schedule: readonly number[] = defaultRetryScheduleMs,
  random: () => number = Math.random,
): number | null {
  if (!Number.isInteger(failedAttempts) || failedAttempts < 1) {
    throw new RangeError(`failedAttempts must be a whole number ≥ 1, got ${failedAttempts}`);
  }
  const base = schedule[failedAttempts - 1];
  if (base === undefined) return null;
  const delay = Math.max(0, base);
  return Math.round(delay * (1 + (random() * 2 - 1) * jitterFraction));
}

/**
 * The wait before retrying after `outcome` (the `failedAttempts`-th failure), or
 * null to give up: the schedule is exhausted, or the partner answered 410 Gone.
 * A `Retry-After` (429/503) can only lengthen the wait, by at most one hour; it
 * never shortens the schedule.
 */
export function retryDelayFor(
  outcome: Extract<SendOutcome, { kind: 'failed' }>,
  failedAttempts: number,
  schedule: readonly number[] = defaultRetryScheduleMs,
  random: () => number = Math.random,
): number | null {
  if (outcome.failure === 'http_gone') return null;
  const scheduled = nextRetryDelayMs(failedAttempts, schedule, random);
  if (scheduled === null) return null;
  if (outcome.retryAfterMs === null || outcome.retryAfterMs <= 0) return scheduled;
  return Math.max(scheduled, Math.min(outcome.retryAfterMs, maxRetryAfterMs));
}
