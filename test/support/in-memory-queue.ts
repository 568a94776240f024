import type {
  BlockedDestination,
  EngineStore,
  HealthChange,
  ResultToWrite,
  StoredDelivery,
} from '../../electron/core/engine/queue-ports';
import type { LogRows, StoredAttempt, StoredLogRow } from '../../electron/core/log/log-rows';
import type { NewDelivery, OutboxStore, StoredEvent } from '../../electron/core/outbox/outbox-store';
import type { DeliveryFilter, DeliveryState } from '../../shared/domain/deliveries';
import { asFailureKind, type FailureKind } from '../../shared/domain/delivery-failures';

type State = DeliveryState;

/** One delivery as the fake keeps it: the columns of the SQLite table the engine and the log rely on. */
export interface FakeDelivery {
  id: number;
  eventSeq: number;
  eventType: string;
  destinationId: string;
  destinationName: string;
  resourceKey: string;
  supersedable: boolean;
  state: State;
  attempts: number;
  manualAttempts: number;
  manual: boolean;
  resumeAt: number | null;
  nextAttemptAt: number | null;
  lastReason: string | null;
  lastStatus: number | null;
  lastLatencyMs: number | null;
  updatedAt: number;
  finishedAt: number | null;
  createdAt: number;
}

interface Health {
  consecutiveFailures: number;
  failingSince: number | null;
  lastReason: string | null;
  lastFailure: FailureKind | null;
  pausedReason: string | null;
}

const queuedStates: readonly State[] = ['pending', 'retrying', 'sending', 'paused'];

/**
 * The delivery queue in memory, with the same rules as the SQLite one (due
 * time, FIFO per destination and resource, supersede, reconcile, failure
 * streaks), for unit tests of the outbox, engine and log that run in
 * milliseconds. `failWrites` makes `record` throw, as a busy or full disk does.
 * The log's filters are the states and destinations only.
 */
export class InMemoryQueue implements EngineStore, OutboxStore, LogRows {
  readonly events: (StoredEvent & { seq: number })[] = [];
  readonly deliveries: FakeDelivery[] = [];
  readonly attemptRows: (StoredAttempt & { deliveryId: number })[] = [];
  /** Raw rows to hand out instead of the real ones, for rows that do not read back (see `corrupt`). */
  private readonly corrupted = new Map<number, StoredDelivery>();
  private readonly sequences = new Map<string, number>();
  private readonly health = new Map<string, Health>();
  private writeFailure: Error | null = null;
  transactionOpen = true;
  /** How many `record` calls were refused. */
  refusedWrites = 0;

  /** Makes every `record` throw `error` until called with null. */
  failWrites(error: Error | null): void {
    this.writeFailure = error;
  }

  /** Makes a delivery read back as `row` (damaged, pruned) from now on. */
  corrupt(id: number, row: StoredDelivery): void {
    this.corrupted.set(id, row);
  }

  /** The delivery as the fake keeps it (throws when there is none). */
  stored(id: number): FakeDelivery {
    const found = this.deliveries.find((d) => d.id === id);
    if (!found) throw new Error(`no delivery ${id}`);
    return found;
  }

  // --- OutboxStore

  inTransaction(): boolean {
    return this.transactionOpen;
  }

  nextSequence(resourceType: string, resourceId: string): number {
    const key = `${resourceType}:${resourceId}`;
    const next = (this.sequences.get(key) ?? 0) + 1;
    this.sequences.set(key, next);
    return next;
  }

  insertEvent(event: StoredEvent): number {
    const seq = this.events.length + 1;
    this.events.push({ ...event, seq });
    return seq;
  }

  insertDelivery(delivery: NewDelivery): number {
    const id = this.deliveries.length + 1;
    this.deliveries.push({
      id,
      eventSeq: delivery.eventSeq,
      eventType: delivery.eventType,
      destinationId: delivery.destinationId,
      destinationName: delivery.destinationName,
      resourceKey: delivery.resourceKey,
      supersedable: delivery.supersedable,
      state: 'pending',
      attempts: 0,
      manualAttempts: 0,
      manual: false,
      resumeAt: null,
      nextAttemptAt: delivery.now,
      lastReason: null,
      lastStatus: null,
      lastLatencyMs: null,
      updatedAt: delivery.now,
      finishedAt: null,
      createdAt: delivery.now,
    });
    return id;
  }

  supersedeOlder(older: {
    destinationId: string;
    resourceKey: string;
    eventType: string;
    newerId: number;
    now: number;
  }): number[] {
    const superseded = this.deliveries.filter(
      (d) =>
        d.destinationId === older.destinationId &&
        d.resourceKey === older.resourceKey &&
        d.eventType === older.eventType &&
        d.supersedable &&
        ['pending', 'retrying', 'paused'].includes(d.state) &&
        d.id < older.newerId,
    );
    for (const d of superseded) Object.assign(d, { state: 'superseded', nextAttemptAt: null, finishedAt: older.now });
    return superseded.map((d) => d.id);
  }

