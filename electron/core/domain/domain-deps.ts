import { randomUUID } from 'node:crypto';
import type { DatabaseSync } from 'node:sqlite';
import type { EventType } from '../../../shared/domain/event-types';
import type { EventData } from '../../../shared/events/event-data';
import type { NewEvent } from '../outbox/outbox';
import { isoWithOffset } from '../outbox/envelope';
import type { Clock } from '../ports';

/** An outbox event whose `data` is typed by the payload schema of its type. */
export interface DomainEvent<T extends EventType> extends NewEvent {
  type: T;
  data: EventData<T>;
}

/**
 * What every domain service is built from. `transaction` runs domain writes and
 * `publish` calls in one SQLite transaction (the delivery system's), so a change
 * and the events it causes commit together or not at all.
 */
export interface DomainDeps {
  db: DatabaseSync;
  clock: Clock;
  /** Runs `work` in one write transaction, then wakes the delivery engine. */
  transaction<T>(work: () => T): T;
  /** Writes one event into the outbox; only valid inside `transaction`. */
  publish<T extends EventType>(event: DomainEvent<T>): void;
  /** This installation's store id (the envelope's `store_id`). */
  storeId: string;
}

/** A short, URL-safe id with a prefix that says what it names (`itm_…`). */
export function newId(prefix: string): string {
  return `${prefix}_${randomUUID().replaceAll('-', '').slice(0, 20)}`;
}

/** Epoch milliseconds as partners and screens see times: ISO 8601 with offset. */
export function isoOf(ms: number): string {
  return isoWithOffset(new Date(ms));
}

/** Same as `isoOf` for optional times. */
export function isoOrNull(ms: number | null): string | null {
  return ms === null ? null : isoOf(ms);
}
