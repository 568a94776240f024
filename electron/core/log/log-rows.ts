import type { DatabaseSync } from 'node:sqlite';
import type { DeliveryFilter, DeliveryRow, DeliveryState } from '../../../shared/domain/deliveries';
import { limitSql, StatementCache } from '../storage/statement-cache';
import { filterSql, shownStateSql } from './delivery-filter-sql';

/** A log row as storage returns it: times in epoch milliseconds. */
export type StoredLogRow = Omit<DeliveryRow, 'nextAttemptAt' | 'createdAt' | 'updatedAt'> & {
  nextAttemptAt: number | null;
  createdAt: number;
  updatedAt: number;
};

/** An attempt as storage returns it; `requestHeaders` is the stored JSON text, not yet trusted. */
export interface StoredAttempt {
  id: number;
  startedAt: number;
  url: string;
  requestHeaders: string;
  outcome: 'delivered' | 'failed' | 'offline';
  status: number | null;
  latencyMs: number | null;
  responseExcerpt: string | null;
  failure: string | null;
  reason: string | null;
  manual: number;
}

/** What the Deliveries log reads; SQLite in the app, an in-memory fake in unit tests. */
export interface LogRows {
  /** Up to `limit` rows matching `filter` with an id below `before`, newest first. */
  page(filter: DeliveryFilter, before: number, limit: number): StoredLogRow[];
  /** How many rows match `filter`, per state (states without rows may be absent). */
  countByState(filter: DeliveryFilter): { state: DeliveryState; n: number }[];
  /** One delivery with its payload (null once pruned), or undefined when there is none. */
  delivery(id: number): (StoredLogRow & { body: string | null }) | undefined;
  /** One delivery's attempts, oldest first. */
  attempts(deliveryId: number): StoredAttempt[];
}

/** The row's columns; `state` comes first as `shownStateSql` (its parameters lead). */
const rowColumns = (state: string): string => `
  d.id, e.id AS eventId, d.event_type AS eventType, e.summary, d.destination_id AS destinationId,
  d.destination_name AS destinationName, ${state} AS state, d.attempts, d.next_attempt_at AS nextAttemptAt,
  d.last_status AS lastStatus, d.last_reason AS lastReason, d.last_latency_ms AS lastLatencyMs,
  d.created_at AS createdAt, d.updated_at AS updatedAt`;

/**
 * The log's SQL: keyset pages (newest first) that never load the whole log, so
 * a million rows cost the same as a thousand. Each query is compiled once per
 * filter shape and page size, then reused (the screen asks every few seconds).
 */
export class SqliteLogRows implements LogRows {
  private readonly statements: StatementCache;

  constructor(
    db: DatabaseSync,
    /** Destination ids of the partners on hold now: their waiting rows read `held` (#14). */
    private readonly onHold: () => readonly string[] = () => [],
  ) {
    this.statements = new StatementCache(db);
  }

  page(filter: DeliveryFilter, before: number, limit: number): StoredLogRow[] {
    const onHold = this.onHold();
    const state = shownStateSql(onHold);
    const where = filterSql(filter, onHold);
    return this.statements
      .get(
        `SELECT ${rowColumns(state.sql)} FROM deliveries d JOIN events e ON e.seq = d.event_seq
         WHERE ${where.sql} AND d.id < ? ORDER BY d.id DESC ${limitSql(limit)}`,
      )
      .all(...state.params, ...where.params, before) as unknown as StoredLogRow[];
  }

  countByState(filter: DeliveryFilter): { state: DeliveryState; n: number }[] {
    const onHold = this.onHold();
    const state = shownStateSql(onHold);
    const where = filterSql(filter, onHold);
    return this.statements
      .get(`SELECT ${state.sql} AS state, COUNT(*) AS n FROM deliveries d WHERE ${where.sql} GROUP BY 1`)
      .all(...state.params, ...where.params) as unknown as { state: DeliveryState; n: number }[];
  }

  delivery(id: number): (StoredLogRow & { body: string | null }) | undefined {
    const state = shownStateSql(this.onHold());
    return this.statements
      .get(
        `SELECT ${rowColumns(state.sql)}, e.body FROM deliveries d JOIN events e ON e.seq = d.event_seq WHERE d.id = ?`,
      )
      .get(...state.params, id) as (StoredLogRow & { body: string | null }) | undefined;
  }

  attempts(deliveryId: number): StoredAttempt[] {
    return this.statements
      .get(
        `SELECT id, started_at AS startedAt, url, request_headers AS requestHeaders, outcome, status,
                latency_ms AS latencyMs, response_excerpt AS responseExcerpt, failure, reason, manual
         FROM attempts WHERE delivery_id = ? ORDER BY id`,
      )
      .all(deliveryId) as unknown as StoredAttempt[];
  }
}
