import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { asFailureKind, type FailureKind } from '../../../shared/domain/delivery-failures';
import { inTransaction } from '../storage/database';
import { limitSql, StatementCache } from '../storage/statement-cache';
import { failedBucket, hourOf, latencyBucket } from '../log/latency-buckets';
import type { BlockedDestination, EngineStore, HealthChange, ResultToWrite, StoredDelivery } from './queue-ports';

// The engine's view of these types lives with its ports; re-exported for the modules that read them here.
export type { AttemptRecord, ClaimedDelivery, HealthChange, NextStep } from './queue-ports';

/** A destination whose last attempts keep failing, or that was paused for it. */
export interface FailingRow {
  id: string;
  reason: string | null;
  failure: FailureKind | null;
  since: number | null;
  paused: boolean;
}

/** The queue as the status bar counts it (see `SystemStatus`). */
export interface QueueCounts {
  queued: number;
  retrying: number;
  held: number;
}

/**
 * Due deliveries, at most `limit`: a delivery is due when its time has come and
 * nothing older for the same destination and resource is still unfinished, FIFO
 * per (destination, resource). The indexes are pinned: statistics gathered while
 * the queue was small must never talk the planner into scanning a large backlog.
 */
const selectDueSql = (limit: number): string => `
      SELECT d.id, d.event_type AS eventType, d.destination_id AS destinationId, d.attempts,
             d.manual_attempts AS manualAttempts, d.manual, d.resume_at AS resumeAt, d.created_at AS createdAt,
             e.id AS eventId, e.body
      FROM deliveries d INDEXED BY deliveries_due JOIN events e ON e.seq = d.event_seq
      WHERE d.state IN ('pending', 'retrying') AND d.next_attempt_at <= ?
        AND d.destination_id NOT IN (SELECT value FROM json_each(?))
        AND d.id NOT IN (SELECT value FROM json_each(?))
        AND NOT EXISTS (
          SELECT 1 FROM deliveries p INDEXED BY deliveries_fifo
          WHERE p.destination_id = d.destination_id AND p.resource_key = d.resource_key AND p.id < d.id
            AND p.state IN ('pending', 'retrying', 'sending', 'paused'))
      ORDER BY d.next_attempt_at, d.id
      ${limitSql(limit)}`;

/** A batch's attempts counted per (destination, hour, latency bucket): a handful of upserts, not one per attempt. */
class AttemptRollupBatch {
  private readonly counts = new Map<string, { destinationId: string; hour: number; bucket: number; count: number }>();

  add(destinationId: string, attempt: { startedAt: number; outcome: string; latencyMs: number }): void {
    const hour = hourOf(attempt.startedAt);
    const bucket = attempt.outcome === 'delivered' ? latencyBucket(attempt.latencyMs) : failedBucket;
    const key = `${destinationId} ${hour} ${bucket}`;
    const entry = this.counts.get(key);
    if (entry) entry.count += 1;
    else this.counts.set(key, { destinationId, hour, bucket, count: 1 });
  }

  write(upsert: StatementSync): void {
    for (const { destinationId, hour, bucket, count } of this.counts.values())
      upsert.run(destinationId, hour, bucket, count);
  }
}

/**
 * The engine's SQL: claiming due deliveries in per-resource order, recording
 * attempts in batches (one transaction, one fsync, for many results), and crash
 * recovery. Everything here is short, indexed statements: it runs on the thread
 * that also answers the UI.
 */
export class DeliveryStore implements EngineStore {
  /** The claim query, one statement per limit (see `limitSql`). */
  private readonly selectDue: StatementCache;
  private readonly updateDelivery: StatementSync;
  private readonly insertAttempt: StatementSync;
  private readonly addToRollup: StatementSync;
  private readonly healthOf: StatementSync;
  private readonly upsertHealth: StatementSync;
  private readonly nextDue: StatementSync;
  private readonly claimable: StatementSync;
  private pausedCache: BlockedDestination[] | null = null;
  private waitingCounts: StatementSync | null = null;

