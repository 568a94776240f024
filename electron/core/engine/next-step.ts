import { retryDelayFor } from '../delivery/retry-schedule';
import type { FailedOutcome } from '../delivery/types';
import type { ClaimedDelivery, NextStep } from './delivery-store';

/**
 * After a failed attempt: retry on the schedule (honouring Retry-After), or give
 * up when the schedule is exhausted, the partner said 410 Gone, or this was an
 * operator's resend (one attempt; the operator sees the result and decides).
 */
export function nextStepAfterFailure(
  delivery: ClaimedDelivery,
  outcome: FailedOutcome,
  now: number,
  schedule: readonly number[],
  random: () => number,
): NextStep {
  if (delivery.manual) return { state: 'failed' };
  const delay = retryDelayFor(outcome, delivery.attempts + 1, schedule, random);
  return delay === null ? { state: 'failed' } : { state: 'retrying', at: now + delay };
}
