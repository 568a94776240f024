import type { FailureKind } from '../../../shared/domain/delivery-failures';

/**
 * The seams between the delivery engine and its storage: what the engine asks
 * of the queue, one small interface per job, so the engine runs the same against
 * SQLite (`DeliveryStore`) and against an in-memory fake in unit tests. Modelled
 * on hookdeck/outpost's deliverymq: the store, the sender and the monitor are
 * each an interface the worker is handed.
 */

/** A delivery taken off the queue for one attempt, with the exact bytes to send. */
export interface ClaimedDelivery {
  id: number;
  eventId: string;
  eventType: string;
  destinationId: string;
  /** Attempts already spent (automatic and manual). */
  attempts: number;
  /** Of those, the operator's: the retry schedule counts only the others. */
  manualAttempts: number;
  /** An operator's resend: one attempt outside the retry schedule. */
  manual: boolean;
  /**
   * Set on an operator's resend of a retrying delivery: when its next automatic
   * attempt was due. A failed resend goes back to the schedule there.
   */
  resumeAt: number | null;
  /** The serialized envelope, sent byte-for-byte on every attempt. */
  body: string;
  createdAt: number;
}

/**
 * A due delivery exactly as storage returned it. Nothing about it is trusted:
 * the engine validates it (`readClaimedDelivery`) before sending, as
 * Signal-Desktop's JobQueue re-parses job data read back from its database.
 */
export type StoredDelivery = Record<string, unknown>;

/** What became of one attempt, as the engine decided. */
export type NextStep =
  | { state: 'delivered' }
  | { state: 'retrying'; at: number }
  | { state: 'failed'; reason?: undefined }
  /** Not attempted (offline): back in the queue, no attempt spent. */
  | { state: 'pending'; at: number; reason: string }
  /** Not attempted: the destination is disabled; waits until it is enabled again. */
  | { state: 'paused'; reason: string }
  /** Not attempted and never will be: the destination was deleted. */
  | { state: 'failed'; reason: string };

export interface AttemptRecord {
  delivery: ClaimedDelivery;
  next: NextStep;
  /** Absent when nothing was sent (offline). */
  attempt?: {
    startedAt: number;
    url: string;
    requestHeaders: Record<string, string>;
    outcome: 'delivered' | 'failed';
    status: number | null;
    latencyMs: number;
    responseExcerpt: string;
    failure: string | null;
    reason: string | null;
    manual: boolean;
  };
}

/** A destination's failure streak after a batch, so the engine can raise or clear alerts. */
export interface HealthChange {
  destinationId: string;
  consecutiveFailures: number;
  failingSince: number | null;
  lastReason: string | null;
  lastFailure: FailureKind | null;
  wasFailing: number;
  /** The kind of the failure the streak ended on before this batch (a 410 disables after fewer than `failingAfter`). */
  wasFailure: FailureKind | null;
}

/** A destination that must not receive now, and why (shown on its queued deliveries). */
export interface BlockedDestination {
  id: string;
  reason: string;
}

/** Finds work: deliveries due now, in order per (destination, resource). */
export interface DueDeliveries {
  /**
   * Up to `limit` due deliveries, oldest first, none of `excluded` destinations'
   * and none of `inFlight`; a delivery waits while an older one for the same
   * destination and resource is unfinished.
   */
  claimDue(now: number, limit: number, excluded: readonly string[], inFlight: ReadonlySet<number>): StoredDelivery[];
}

/** When to look again. */
export interface DueTimes {
  /** When the earliest delivery not yet due (after `now`) falls due, or null when none waits. */
  nextDueAfter(now: number, excluded: readonly string[]): number | null;
  /** Whether some delivery is due at `now` (for deciding the queue is idle). */
  hasDue(now: number, excluded: readonly string[]): boolean;
}

/** What writing a result reads of it (not the payload). */
export type ResultToWrite = Pick<AttemptRecord, 'next' | 'attempt'> & {
  delivery: Pick<ClaimedDelivery, 'id' | 'destinationId'>;
};

/** Writes results: a batch of attempts in one transaction, with each destination's new failure streak. */
export interface ResultRecorder {
  /**
   * Throws (or rejects) when the write fails (busy, disk full); nothing of the batch
   * is written then. A promise: the batch is being written on another thread.
   */
  record(records: readonly ResultToWrite[], now: number): HealthChange[] | Promise<HealthChange[]>;
}

/** Gives up on rows that cannot be read back as a delivery. */
export interface UnreadableDeliveries {
  failUnreadable(rows: readonly { id: number; reason: string }[], now: number): void;
}

/** Crash recovery at start. */
export interface InFlightRecovery {
  /** Deliveries a crashed run left mid-send are due again (same event id: at-least-once). */
  recoverInFlight(now: number): number;
}

/** Brings queued deliveries in line with the destinations (paused, resumed, failed for deleted ones). */
export interface QueueReconciler {
  reconcile(blocked: readonly BlockedDestination[], known: readonly string[], now: number): number;
}

/** Destinations the engine paused itself after failing for too long. */
export interface HealthPauses {
  healthPaused(): BlockedDestination[];
  /** Pauses (reason) or resumes (null) a destination; resuming also clears its failure streak. */
  setHealthPause(destinationId: string, reason: string | null, now: number): void;
}

/** Everything the engine needs of its storage. */
export type EngineStore = DueDeliveries &
  DueTimes &
  ResultRecorder &
  UnreadableDeliveries &
  InFlightRecovery &
  QueueReconciler &
  HealthPauses;