  constructor(private readonly db: DatabaseSync) {
    this.selectDue = new StatementCache(db);
    this.claimable = db.prepare(`
      SELECT d.id FROM deliveries d INDEXED BY deliveries_due
      WHERE d.state IN ('pending', 'retrying') AND d.next_attempt_at <= ?
        AND d.destination_id NOT IN (SELECT value FROM json_each(?))
        AND NOT EXISTS (
          SELECT 1 FROM deliveries p INDEXED BY deliveries_fifo
          WHERE p.destination_id = d.destination_id AND p.resource_key = d.resource_key AND p.id < d.id
            AND p.state IN ('pending', 'retrying', 'sending', 'paused'))
      LIMIT 1`);
    // A delivery superseded while in flight stays superseded unless it got through.
    // Status, latency and reason are the latest attempt's (?2 = 1): a timeout after a
    // 500 shows no status, not the 500. Without an attempt (offline, paused) the
    // reason says why it waits and the last attempt's figures stay.
    // An attempt consumes the resend (manual, resume_at); waiting keeps it a resend.
    this.updateDelivery = db.prepare(`
      UPDATE deliveries SET state = CASE WHEN state = 'superseded' AND ?1 != 'delivered' THEN 'superseded' ELSE ?1 END,
        attempts = attempts + ?2, manual_attempts = manual_attempts + ?2 * ?11, manual = manual * ?3,
        resume_at = CASE WHEN ?3 = 1 THEN resume_at END,
        next_attempt_at = CASE WHEN state = 'superseded' AND ?1 != 'delivered' THEN NULL ELSE ?4 END,
        last_status = CASE WHEN ?2 = 1 THEN ?5 ELSE last_status END, last_reason = ?6,
        last_latency_ms = CASE WHEN ?2 = 1 THEN ?7 ELSE last_latency_ms END,
        updated_at = ?8, finished_at = ?9
      WHERE id = ?10`);
    this.insertAttempt = db.prepare(`
      INSERT INTO attempts (delivery_id, started_at, url, request_headers, outcome, status, latency_ms, response_excerpt,
        failure, reason, manual)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.addToRollup = db.prepare(`
      INSERT INTO attempt_rollup (destination_id, hour, latency_bucket, count) VALUES (?, ?, ?, ?)
      ON CONFLICT (destination_id, hour, latency_bucket) DO UPDATE SET count = count + excluded.count`);
    this.healthOf = db.prepare(`
      SELECT consecutive_failures AS consecutiveFailures, failing_since AS failingSince, last_failure AS lastFailure
      FROM destination_health WHERE destination_id = ?`);
    this.upsertHealth = db.prepare(`
      INSERT INTO destination_health (destination_id, consecutive_failures, failing_since, last_reason, last_failure,
        last_success_at)
      VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (destination_id) DO UPDATE SET consecutive_failures = excluded.consecutive_failures,
        failing_since = excluded.failing_since, last_reason = excluded.last_reason, last_failure = excluded.last_failure,
        last_success_at = COALESCE(excluded.last_success_at, last_success_at)`);
    // Walks the due index in time order and stops at the first usable row.
    this.nextDue = db.prepare(`
      SELECT next_attempt_at AS at FROM deliveries INDEXED BY deliveries_due
      WHERE state IN ('pending', 'retrying') AND next_attempt_at > ?
        AND destination_id NOT IN (SELECT value FROM json_each(?))
      ORDER BY next_attempt_at LIMIT 1`);
  }

  /**
   * Databases written before in-flight deliveries stayed pending may hold
   * `sending` rows: send them again (same event id — at-least-once).
   */
  recoverInFlight(now: number): number {
    return Number(
      this.db
        .prepare(`UPDATE deliveries SET state = 'pending', next_attempt_at = ?, updated_at = ? WHERE state = 'sending'`)
        .run(now, now).changes,
    );
  }

  /**
   * Up to `limit` due deliveries, skipping destinations in `excluded` and the
   * deliveries in `inFlight`, as stored (the engine validates them).
   */
  claimDue(now: number, limit: number, excluded: readonly string[], inFlight: ReadonlySet<number>): StoredDelivery[] {
    // In-flight deliveries stay pending/retrying on disk (the engine knows them in
    // memory): not writing a "sending" state saves an indexed UPDATE per delivery,
    // and after a crash they are simply due again — the same at-least-once resend.
    return this.selectDue.get(selectDueSql(limit)).all(now, JSON.stringify(excluded), JSON.stringify([...inFlight]));
  }

  /** Gives up deliveries that could not be read back, with the reason the log shows. */
  failUnreadable(rows: readonly { id: number; reason: string }[], now: number): void {
    if (rows.length === 0) return;
    const fail = this.db.prepare(`
      UPDATE deliveries SET state = 'failed', next_attempt_at = NULL, manual = 0, last_reason = ?, updated_at = ?,
        finished_at = ?
      WHERE id = ? AND state IN ('pending', 'retrying')`);
    inTransaction(this.db, () => {
      for (const { id, reason } of rows) fail.run(reason, now, now, id);
    });
  }

  /** When the earliest delivery not yet due (after `now`) falls due, or null when none waits. */
  nextDueAfter(now: number, excluded: readonly string[]): number | null {
    const row = this.nextDue.get(now, JSON.stringify(excluded)) as { at: number } | undefined;
    return row?.at ?? null;
  }

  /** Whether some delivery is due at `now` (for deciding the queue is idle). */
  hasDue(now: number, excluded: readonly string[]): boolean {
    return this.claimable.get(now, JSON.stringify(excluded)) !== undefined;
  }

  /** Writes a batch of attempt results in one transaction and reports how each destination's streak changed. */
  record(records: readonly ResultToWrite[], now: number): HealthChange[] {
    if (records.length === 0) return [];
    return inTransaction(this.db, () => {
      const streaks = new Map<string, HealthChange>();
      const rollup = new AttemptRollupBatch();
      for (const { delivery, next, attempt } of records) {
        const finished = next.state === 'delivered' || next.state === 'failed' ? now : null;
        const nextAt = next.state === 'retrying' || next.state === 'pending' ? next.at : null;
        const reason = 'reason' in next && next.reason !== undefined ? next.reason : (attempt?.reason ?? null);
        this.updateDelivery.run(
          next.state,
          attempt ? 1 : 0,
          // A resend that could not go out yet (offline) stays a resend.
          next.state === 'pending' || next.state === 'paused' ? 1 : 0,
          nextAt,
          attempt?.status ?? null,
          reason,
          attempt ? Math.round(attempt.latencyMs) : null,
          now,
          finished,
          delivery.id,
          attempt?.manual ? 1 : 0,
        );
        if (!attempt) continue;
        this.insertAttempt.run(
          delivery.id,
          attempt.startedAt,
          attempt.url,
          JSON.stringify(attempt.requestHeaders),
          attempt.outcome,
          attempt.status,
          Math.round(attempt.latencyMs),
          attempt.responseExcerpt,
          attempt.failure,
          attempt.reason,
          attempt.manual ? 1 : 0,
        );
        rollup.add(delivery.destinationId, attempt);
        let streak = streaks.get(delivery.destinationId);
        if (!streak) {
          const before = this.healthOf.get(delivery.destinationId) as
            { consecutiveFailures: number; failingSince: number | null; lastFailure: string | null } | undefined;
          streak = {
            destinationId: delivery.destinationId,
            consecutiveFailures: before?.consecutiveFailures ?? 0,
            failingSince: before?.failingSince ?? null,
            lastReason: null,
            lastFailure: null,
            wasFailing: before?.consecutiveFailures ?? 0,
            wasFailure: before && before.consecutiveFailures > 0 ? asFailureKind(before.lastFailure) : null,
          };
          streaks.set(delivery.destinationId, streak);
        }
        if (attempt.outcome === 'delivered') {
          streak.consecutiveFailures = 0;
          streak.failingSince = null;
          // The latest attempt's reason wins: a success after a failure leaves none.
          streak.lastReason = null;
          streak.lastFailure = null;
        } else {
          streak.consecutiveFailures += 1;
          streak.failingSince ??= attempt.startedAt;
          streak.lastReason = attempt.reason;
          streak.lastFailure = asFailureKind(attempt.failure);
        }
      }
      rollup.write(this.addToRollup);
      for (const streak of streaks.values()) {
        this.upsertHealth.run(
          streak.destinationId,
          streak.consecutiveFailures,
          streak.failingSince,
          streak.lastReason,
          streak.lastFailure,
          streak.consecutiveFailures === 0 ? now : null,
        );
      }
      return [...streaks.values()];
    });
  }

  /**
   * Brings queued deliveries in line with the destinations: those of blocked
   * destinations wait as `paused`, those of destinations that are usable again go
   * back to `pending`, and those of deleted destinations fail with the reason.
   * Returns how many deliveries changed.
   */
  reconcile(blocked: readonly BlockedDestination[], known: readonly string[], now: number): number {
    return inTransaction(this.db, () => {
      let changed = 0;
      const pause = this.db.prepare(`
        UPDATE deliveries SET state = 'paused', next_attempt_at = NULL, last_reason = ?, updated_at = ?
        WHERE +destination_id = ? AND state IN ('pending', 'retrying')`);
      // The unary + keeps SQLite on the state index: queued rows are few, a destination's rows may be millions.
      // While paused the reason says why it waits; resumed, it is the latest attempt's again (none if never tried).
      for (const { id, reason } of blocked) changed += Number(pause.run(reason, now, id).changes);
      changed += Number(
        this.db
          .prepare(
            `
            UPDATE deliveries SET state = 'pending', next_attempt_at = ?, updated_at = ?,
              last_reason = (SELECT a.reason FROM attempts a WHERE a.delivery_id = deliveries.id ORDER BY a.id DESC LIMIT 1)
            WHERE state = 'paused' AND destination_id NOT IN (SELECT value FROM json_each(?))`,
          )
          .run(now, now, JSON.stringify(blocked.map((b) => b.id))).changes,
      );
      changed += Number(
        this.db
          .prepare(
            `
            UPDATE deliveries SET state = 'failed', next_attempt_at = NULL, manual = 0,
              last_reason = 'The destination was deleted before this could be delivered.', updated_at = ?, finished_at = ?
            WHERE state IN ('pending', 'retrying', 'paused') AND destination_id NOT IN (SELECT value FROM json_each(?))`,
          )
          .run(now, now, JSON.stringify(known)).changes,
      );
      return changed;
    });
  }

  /** Destinations the engine paused itself after failing for too long. */
  healthPaused(): BlockedDestination[] {
    // Asked on every tick; changes only through setHealthPause.
    this.pausedCache ??= this.db
      .prepare(
        `SELECT destination_id AS id, paused_reason AS reason FROM destination_health WHERE paused_at IS NOT NULL`,
      )
      .all() as unknown as BlockedDestination[];
    return this.pausedCache;
  }

  /** Pauses (reason) or resumes (null) a destination; resuming also clears its failure streak. */
  setHealthPause(destinationId: string, reason: string | null, now: number): void {
    this.pausedCache = null;
    this.db
      .prepare(
        `
        INSERT INTO destination_health (destination_id, consecutive_failures, paused_at, paused_reason) VALUES (?, 0, ?, ?)
        ON CONFLICT (destination_id) DO UPDATE SET paused_at = excluded.paused_at, paused_reason = excluded.paused_reason,
          consecutive_failures = CASE WHEN excluded.paused_at IS NULL THEN 0 ELSE consecutive_failures END,
          failing_since = CASE WHEN excluded.paused_at IS NULL THEN NULL ELSE failing_since END`,
      )
      .run(destinationId, reason === null ? null : now, reason);
  }

  /**
   * Destinations whose last `threshold` or more attempts failed, or that were paused
   * for failing too long, with the last reason and its kind. Whether they are still
   * configured and enabled is the caller's to decide (the store knows no settings).
   */
  failing(threshold: number): FailingRow[] {
    const rows = this.db
      .prepare(
        `
        SELECT destination_id AS id, last_reason AS reason, last_failure AS failure, failing_since AS since,
               paused_at IS NOT NULL AS paused
        FROM destination_health WHERE consecutive_failures >= ? OR paused_at IS NOT NULL`,
      )
      .all(threshold) as unknown as (Omit<FailingRow, 'failure' | 'paused'> & {
      failure: string | null;
      paused: number;
    })[];
    return rows.map((row) => ({ ...row, failure: asFailureKind(row.failure), paused: row.paused === 1 }));
  }

  /** How many deliveries wait (paused) for each of `destinationIds`; those with none are absent. */
  waitingFor(destinationIds: readonly string[]): Map<string, number> {
    if (destinationIds.length === 0) return new Map();
    // Asked for every status push while a partner is held: compiled once.
    this.waitingCounts ??= this.db.prepare(
      `SELECT destination_id AS id, COUNT(*) AS n FROM deliveries INDEXED BY deliveries_by_state
       WHERE state = 'paused' AND destination_id IN (SELECT value FROM json_each(?)) GROUP BY destination_id`,
    );
    const rows = this.waitingCounts.all(JSON.stringify(destinationIds)) as unknown as { id: string; n: number }[];
    return new Map(rows.map((row) => [row.id, row.n]));
  }

  /**
   * Deliveries still to go out, split the way a person reads them: `queued` will be
   * sent (pending, or retrying on its schedule — in-flight ones are pending on disk);
   * `held` waits for a disabled or paused destination (`reconcile` keeps every queued
   * delivery of a blocked destination in that state), so it is not part of `queued`.
   */
  queueCounts(): QueueCounts {
    const rows = this.db
      .prepare(
        `SELECT state, COUNT(*) AS n FROM deliveries INDEXED BY deliveries_by_state
         WHERE state IN ('pending', 'retrying', 'paused') GROUP BY state`,
      )
      .all() as unknown as { state: 'pending' | 'retrying' | 'paused'; n: number }[];
    const count = (state: string): number => rows.find((row) => row.state === state)?.n ?? 0;
    return { queued: count('pending') + count('retrying'), retrying: count('retrying'), held: count('paused') };
  }
}
