import type { DatabaseSync } from 'node:sqlite';
import {
  deliveryStates,
  type AttemptView,
  type DeliveryCounts,
  type DeliveryDetail,
  type DeliveryFilter,
  type DeliveryPage,
  type DeliveryRow,
  type DeliveryState,
} from '../../../shared/domain/deliveries';
import { filterSql } from './delivery-filter-sql';

/** A log row as SQLite returns it: times in epoch milliseconds. */
type RowRecord = Omit<DeliveryRow, 'nextAttemptAt' | 'createdAt' | 'updatedAt'> & {
  nextAttemptAt: number | null;
  createdAt: number;
  updatedAt: number;
};

const rowColumns = `
  d.id, e.id AS eventId, d.event_type AS eventType, e.summary, d.destination_id AS destinationId,
  d.destination_name AS destinationName, d.state, d.attempts, d.next_attempt_at AS nextAttemptAt,
  d.last_status AS lastStatus, d.last_reason AS lastReason, d.last_latency_ms AS lastLatencyMs,
  d.created_at AS createdAt, d.updated_at AS updatedAt`;

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

function toRow(record: RowRecord, sending: ReadonlySet<number>): DeliveryRow {
  // In-flight deliveries are pending on disk; the engine knows they are being sent.
  const state =
    sending.has(record.id) && (record.state === 'pending' || record.state === 'retrying') ? 'sending' : record.state;
  return {
    ...record,
    state,
    nextAttemptAt: record.state === 'retrying' || record.state === 'pending' ? iso(record.nextAttemptAt) : null,
    createdAt: new Date(record.createdAt).toISOString(),
    updatedAt: new Date(record.updatedAt).toISOString(),
  };
}

/**
 * Read side of the delivery log: keyset-paged lists (newest first), counts by
 * state, and one delivery's full history. Pages never load the whole log, so a
 * million rows cost the same as a thousand.
 */
export class DeliveryLog {
  constructor(
    private readonly db: DatabaseSync,
    private readonly sending: () => ReadonlySet<number> = () => new Set(),
  ) {}

  list(filter: DeliveryFilter, cursor: string | undefined, limit = 100): DeliveryPage {
    const where = filterSql(filter);
    const before = cursor === undefined ? Number.MAX_SAFE_INTEGER : Number(cursor);
    const records = this.db
      .prepare(
        `SELECT ${rowColumns} FROM deliveries d JOIN events e ON e.seq = d.event_seq
         WHERE ${where.sql} AND d.id < ? ORDER BY d.id DESC LIMIT ?`,
      )
      .all(...where.params, before, limit + 1) as unknown as RowRecord[];
    const sending = this.sending();
    const items = records.slice(0, limit).map((r) => toRow(r, sending));
    const last = items.at(-1);
    return { items, nextCursor: records.length > limit && last ? String(last.id) : null };
  }

  count(filter: DeliveryFilter): DeliveryCounts {
    const where = filterSql(filter);
    const rows = this.db
      .prepare(`SELECT d.state AS state, COUNT(*) AS n FROM deliveries d WHERE ${where.sql} GROUP BY d.state`)
      .all(...where.params) as unknown as { state: DeliveryState; n: number }[];
    const byState = Object.fromEntries(deliveryStates.map((s) => [s, 0])) as Record<DeliveryState, number>;
    let total = 0;
    for (const { state, n } of rows) {
      byState[state] = n;
      total += n;
    }
    return { total, byState };
  }

  detail(id: number): DeliveryDetail | null {
    const record = this.db
      .prepare(`SELECT ${rowColumns}, e.body FROM deliveries d JOIN events e ON e.seq = d.event_seq WHERE d.id = ?`)
      .get(id) as (RowRecord & { body: string | null }) | undefined;
    if (!record) return null;
    const attempts = this.db
      .prepare(
        `SELECT id, started_at AS startedAt, url, request_headers AS requestHeaders, outcome, status,
                latency_ms AS latencyMs, response_excerpt AS responseExcerpt, failure, reason, manual
         FROM attempts WHERE delivery_id = ? ORDER BY id`,
      )
      .all(id) as unknown as (Omit<AttemptView, 'startedAt' | 'requestHeaders' | 'manual'> & {
      startedAt: number;
      requestHeaders: string;
      manual: number;
    })[];
    const { body, ...row } = record;
    return {
      delivery: toRow(row, this.sending()),
      payload: body,
      attempts: attempts.map((a) => ({
        ...a,
        startedAt: new Date(a.startedAt).toISOString(),
        requestHeaders: JSON.parse(a.requestHeaders) as Record<string, string>,
        manual: a.manual === 1,
      })),
    };
  }
}
