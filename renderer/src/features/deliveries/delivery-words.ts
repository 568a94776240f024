import type { DeliveryRow, DeliveryState } from '../../../../shared/domain/deliveries';
import { eventTypeTitles, eventTypes, type EventType } from '../../../../shared/domain/event-types';
import type { StoreClock, TimeOptions } from '../../time/store-clock';

export const stateLabels: Record<DeliveryState, string> = {
  pending: 'Pending',
  sending: 'Sending',
  delivered: 'Delivered',
  retrying: 'Retrying',
  failed: 'Failed',
  superseded: 'Superseded',
  paused: 'Paused',
  held: 'Held',
};

/**
 * What the states that wait mean, in a manager's words (#14): the one place the
 * log's chips, the partner row and the README's distinction come from.
 */
export const waitingMeanings = {
  disabled: 'Disabled: not told of new changes.',
  held: 'Held: changes are kept and sent, in order, when you release it.',
  paused: 'Paused: we stopped trying after it kept failing; resume it to send again.',
} as const;

/** A chip's tooltip: what the state means, where it needs saying. */
export const stateHints: Partial<Record<DeliveryState, string>> = {
  paused: `Waiting for a disabled or paused partner. ${waitingMeanings.disabled} ${waitingMeanings.paused}`,
  held: `Kept for a partner on hold. ${waitingMeanings.held}`,
  superseded: 'A newer change to the same thing went out in its place.',
};

/** An event's words ("New order"); a type this version does not know (an older log's) stays as its code. */
export function eventTitle(type: string): string {
  return (eventTypes as readonly string[]).includes(type) ? eventTypeTitles[type as EventType] : type;
}

export const formatLatency = (ms: number | null): string =>
  ms === null ? '—' : ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;

/** When a retrying delivery tries again ("at 4:08 AM", "at Dec 1, 4:08 AM"), or null when it is not waiting to retry. */
export function retryWhen(
  row: Pick<DeliveryRow, 'state' | 'nextAttemptAt'>,
  clock: StoreClock,
  options?: TimeOptions,
): string | null {
  return row.state === 'retrying' && row.nextAttemptAt ? `at ${clock.planned(row.nextAttemptAt, options)}` : null;
}

/** The state in words: a retrying row says when it tries again, so the operator need not open it. */
export function stateText(
  row: Pick<DeliveryRow, 'state' | 'nextAttemptAt'>,
  clock: StoreClock,
  options?: TimeOptions,
): string {
  const when = retryWhen(row, clock, options);
  return when ? `${stateLabels[row.state]} ${when}` : stateLabels[row.state];
}
