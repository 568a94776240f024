import type { DatabaseSync, StatementSync } from 'node:sqlite';

/** An event as the outbox stores it. */
export interface StoredEvent {
  id: string;
  type: string;
  resourceType: string;
  resourceId: string;
  sequence: number;
  summary: string;
  createdAt: number;
  /** The serialized envelope, sent byte-for-byte. */
  body: string;
}

/** One delivery of an event to one destination, queued as `pending`. */
export interface NewDelivery {
  eventSeq: number;
  eventType: string;
  destinationId: string;
  destinationName: string;
  resourceKey: string;
  supersedable: boolean;
  now: number;
}

/**
 * What the outbox needs of storage: the seam that lets its rules (sequences,
 * routing, supersede) be tested against an in-memory store, and run on SQLite.
 */
export interface OutboxStore {
  /** Whether the caller's transaction is open: a change and its events commit together. */
  inTransaction(): boolean;
  /** The next sequence number of a resource (1 for the first event about it). */
  nextSequence(resourceType: string, resourceId: string): number;
  /** @returns the event's row number, which its deliveries refer to */
  insertEvent(event: StoredEvent): number;
  /** @returns the delivery's id */
  insertDelivery(delivery: NewDelivery): number;
  /**
   * Marks `superseded` the undelivered older deliveries (ids below `newerId`) of
   * the same supersedable type to the same destination about the same resource.
   * @returns their ids
   */
  supersedeOlder(older: {
    destinationId: string;
    resourceKey: string;
    eventType: string;
    newerId: number;
    now: number;
  }): number[];
}

/** The outbox's SQL: prepared once, each a short indexed statement. */
export class SqliteOutboxStore implements OutboxStore {
  private readonly nextSequenceOf: StatementSync;
  private readonly insertEventRow: StatementSync;
  private readonly insertDeliveryRow: StatementSync;
  private readonly supersede: StatementSync;

  constructor(private readonly db: DatabaseSync) {
    this.nextSequenceOf = db.prepare(`
      INSERT INTO resource_sequences (resource_type, resource_id, last_sequence) VALUES (?, ?, 1)
      ON CONFLICT (resource_type, resource_id) DO UPDATE SET last_sequence = last_sequence + 1
      RETURNING last_sequence`);
    this.insertEventRow = db.prepare(`
      INSERT INTO events (id, type, resource_type, resource_id, resource_sequence, summary, created_at, body)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq`);
    this.insertDeliveryRow = db.prepare(`
      INSERT INTO deliveries (event_seq, event_type, destination_id, destination_name, resource_key, supersedable,
        state, attempts, next_attempt_at, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?)`);
    this.supersede = db.prepare(`
      UPDATE deliveries SET state = 'superseded', next_attempt_at = NULL, updated_at = ?, finished_at = ?
      WHERE destination_id = ? AND resource_key = ? AND event_type = ? AND supersedable = 1
        AND state IN ('pending', 'retrying', 'paused') AND id < ?
      RETURNING id`);
  }

  inTransaction(): boolean {
    return this.db.isTransaction;
  }

  nextSequence(resourceType: string, resourceId: string): number {
    return (this.nextSequenceOf.get(resourceType, resourceId) as { last_sequence: number }).last_sequence;
  }

  insertEvent(event: StoredEvent): number {
    const row = this.insertEventRow.get(
      event.id,
      event.type,
      event.resourceType,
      event.resourceId,
      event.sequence,
      event.summary,
      event.createdAt,
      event.body,
    ) as { seq: number };
    return row.seq;
  }

  insertDelivery(delivery: NewDelivery): number {
    const { lastInsertRowid } = this.insertDeliveryRow.run(
      delivery.eventSeq,
      delivery.eventType,
      delivery.destinationId,
      delivery.destinationName,
      delivery.resourceKey,
      delivery.supersedable ? 1 : 0,
      delivery.now,
      delivery.now,
      delivery.now,
    );
    return Number(lastInsertRowid);
  }

  supersedeOlder(older: {
    destinationId: string;
    resourceKey: string;
    eventType: string;
    newerId: number;
    now: number;
  }): number[] {
    const rows = this.supersede.all(
      older.now,
      older.now,
      older.destinationId,
      older.resourceKey,
      older.eventType,
      older.newerId,
    ) as { id: number }[];
    return rows.map((row) => row.id);
  }
}