  // --- EngineStore

  claimDue(now: number, limit: number, excluded: readonly string[], inFlight: ReadonlySet<number>): StoredDelivery[] {
    return this.due(now, excluded)
      .filter((d) => !inFlight.has(d.id))
      .slice(0, limit)
      .map((d) => this.corrupted.get(d.id) ?? this.row(d));
  }

  nextDueAfter(now: number, excluded: readonly string[]): number | null {
    const times = this.deliveries
      .filter(
        (d) =>
          (d.state === 'pending' || d.state === 'retrying') &&
          d.nextAttemptAt !== null &&
          d.nextAttemptAt > now &&
          !excluded.includes(d.destinationId),
      )
      .map((d) => d.nextAttemptAt ?? Infinity);
    return times.length > 0 ? Math.min(...times) : null;
  }

  hasDue(now: number, excluded: readonly string[]): boolean {
    return this.due(now, excluded).length > 0;
  }

  record(records: readonly ResultToWrite[], now: number): HealthChange[] {
    if (this.writeFailure) {
      this.refusedWrites += 1;
      throw this.writeFailure;
    }
    const streaks = new Map<string, HealthChange>();
    for (const { delivery, next, attempt } of records) {
      const d = this.stored(delivery.id);
      const keepSuperseded = d.state === 'superseded' && next.state !== 'delivered';
      d.state = keepSuperseded ? 'superseded' : next.state;
      d.attempts += attempt ? 1 : 0;
      d.manualAttempts += attempt?.manual ? 1 : 0;
      // An attempt consumes the resend (manual, resumeAt); waiting keeps it a resend.
      const stillResend = next.state === 'pending' || next.state === 'paused';
      d.manual = d.manual && stillResend;
      if (!stillResend) d.resumeAt = null;
      d.nextAttemptAt = keepSuperseded ? null : next.state === 'retrying' || next.state === 'pending' ? next.at : null;
      d.lastReason = 'reason' in next && next.reason !== undefined ? next.reason : (attempt?.reason ?? null);
      // The latest attempt's figures (a timeout after a 500 shows no status); none sent keeps the last.
      if (attempt) {
        d.lastStatus = attempt.status;
        d.lastLatencyMs = Math.round(attempt.latencyMs);
      }
      d.updatedAt = now;
      d.finishedAt = next.state === 'delivered' || next.state === 'failed' ? now : null;
      if (!attempt) continue;
      this.attemptRows.push({
        ...attempt,
        id: this.attemptRows.length + 1,
        deliveryId: d.id,
        requestHeaders: JSON.stringify(attempt.requestHeaders),
        manual: attempt.manual ? 1 : 0,
      });
      const before = this.healthOf(d.destinationId);
      const streak = streaks.get(d.destinationId) ?? {
        destinationId: d.destinationId,
        consecutiveFailures: before.consecutiveFailures,
        failingSince: before.failingSince,
        lastReason: null,
        lastFailure: null,
        wasFailing: before.consecutiveFailures,
        wasFailure: before.consecutiveFailures > 0 ? before.lastFailure : null,
      };
      streaks.set(d.destinationId, streak);
      if (attempt.outcome === 'delivered') {
        streak.consecutiveFailures = 0;
        streak.failingSince = null;
        streak.lastReason = null;
        streak.lastFailure = null;
      } else {
        streak.consecutiveFailures += 1;
        streak.failingSince ??= attempt.startedAt;
        streak.lastReason = attempt.reason;
        streak.lastFailure = asFailureKind(attempt.failure);
      }
    }
    for (const streak of streaks.values()) {
      Object.assign(this.healthOf(streak.destinationId), {
        consecutiveFailures: streak.consecutiveFailures,
        failingSince: streak.failingSince,
        lastReason: streak.lastReason,
        lastFailure: streak.lastFailure,
      });
    }
    return [...streaks.values()];
  }

  failUnreadable(rows: readonly { id: number; reason: string }[], now: number): void {
    for (const { id, reason } of rows) {
      Object.assign(this.stored(id), {
        state: 'failed',
        nextAttemptAt: null,
        manual: false,
        lastReason: reason,
        updatedAt: now,
        finishedAt: now,
      });
    }
  }

  recoverInFlight(now: number): number {
    const sending = this.deliveries.filter((d) => d.state === 'sending');
    for (const d of sending) Object.assign(d, { state: 'pending', nextAttemptAt: now, updatedAt: now });
    return sending.length;
  }

