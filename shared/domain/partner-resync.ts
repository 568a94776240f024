import type { EventType } from './event-types';

/**
 * What "Send current state" sends, kind by kind, in the order it sends them
 * (#14 point 3): the store first, since it says which time zone and currency
 * everything after it is in; then each menu's hours and each menu, which the
 * checks' items come from; the open checks last, as they refer to those items.
 */
export const resyncKinds = ['store', 'menuHours', 'menu', 'openCheck'] as const;
export type ResyncKind = (typeof resyncKinds)[number];

/** The event type that carries each kind; a partner gets a kind only when it subscribes to that type. */
export const resyncEventTypes: Record<ResyncKind, EventType> = {
  store: 'store.updated',
  menuHours: 'menu.hours.updated',
  menu: 'menu.updated',
  // The one order event whose data is the check and nothing else: its whole current state.
  openCheck: 'order.created',
};

export type ResyncCounts = Record<ResyncKind, number>;

/** One event of a resync that did not arrive, to name in the summary. */
export interface ResyncMiss {
  deliveryId: number;
  /** What it was about, e.g. "Lunch menu" or "Check #1042". */
  summary: string;
  eventType: EventType;
}

/**
 * A resync running or ended, as `partners.resync` answers and
 * `partners.resyncProgress` reports. Events are queued one at a time, each once
 * the one before it left the queue, so they arrive in order and Cancel has
 * something left to stop.
 */
export interface ResyncProgress {
  jobId: string;
  partnerId: string;
  partnerName: string;
  /** `stopped`: the partner was disabled or deleted while it ran. */
  state: 'running' | 'finished' | 'cancelled' | 'stopped';
  counts: ResyncCounts;
  total: number;
  /** Events queued so far (each goes into the durable queue, one after the other). */
  queued: number;
  delivered: number;
  /** Given up for good (e.g. a 4xx): the summary names them. */
  missed: ResyncMiss[];
  /** Why the last queued one waits, in words (offline, retrying after a failure, held), or null. */
  waiting: string | null;
  /** Why it stopped, when `state` is `stopped`. */
  stoppedReason: string | null;
}

/** What the dialog explains before anything is sent. */
export interface ResyncPlan {
  partnerId: string;
  partnerName: string;
  /** Counts for the kinds the partner subscribes to; 0 for the others. */
  counts: ResyncCounts;
  total: number;
  /** Kinds not sent because the partner does not subscribe to their event type. */
  notSubscribed: ResyncKind[];
  /** The resync already running for this partner, if any. */
  running: ResyncProgress | null;
}
