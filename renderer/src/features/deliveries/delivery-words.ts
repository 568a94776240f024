import type { DeliveryRow, DeliveryState } from '../../../../shared/domain/deliveries';
import type { StoreClock, TimeOptions } from '../../time/store-clock';

export const stateLabels: Record<DeliveryState, string> = {
  pending: 'Pending',
  sending: 'Sending',
  delivered: 'Delivered',
  retrying: 'Retrying',
  failed: 'Failed',
  superseded: 'Superseded',
  paused: 'Paused',
};

export const formatLatency = (ms: number | null): string =>
  ms === null ? '—' : ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;

/** The badge's words: a retrying row says when it tries again, so the operator need not open it. */
export function stateText(
  row: Pick<DeliveryRow, 'state' | 'nextAttemptAt'>,
  clock: StoreClock,
  options?: TimeOptions,
): string {
  if (row.state === 'retrying' && row.nextAttemptAt) return `Retrying at ${clock.planned(row.nextAttemptAt, options)}`;
  return stateLabels[row.state];
}