  reconcile(blocked: readonly BlockedDestination[], known: readonly string[], now: number): number {
    let changed = 0;
    for (const d of this.deliveries) {
      const block = blocked.find((b) => b.id === d.destinationId);
      if (!known.includes(d.destinationId) && ['pending', 'retrying', 'paused'].includes(d.state)) {
        Object.assign(d, { state: 'failed', nextAttemptAt: null, manual: false, finishedAt: now });
        d.lastReason = 'The destination was deleted before this could be delivered.';
        changed += 1;
      } else if (block && (d.state === 'pending' || d.state === 'retrying')) {
        Object.assign(d, { state: 'paused', nextAttemptAt: null, lastReason: block.reason, updatedAt: now });
        changed += 1;
      } else if (!block && d.state === 'paused') {
        // Resumed, the reason is the latest attempt's again (none if never tried).
        const latest = this.attemptRows.filter((a) => a.deliveryId === d.id).at(-1);
        Object.assign(d, { state: 'pending', nextAttemptAt: now, lastReason: latest?.reason ?? null, updatedAt: now });
        changed += 1;
      }
    }
    return changed;
  }

  healthPaused(): BlockedDestination[] {
    return [...this.health.entries()]
      .filter(([, h]) => h.pausedReason !== null)
      .map(([id, h]) => ({ id, reason: h.pausedReason ?? '' }));
  }

  setHealthPause(destinationId: string, reason: string | null, _now: number): void {
    const health = this.healthOf(destinationId);
    health.pausedReason = reason;
    if (reason === null) Object.assign(health, { consecutiveFailures: 0, failingSince: null });
  }

  // --- LogRows

  page(filter: DeliveryFilter, before: number, limit: number): StoredLogRow[] {
    return this.matching(filter)
      .filter((d) => d.id < before)
      .sort((a, b) => b.id - a.id)
      .slice(0, limit)
      .map((d) => this.logRow(d));
  }

  countByState(filter: DeliveryFilter): { state: DeliveryState; n: number }[] {
    const counts = new Map<DeliveryState, number>();
    for (const d of this.matching(filter)) counts.set(d.state, (counts.get(d.state) ?? 0) + 1);
    return [...counts].map(([state, n]) => ({ state, n }));
  }

  delivery(id: number): (StoredLogRow & { body: string | null }) | undefined {
    const found = this.deliveries.find((d) => d.id === id);
    return found && { ...this.logRow(found), body: this.eventOf(found)?.body ?? null };
  }

  attempts(deliveryId: number): StoredAttempt[] {
    return this.attemptRows.filter((a) => a.deliveryId === deliveryId).map(({ deliveryId: _id, ...a }) => a);
  }

  private matching(filter: DeliveryFilter): FakeDelivery[] {
    if (filter.eventTypes || filter.from || filter.to || filter.text) throw new Error('not supported by the fake');
    return this.deliveries.filter(
      (d) =>
        (!filter.states || filter.states.includes(d.state)) &&
        (!filter.destinationIds || filter.destinationIds.includes(d.destinationId)),
    );
  }

  private logRow(d: FakeDelivery): StoredLogRow {
    const event = this.eventOf(d);
    return {
      id: d.id,
      eventId: event?.id ?? '',
      eventType: d.eventType,
      summary: event?.summary ?? '',
      destinationId: d.destinationId,
      destinationName: d.destinationName,
      state: d.state,
      attempts: d.attempts,
      nextAttemptAt: d.nextAttemptAt,
      lastStatus: d.lastStatus,
      lastReason: d.lastReason,
      lastLatencyMs: d.lastLatencyMs,
      createdAt: d.createdAt,
      updatedAt: d.updatedAt,
    };
  }

  private eventOf(d: FakeDelivery): (StoredEvent & { seq: number }) | undefined {
    return this.events.find((e) => e.seq === d.eventSeq);
  }

  private healthOf(destinationId: string): Health {
    let health = this.health.get(destinationId);
    if (!health) {
      health = { consecutiveFailures: 0, failingSince: null, lastReason: null, lastFailure: null, pausedReason: null };
      this.health.set(destinationId, health);
    }
    return health;
  }

  private due(now: number, excluded: readonly string[]): FakeDelivery[] {
    return this.deliveries
      .filter(
        (d) =>
          (d.state === 'pending' || d.state === 'retrying') &&
          d.nextAttemptAt !== null &&
          d.nextAttemptAt <= now &&
          !excluded.includes(d.destinationId) &&
          !this.deliveries.some(
            (p) =>
              p.destinationId === d.destinationId &&
              p.resourceKey === d.resourceKey &&
              p.id < d.id &&
              queuedStates.includes(p.state),
          ),
      )
      .sort((a, b) => (a.nextAttemptAt ?? 0) - (b.nextAttemptAt ?? 0) || a.id - b.id);
  }

  private row(d: FakeDelivery): StoredDelivery {
    const event = this.events.find((e) => e.seq === d.eventSeq);
    return {
      id: d.id,
      eventType: d.eventType,
      destinationId: d.destinationId,
      attempts: d.attempts,
      manualAttempts: d.manualAttempts,
      manual: d.manual ? 1 : 0,
      resumeAt: d.resumeAt,
      createdAt: d.createdAt,
      eventId: event?.id ?? null,
      body: event?.body ?? null,
    };
  }
}
