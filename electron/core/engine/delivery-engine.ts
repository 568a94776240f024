import type { DeliveryAlert } from '../../../shared/domain/deliveries';
import { defaultRetryScheduleMs } from '../delivery/retry-schedule';
import type { SendOutcome, WebhookSender } from '../delivery/types';
import type { EventBus } from '../events/event-bus';
import type { Clock, Logger } from '../ports';
import type { Destinations, Resolution } from './destination-directory';
import { nextStepAfterFailure } from './next-step';
import type { AttemptRecord, BlockedDestination, ClaimedDelivery, EngineStore, HealthChange } from './queue-ports';
import { readClaimedDelivery } from './read-claimed-delivery';
import { realTimers, type Timers } from './timers';
import { TokenBucket } from './token-bucket';

export interface EngineOptions {
  /** Attempts in flight at once, across all destinations. */
  concurrency: number;
  /** Attempts in flight at once to one destination. */
  perDestinationConcurrency: number;
  /**
   * Under load, claims wait until this many slots are free (at most half of them; or
   * none is busy): each claim is a query that walks past every delivery in flight and
   * every result not yet written, so fewer, larger claims. 16 rather than 8: in paired
   * rounds of a 10,000-webhook drain, less CPU in 7 of 8 and less time in 8 of 8.
   */
  claimWhenFree: number;
  /**
   * Results are written in batches this often, or as soon as `flushAtResults` are
   * waiting (one transaction, one fsync, for many): the group commit. A crash loses at
   * most the results not yet written — those deliveries are still due on disk and are
   * sent again at the next start with the same event id (at-least-once), so the partner
   * may see up to one interval's worth (and the batch being written) twice.
   */
  flushIntervalMs: number;
  /**
   * 256 (was 64): each commit costs its fsync and transaction whatever its size; in
   * paired drain rounds 256 used less CPU per delivery in 5 of 8 (medians 148 → 137 µs).
   * The interval still bounds a batch to 20 ms of results.
   */
  flushAtResults: number;
  retryScheduleMs: readonly number[];
  /** Consecutive failures before a destination is reported as failing. */
  failingAfter: number;
  /** A destination failing this long is paused (default 5 days); read at each check, so a setting change applies. */
  pauseAfterFailingMs: number | (() => number);
  /** After an "offline" outcome, wait this long (doubling to the max) before trying again. */
  offlineBackoffMs: { initial: number; max: number };
  /** After reconnecting, concurrency grows from 1 to the maximum over this time. */
  reconnectRampMs: number;
  /** After a failed write of results (busy, disk full), wait this long (doubling to the max) before trying again. */
  writeRetryMs: { initial: number; max: number };
  random: () => number;
}

/** Why a delivery cut off by closing the app waits; it is sent again, same id, at the next start. */
export const interruptedReason = 'Interrupted when Integration Hub closed; it is sent again when it next starts.';

/** Consecutive failures before a destination counts as failing (alerts, status bar, health). */
export const failingAfter = 3;

export const defaultEngineOptions: EngineOptions = {
  concurrency: 32,
  perDestinationConcurrency: 8,
  claimWhenFree: 16,
  // 20 ms (was 5): fewer, larger commits — fewer fsyncs and less per-delivery
  // bookkeeping under load (issue #15's spike: ~8 µs per delivery), still short
  // next to a partner's answer; the next event for the same check waits at most this.
  flushIntervalMs: 20,
  flushAtResults: 256,
  retryScheduleMs: defaultRetryScheduleMs,
  failingAfter,
  pauseAfterFailingMs: 5 * 24 * 60 * 60 * 1000,
  offlineBackoffMs: { initial: 2_000, max: 60_000 },
  reconnectRampMs: 10_000,
  writeRetryMs: { initial: 250, max: 30_000 },
  random: Math.random,
};

/** After an unexpected error while looking for work, look again this much later. */
const tickRetryMs = 1_000;

interface EngineDeps {
  store: EngineStore;
  directory: Destinations;
  sender: WebhookSender;
  clock: Clock;
  events: EventBus;
  logger: Logger;
  isOnline: () => boolean;
  /** A destination answered 410 Gone: disable it in the settings. */
  disableDestination: (destinationId: string) => void;
  timers?: Timers;
  options?: Partial<EngineOptions>;
}

