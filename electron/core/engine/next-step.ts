import { maxRetryAfterMs } from '../delivery/retry-after';
import { retryDelayFor } from '../delivery/retry-schedule';
import type { FailedOutcome } from '../delivery/types';
import type { ClaimedDelivery, NextStep } from './delivery-store';

/**
 * After a failed attempt: retry on the schedule (honouring Retry-After), or give
 * up when the schedule is exhausted or the partner said 410 Gone.
 *
 * An operator's resend is one extra attempt outside the schedule (#9):
 * - of a `retrying` delivery, a failure goes back to the schedule it interrupted:
 *   the next automatic attempt stays when it was due (`resumeAt`; later only if
 *   the partner's Retry-After asks), and the schedule's step counts automatic
 *   attempts only, so the resend spends none of it;
 * - of a `failed` (or delivered, or superseded) one there is no schedule to go
 *   back to: it gave up or was done, so a failed resend ends `failed` again and the
 *   operator decides what next.
 */
export function nextStepAfterFailure(
  delivery: ClaimedDelivery,
  outcome: FailedOutcome,
  now: number,
  schedule: readonly number[],
  random: () => number,
): NextStep {
  if (delivery.manual) {
    if (delivery.resumeAt === null || outcome.failure === 'http_gone') return { state: 'failed' };
    const partnerWait = Math.min(outcome.retryAfterMs ?? 0, maxRetryAfterMs);
    return { state: 'retrying', at: Math.max(delivery.resumeAt, now + partnerWait) };
  }
  const automaticFailures = delivery.attempts - delivery.manualAttempts + 1;
  const delay = retryDelayFor(outcome, automaticFailures, schedule, random);
  return delay === null ? { state: 'failed' } : { state: 'retrying', at: now + delay };
}
