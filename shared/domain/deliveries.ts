import { z } from 'zod';
import type { FailureKind } from './delivery-failures';
import { eventTypes } from './event-types';

/** A delivery's life (brief §6): one event to one destination. */
export const deliveryStates = [
  'pending',
  'sending',
  'delivered',
  'retrying',
  'failed',
  'superseded',
  'paused',
  /**
   * Waiting for a partner the operator put on hold (#14): kept, sent in order on
   * Release. Shown, not stored: on disk it waits as `paused` (like `sending`, which
   * the engine lays over `pending`), told apart by the partner being held.
   */
  'held',
] as const;
export type DeliveryState = (typeof deliveryStates)[number];

/**
 * Not delivered yet, and worth sending again now: given up (`failed`) or
 * waiting for the next automatic try (`retrying`). The one definition of
 * "undelivered": the Deliveries screen's bulk resend and its count, "Send
 * undelivered since…", the offer after fixing a partner, and a failing partner's
 * links all use it, so nothing still undelivered hides behind a filter. Pending,
 * sending and paused ones are already queued (or held on purpose).
 */
export const undeliveredStates = ['failed', 'retrying'] as const satisfies readonly DeliveryState[];

/**
 * `filter` narrowed to undelivered deliveries: its own states (when it has any)
 * that are undelivered, else every undelivered state. Null when the filter's
 * states leave none (e.g. only Delivered): nothing can match.
 */
export function undeliveredFilter(filter: DeliveryFilter): DeliveryFilter | null {
  const chosen = filter.states?.length ? filter.states : undefined;
  const states = undeliveredStates.filter((state) => !chosen || chosen.includes(state));
  return states.length === 0 ? null : { ...filter, states };
}

/** How many undelivered deliveries a count by state holds, within `states` when given (the chips' selection). */
export function undeliveredCount(counts: DeliveryCounts, states?: readonly DeliveryState[]): number {
  const narrowed = undeliveredFilter(states?.length ? { states: [...states] } : {});
  return (narrowed?.states ?? []).reduce((sum, state) => sum + (counts.byState[state] ?? 0), 0);
}

/** A partner or order hook whose health changed, in words for the operator (and a desktop notification). */
export interface DeliveryAlert {
  destinationId: string;
  destinationName: string;
  /** failing: several failures in a row; paused: failing for too long; disabled: 410 Gone; recovered: delivering again. */
  kind: 'failing' | 'paused' | 'disabled' | 'recovered';
  /** e.g. "401 — the partner rejected the API key". */
  reason: string;
  /** The last failure's kind, so a screen can say where the fix is; null for `recovered` or when unknown. */
  failure: FailureKind | null;
  at: string;
}

/** The one-line headline for an alert, the same in desktop notifications and in-app toasts. */
export function alertHeadline(alert: Pick<DeliveryAlert, 'kind' | 'destinationName'>): string {
  const name = alert.destinationName;
  switch (alert.kind) {
    case 'failing':
      return `Webhooks to ${name} are failing`;
    case 'paused':
      return `Webhooks to ${name} are paused`;
    case 'disabled':
      return `${name} was disabled`;
    case 'recovered':
      return `Webhooks to ${name} are going through again`;
  }
}

/** Deliveries whose state changed, batched: the log updates these rows in place. */
export interface DeliveriesChanged {
  deliveries: { id: number; state: DeliveryState }[];
}

/** The log's filter; every field narrows, absent fields do not. */
export const deliveryFilterSchema = z.strictObject({
  states: z.array(z.enum(deliveryStates)).max(deliveryStates.length).optional(),
  eventTypes: z.array(z.enum(eventTypes)).max(eventTypes.length).optional(),
  destinationIds: z.array(z.string().min(1).max(80)).max(100).optional(),
  /** ISO 8601; inclusive. */
  from: z.iso.datetime({ offset: true }).optional(),
  /** ISO 8601; exclusive. */
  to: z.iso.datetime({ offset: true }).optional(),
  /** An event id, a check number, an item or menu name. */
  text: z.string().trim().max(200).optional(),
});

