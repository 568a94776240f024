import type { DeliveryRow, DeliveryState } from '../../../../shared/domain/deliveries';

export const stateLabels: Record<DeliveryState, string> = {
  pending: 'Pending',
  sending: 'Sending',
  delivered: 'Delivered',
  retrying: 'Retrying',
  failed: 'Failed',
  superseded: 'Superseded',
  paused: 'Paused',
};

const timeFormat = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
const clockFormat = new Intl.DateTimeFormat(undefined, {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export const formatTime = (iso: string): string => timeFormat.format(new Date(iso));

export const formatLatency = (ms: number | null): string =>
  ms === null ? '—' : ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;

/** The badge's words: a retrying row says when it tries again, so the operator need not open it. */
export function stateText(row: Pick<DeliveryRow, 'state' | 'nextAttemptAt'>): string {
  if (row.state === 'retrying' && row.nextAttemptAt)
    return `Retrying at ${clockFormat.format(new Date(row.nextAttemptAt))}`;
  return stateLabels[row.state];
}

/** `datetime-local` wants local wall time without a zone; the core wants ISO with one. */
export const toLocalInput = (iso: string | undefined): string => {
  if (!iso) return '';
  const date = new Date(iso);
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
};

export const fromLocalInput = (value: string): string | undefined =>
  value ? new Date(value).toISOString() : undefined;