/**
 * Sends queued deliveries: per-resource order, per-destination concurrency and
 * rate limits, retries on a schedule, nothing spent while offline. Modeled on
 * Signal-Desktop's JobQueue: storage is a port (`queue-ports.ts`), rows read
 * back are validated before use, each run ends in delivered / retry-at /
 * give-up, and the queue can stop and drain. It never touches UI state; it
 * emits events that the transports forward.
 *
 * It cannot get stuck: a failed write of results keeps them and writes them
 * later (nothing new is claimed meanwhile), and no timer or microtask callback
 * lets an error escape — an unexpected one is logged and the engine looks again.
 */
export class DeliveryEngine {
  private readonly options: EngineOptions;
  private readonly timers: Timers;
  private running = false;
  private inFlight = 0;
  private readonly inFlightTo = new Map<string, number>();
  private readonly buckets = new Map<string, TokenBucket>();
  private readonly resolved = new Map<number, Resolution>();
  /** Claimed and not yet written back: sent (or being sent), still pending on disk. */
  private readonly inFlightIds = new Set<number>();
  private records: AttemptRecord[] = [];
  /** While set, results could not be written: retry then, and claim nothing new until they are. */
  private writeBlockedUntil = 0;
  private writeRetry: number;
  /** Rows that could not be read back nor marked failed; never claimed again in this run. */
  private readonly unreadableIds = new Set<number>();
  private flushHandle: unknown = null;
  /** The batch being written on the writer thread, if one is. */
  private writing: Promise<void> | null = null;
  private wakeHandle: unknown = null;
  private wakeAt = Infinity;
  private tickQueued = false;
  private offlineUntil = 0;
  private offlineBackoff: number;
  private onlineSince = 0;
  private idleWaiters: (() => void)[] = [];
  /** Destinations that may not receive now, as of the last tick. */
  private blockedIds: string[] = [];
  private drainWaiters: (() => void)[] = [];

  constructor(private readonly deps: EngineDeps) {
    this.options = { ...defaultEngineOptions, ...deps.options };
    this.timers = deps.timers ?? realTimers;
    this.offlineBackoff = this.options.offlineBackoffMs.initial;
    this.writeRetry = this.options.writeRetryMs.initial;
  }

  /** Recovers deliveries that were in flight at a crash (sent again, same id) and starts sending. */
  start(): void {
    const now = this.now();
    const recovered = this.deps.store.recoverInFlight(now);
    if (recovered > 0) this.deps.logger.info('re-queued deliveries that were in flight at shutdown', { recovered });
    this.running = true;
    this.onlineSince = now - this.options.reconnectRampMs;
    this.reconcile();
  }

  /** New deliveries were committed, or something changed: look for work now. */
  notify(): void {
    if (!this.running || this.tickQueued) return;
    this.tickQueued = true;
    queueMicrotask(() => {
      this.tickQueued = false;
      this.tick();
    });
  }

  /**
   * New deliveries were committed. Those to a destination that must wait (held for
   * an unreadable secret, on hold by the operator, paused after failing too long) are paused at once, with
   * the reason, rather than look queued for nothing; the rest are looked at now.
   */
  deliveriesAdded(): void {
    const { directory, store } = this.deps;
    if (directory.held().length > 0 || directory.onHold().length > 0 || store.healthPaused().length > 0)
      this.reconcile();
    else this.notify();
  }

  /** Settings changed: pause, resume or fail deliveries to match, then look for work. */
  reconcile(): void {
    const now = this.now();
    this.deps.store.reconcile(this.blocked(), this.deps.directory.known(), now);
    this.notify();
  }

  /** The OS said the network came or went. */
  connectivityChanged(): void {
    if (this.deps.isOnline()) {
      this.onlineSince = this.now();
      this.offlineUntil = 0;
      this.offlineBackoff = this.options.offlineBackoffMs.initial;
    }
    this.notify();
  }

  /** Deliveries being sent right now (the log shows them as `sending`). */
  sendingIds(): ReadonlySet<number> {
    return this.inFlightIds;
  }

  /**
   * Resolves when nothing is in flight, nothing is waiting to be written and
   * nothing is due now — at once on an engine that is not running.
   */
  whenIdle(): Promise<void> {
    if (!this.running) return Promise.resolve();
    return new Promise((resolve) => {
      this.idleWaiters.push(resolve);
      this.notify();
    });
  }