export type DeliveryFilter = z.infer<typeof deliveryFilterSchema>;

export const deliveryListInputSchema = z.strictObject({
  filter: deliveryFilterSchema,
  /** From the previous page's `nextCursor`; absent for the first page. */
  cursor: z
    .string()
    .regex(/^\d{1,15}$/)
    .optional(),
  limit: z.number().int().min(1).max(500).optional(),
});

/** One row of the delivery log. */
export interface DeliveryRow {
  id: number;
  eventId: string;
  eventType: string;
  /** What the event is about, e.g. "Check #1042 · Table 12" or "Margherita". */
  summary: string;
  destinationId: string;
  destinationName: string;
  state: DeliveryState;
  attempts: number;
  /** When the next automatic attempt is due (retrying / pending). */
  nextAttemptAt: string | null;
  lastStatus: number | null;
  /** Plain words: why the last attempt failed, or why it waits. */
  lastReason: string | null;
  lastLatencyMs: number | null;
  createdAt: string;
  updatedAt: string;
}

export interface DeliveryPage {
  items: DeliveryRow[];
  nextCursor: string | null;
}

export interface DeliveryCounts {
  total: number;
  byState: Record<DeliveryState, number>;
}

/** One attempt as the log shows it: secrets in the request headers are masked. */
export interface AttemptView {
  id: number;
  startedAt: string;
  url: string;
  requestHeaders: Record<string, string>;
  outcome: 'delivered' | 'failed' | 'offline';
  status: number | null;
  latencyMs: number | null;
  responseExcerpt: string | null;
  failure: string | null;
  reason: string | null;
  manual: boolean;
}

export interface DeliveryDetail {
  delivery: DeliveryRow;
  /** The exact JSON sent; null once pruned after the retention period. */
  payload: string | null;
  attempts: AttemptView[];
}

/** A bulk resend running in the core, reported by `deliveries.resendProgress`. */
export interface ResendProgress {
  jobId: string;
  done: number;
  total: number;
  state: 'running' | 'finished' | 'cancelled';
}

/** A test event on its way: its event, and its one delivery to follow (`deliveries.get`, `deliveries.changed`). */
export interface TestSent {
  eventId: string;
  deliveryId: number;
}

/** Retention and auto-pause, editable by the operator. */
export const deliveryPolicySchema = z.strictObject({
  retentionDays: z.number().int('Use whole days.').min(1, 'At least 1 day.').max(3650, 'At most 3650 days.'),
  pauseAfterFailingDays: z.number().int('Use whole days.').min(1, 'At least 1 day.').max(60, 'At most 60 days.'),
});

export type DeliveryPolicy = z.infer<typeof deliveryPolicySchema>;

/** A destination as the log's filter lists it. */
export interface DestinationOption {
  id: string;
  name: string;
  /** Set while the engine has paused it after failing for too long. */
  pausedReason: string | null;
}

/**
 * How one destination did over a time window. The share delivered counts
 * webhooks, not HTTP calls: during an outage each webhook is tried many times,
 * and counting the tries would make a partner that got every webhook in the
 * end look half broken.
 */
export interface HealthWindow {
  /**
   * Webhooks made for this destination in the window, by when each was made.
   * Superseded ones are left out: a newer webhook about the same thing went in
   * their place, so they were never owed to the partner.
   */
  deliveries: number;
  /** Of those, how many have been delivered by now. */
  delivered: number;
  /** delivered ÷ deliveries; null when there were none. */
  successRate: number | null;
  /** HTTP calls made in the window, retries and resends included (to any webhook, however old). */
  attempts: number;
  /** Latency of the window's delivered attempts (one answer time per call), in ms; null when there were none. */
  p50Ms: number | null;
  p95Ms: number | null;
}

/** A partner's or hook's health, for the Partners page and the dashboard. */
export interface DestinationHealth {
  id: string;
  name: string;
  day: HealthWindow;
  week: HealthWindow;
  /** Set while its last attempts keep failing (never while disabled): since when and why, in plain words. */
  failing: { since: string | null; reason: string | null; failure: FailureKind | null } | null;
  pausedReason: string | null;
}