  /** Stops taking work, waits for attempts in flight and writes their results. */
  async stop(): Promise<void> {
    this.running = false;
    this.clearWake();
    if (this.inFlight > 0) await new Promise<void>((resolve) => this.drainWaiters.push(resolve));
    this.writeBlockedUntil = 0;
    // The batch on its way to the writer thread, then whatever came after it.
    await this.writing;
    this.flush();
    await this.writing;
    if (this.flushHandle !== null) this.timers.clearTimeout(this.flushHandle);
    this.flushHandle = null;
    if (this.records.length > 0) {
      // Still pending on disk: sent again after the restart (same event id), as after a crash.
      this.deps.logger.error('results could not be written before stopping; those deliveries will be sent again', {
        deliveries: this.records.length,
      });
      this.records = [];
    }
    // Nothing may wait on a stopped engine.
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  private now(): number {
    return this.deps.clock.now().getTime();
  }

  private blocked(): BlockedDestination[] {
    const fromSettings = this.deps.directory.blocked().map((id) => {
      const resolution = this.deps.directory.resolve(id);
      return { id, reason: resolution.kind === 'paused' ? resolution.reason : 'Waiting.' };
    });
    return [...fromSettings, ...this.deps.store.healthPaused()];
  }

  private capacity(now: number): number {
    if (this.options.reconnectRampMs <= 0) return this.options.concurrency;
    const ramp = Math.min(1, (now - this.onlineSince) / this.options.reconnectRampMs);
    return Math.max(1, Math.floor(this.options.concurrency * ramp));
  }

  /** Looks for work; an unexpected error (a busy or damaged database) is logged and retried, never thrown. */
  private tick(): void {
    if (!this.running) return;
    try {
      this.lookForWork();
    } catch (error) {
      this.deps.logger.error('the delivery queue could not be read; trying again shortly', { error: String(error) });
      this.wakeBy(this.now() + tickRetryMs);
    }
  }

  private lookForWork(): void {
    const now = this.now();
    if (now < this.writeBlockedUntil) {
      // Results are waiting to be written: the flush timer is set; send nothing more until they are.
      this.settleIdle(now);
      return;
    }
    if (!this.deps.isOnline() || now < this.offlineUntil) {
      if (now < this.offlineUntil) this.wakeBy(this.offlineUntil);
      this.settleIdle(now);
      return;
    }
    // Ids only: the reasons are for reconcile, and resolving them on every tick is wasted work.
    this.blockedIds = [...this.deps.directory.blocked(), ...this.deps.store.healthPaused().map((p) => p.id)];
    const free = this.capacity(now) - this.inFlight;
    if (free > 0) {
      const excluded = new Set(this.blockedIds);
      let earliestToken = Infinity;
      for (const [id, count] of this.inFlightTo) if (count >= this.options.perDestinationConcurrency) excluded.add(id);
      for (const [id, bucket] of this.buckets) {
        const wait = bucket.waitMs(now);
        if (wait > 0) {
          excluded.add(id);
          earliestToken = Math.min(earliestToken, now + wait);
        }
      }
      const claimed = this.claim(now, free, [...excluded]);
      for (const delivery of claimed) void this.attempt(delivery);
      if (claimed.length > 0) {
        this.deps.events.emit('deliveries.changed', {
          deliveries: claimed.map((d) => ({ id: d.id, state: 'sending' as const })),
        });
      }
      if (earliestToken < Infinity) this.wakeBy(earliestToken);
      if (this.capacity(now) < this.options.concurrency) this.wakeBy(now + 250);
    }
    // Every slot taken (a drain): the attempts finishing look again and find what is
    // due by then, so the query for the next due time (2 % of a drain) can wait.
    if (this.inFlight < this.capacity(now)) {
      const due = this.deps.store.nextDueAfter(now, this.blockedIds);
      if (due !== null) this.wakeBy(due);
    }
    this.settleIdle(now);
  }

  /** Due rows, validated and admitted; rows that cannot be read back are given up with the reason. */
  private claim(now: number, limit: number, excluded: readonly string[]): ClaimedDelivery[] {
    const skip =
      this.unreadableIds.size === 0 ? this.inFlightIds : new Set([...this.inFlightIds, ...this.unreadableIds]);
    const claimed: ClaimedDelivery[] = [];
    const unreadable: { id: number; reason: string }[] = [];
    for (const row of this.deps.store.claimDue(now, limit, excluded, skip)) {
      const read = readClaimedDelivery(row);
      if (!read.ok) {
        if (read.id === null) this.deps.logger.error('a queued delivery without a usable id was skipped', {});
        else unreadable.push({ id: read.id, reason: read.reason });
      } else if (this.admit(read.delivery, now)) {
        claimed.push(read.delivery);
      }
    }
    if (unreadable.length > 0) this.giveUpUnreadable(unreadable, now);
    return claimed;
  }

  private giveUpUnreadable(rows: readonly { id: number; reason: string }[], now: number): void {
    try {
      this.deps.store.failUnreadable(rows, now);
      this.deps.events.emit('deliveries.changed', {
        deliveries: rows.map(({ id }) => ({ id, state: 'failed' as const })),
      });
    } catch (error) {
      // Not even that could be written: leave them alone for this run rather than claim them on every tick.
      for (const { id } of rows) this.unreadableIds.add(id);
      this.deps.logger.error('unreadable deliveries could not be marked failed', { error: String(error) });
    }
    for (const { id, reason } of rows)
      this.deps.logger.warn('gave up an unreadable delivery', { delivery: id, reason });
  }

  /** Decides whether this row may go now (destination capacity and rate). */
  private admit(row: ClaimedDelivery, now: number): boolean {
    const count = this.inFlightTo.get(row.destinationId) ?? 0;
    if (count >= this.options.perDestinationConcurrency) return false;
    const resolution = this.deps.directory.resolve(row.destinationId);
    if (resolution.kind === 'ok') {
      let bucket = this.buckets.get(row.destinationId);
      if (!bucket) {
        bucket = new TokenBucket(resolution.ratePerSecond, now);
        this.buckets.set(row.destinationId, bucket);
      } else {
        bucket.setRate(resolution.ratePerSecond);
      }
      if (!bucket.tryTake(now)) return false;
    }
    this.resolved.set(row.id, resolution);
    this.inFlightIds.add(row.id);
    this.inFlightTo.set(row.destinationId, count + 1);
    this.inFlight += 1;
    return true;
  }

  private async attempt(delivery: ClaimedDelivery): Promise<void> {
    const resolution = this.resolved.get(delivery.id);
    this.resolved.delete(delivery.id);
    let record: AttemptRecord;
    try {
      record = await this.run(delivery, resolution);
    } catch (error) {
      // A bug, not a partner problem: keep the delivery and try again later.
      this.deps.logger.error('delivery attempt crashed', { delivery: delivery.id, error: String(error) });
      record = { delivery, next: { state: 'pending', at: this.now() + 60_000, reason: 'Internal error; will retry.' } };
    }
    this.inFlight -= 1;
    const left = (this.inFlightTo.get(delivery.destinationId) ?? 1) - 1;
    if (left > 0) this.inFlightTo.set(delivery.destinationId, left);
    else this.inFlightTo.delete(delivery.destinationId);
    this.records.push(record);
    this.scheduleFlush();
    if (this.inFlight === 0) for (const resolve of this.drainWaiters.splice(0)) resolve();
    // Slots are free; other resources' deliveries need not wait for the flush. Claims
    // cost a query each, so wait until a few slots are free (or all are; `claimWhenFree`).
    const free = this.options.concurrency - this.inFlight;
    if (free >= Math.min(this.options.claimWhenFree, Math.ceil(this.options.concurrency / 2)) || this.inFlight === 0)
      this.notify();
  }

  private async run(delivery: ClaimedDelivery, resolution: Resolution | undefined): Promise<AttemptRecord> {
    if (!resolution || resolution.kind === 'gone') {
      return {
        delivery,
        next: { state: 'failed', reason: resolution?.reason ?? 'This destination is no longer configured.' },
      };
    }
    if (resolution.kind === 'paused') return { delivery, next: { state: 'paused', reason: resolution.reason } };
    const startedAt = this.now();
    const outcome = await this.deps.sender.send(resolution.target, {
      id: delivery.eventId,
      type: delivery.eventType,
      body: delivery.body,
    });
    const now = this.now();
    if (outcome.kind === 'interrupted') {
      return { delivery, next: { state: 'pending', at: now, reason: interruptedReason } };
    }
    if (outcome.kind === 'offline') {
      this.wentOffline(now);
      return { delivery, next: { state: 'pending', at: now, reason: outcome.reason } };
    }
    this.offlineBackoff = this.options.offlineBackoffMs.initial;
    if (outcome.kind === 'failed' && outcome.failure === 'http_gone') this.disable(delivery.destinationId);
    return {
      delivery,
      next:
        outcome.kind === 'delivered'
          ? { state: 'delivered' }
          : nextStepAfterFailure(delivery, outcome, now, this.options.retryScheduleMs, this.options.random),
      attempt: attemptOf(outcome, startedAt, resolution.target.url, delivery.manual),
    };
  }

  /** 410 Gone: a failure to save the disabled partner must not lose the attempt's result. */
  private disable(destinationId: string): void {
    try {
      this.deps.disableDestination(destinationId);
    } catch (error) {
      this.deps.logger.error('could not disable a destination that answered 410 Gone', {
        destination: destinationId,
        error: String(error),
      });
    }
  }

  private wentOffline(now: number): void {
    // Attempts in flight together all report it; one back-off step per outage check.
    if (now < this.offlineUntil) return;
    this.offlineUntil = now + this.offlineBackoff;
    this.offlineBackoff = Math.min(this.offlineBackoff * 2, this.options.offlineBackoffMs.max);
  }

  private scheduleFlush(): void {
    const blocked = this.now() < this.writeBlockedUntil;
    if (this.records.length >= this.options.flushAtResults && !blocked) {
      this.flush();
      return;
    }
    if (this.flushHandle !== null) return;
    this.setFlushTimer(this.options.flushIntervalMs);
  }

  private setFlushTimer(ms: number): void {
    this.flushHandle = this.timers.setTimeout(() => {
      this.flushHandle = null;
      this.flush();
    }, ms);
  }

  /**
   * Writes the results waiting in memory. If the write fails they stay here,
   * their deliveries stay claimed (not sent again meanwhile), and the write is
   * tried again after a growing pause; nothing is thrown to the caller (a timer).
   */
  private flush(): void {
    if (this.flushHandle !== null) {
      this.timers.clearTimeout(this.flushHandle);
      this.flushHandle = null;
    }
    // One batch at a time: a batch being written on the writer thread flushes the next when it is done.
    if (this.writing !== null) return;
    const records = this.records;
    if (records.length === 0) return;
    const now = this.now();
    let written: HealthChange[] | Promise<HealthChange[]>;
    try {
      written = this.deps.store.record(records, now);
    } catch (error) {
      this.writeFailed(error, records.length, now);
      return;
    }
    this.records = [];
    if (Array.isArray(written)) {
      this.written(records, written, now);
      return;
    }
    this.writing = written.then(
      (changes) => {
        this.writing = null;
        this.written(records, changes, now);
        if (!this.running) return;
        if (this.records.length > 0) this.scheduleFlush();
        else this.settleIdle(this.now());
      },
      (error: unknown) => {
        this.writing = null;
        // Kept, before anything that came in meanwhile, and tried again like any failed write.
        this.records = [...records, ...this.records];
        this.writeFailed(error, this.records.length, this.now());
      },
    );
  }

  /** A batch is on disk: its deliveries may be claimed again, windows and health hear of it. */
  private written(records: readonly AttemptRecord[], changes: readonly HealthChange[], now: number): void {
    if (this.writeBlockedUntil > 0) {
      this.deps.logger.info('results are being written again', { deliveries: records.length });
      this.writeBlockedUntil = 0;
      this.writeRetry = this.options.writeRetryMs.initial;
    }
    // Only now, with the result on disk, may these rows be claimed again (a retry).
    for (const record of records) this.inFlightIds.delete(record.delivery.id);
    this.deps.events.emit('deliveries.changed', {
      deliveries: records.map((r) => ({ id: r.delivery.id, state: r.next.state })),
    });
    // Sent before its destination was held or disabled, and to be tried again: it waits
    // with the others (its retry time is no longer what it waits for).
    const blocked = new Set(this.deps.directory.blocked());
    if (records.some((r) => blocked.has(r.delivery.destinationId) && r.next.state !== 'delivered'))
      this.deps.store.reconcile(this.blocked(), this.deps.directory.known(), now);
    for (const change of changes) {
      try {
        this.reportHealth(change, records, now);
      } catch (error) {
        this.deps.logger.error('could not update a destination’s health', {
          destination: change.destinationId,
          error: String(error),
        });
      }
    }
    this.notify();
  }

  private writeFailed(error: unknown, waiting: number, now: number): void {
    if (this.writeBlockedUntil === 0) {
      this.deps.logger.error('delivery results could not be written; keeping them and trying again', {
        deliveries: waiting,
        error: String(error),
      });
    }
    if (!this.running) return;
    this.writeBlockedUntil = now + this.writeRetry;
    this.setFlushTimer(this.writeRetry);
    this.writeRetry = Math.min(this.writeRetry * 2, this.options.writeRetryMs.max);
  }

  private reportHealth(change: HealthChange, records: readonly AttemptRecord[], now: number): void {
    const { failingAfter } = this.options;
    const pauseAfterFailingMs =
      typeof this.options.pauseAfterFailingMs === 'function'
        ? this.options.pauseAfterFailingMs()
        : this.options.pauseAfterFailingMs;
    const alert = (kind: DeliveryAlert['kind'], reason: string, failure = change.lastFailure): void => {
      const resolution = this.deps.directory.resolve(change.destinationId);
      const destinationName = resolution.kind === 'gone' ? change.destinationId : resolution.name;
      this.deps.events.emit('delivery.alert', {
        destinationId: change.destinationId,
        destinationName,
        kind,
        reason,
        failure: kind === 'recovered' ? null : failure,
        at: new Date(now).toISOString(),
      });
    };
    const gone = records.find(
      (r) => r.delivery.destinationId === change.destinationId && r.attempt?.failure === 'http_gone',
    );
    if (gone) {
      alert('disabled', gone.attempt?.reason ?? '410 — the partner says this endpoint is gone', 'http_gone');
      return;
    }
    if (change.consecutiveFailures >= failingAfter && change.wasFailing < failingAfter) {
      alert('failing', change.lastReason ?? 'Deliveries are failing.');
    } else if (
      change.consecutiveFailures === 0 &&
      // A 410 disables at once, alerted without a streak: going through again clears that alert too.
      (change.wasFailing >= failingAfter || change.wasFailure === 'http_gone')
    ) {
      alert('recovered', 'Deliveries are succeeding again.');
    }
    if (change.failingSince !== null && now - change.failingSince >= pauseAfterFailingMs) {
      const days = Math.round(pauseAfterFailingMs / 86_400_000);
      const reason = `Paused after failing for ${days > 0 ? `${days} days` : 'too long'}: ${change.lastReason ?? 'deliveries kept failing'}.`;
      this.deps.store.setHealthPause(change.destinationId, reason, now);
      this.deps.store.reconcile(this.blocked(), this.deps.directory.known(), now);
      alert('paused', reason);
    }
  }

  private wakeBy(at: number): void {
    if (at >= this.wakeAt) return;
    this.clearWake();
    this.wakeAt = at;
    this.wakeHandle = this.timers.setTimeout(
      () => {
        this.wakeHandle = null;
        this.wakeAt = Infinity;
        this.tick();
      },
      Math.max(0, at - this.now()),
    );
  }

  private clearWake(): void {
    if (this.wakeHandle !== null) this.timers.clearTimeout(this.wakeHandle);
    this.wakeHandle = null;
    this.wakeAt = Infinity;
  }

  private settleIdle(now: number): void {
    if (this.idleWaiters.length === 0 || this.inFlight > 0 || this.records.length > 0 || this.writing !== null) return;
    const offline = !this.deps.isOnline() || now < this.offlineUntil;
    // Online here means tick just refreshed blockedIds.
    if (!offline && this.deps.store.hasDue(now, this.blockedIds)) return;
    for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}

function attemptOf(
  outcome: Exclude<SendOutcome, { kind: 'offline' | 'interrupted' }>,
  startedAt: number,
  url: string,
  manual: boolean,
): AttemptRecord['attempt'] {
  return {
    startedAt,
    url,
    requestHeaders: outcome.requestHeaders,
    outcome: outcome.kind,
    status: outcome.status,
    latencyMs: outcome.latencyMs,
    responseExcerpt: outcome.responseExcerpt,
    failure: outcome.kind === 'failed' ? outcome.failure : null,
    reason: outcome.kind === 'failed' ? outcome.reason : null,
    manual,
  };
}
