import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { DeliveriesChanged } from '../../../shared/domain/deliveries';
import type { EventType } from '../../../shared/domain/event-types';
import type { Clock } from '../ports';
import type { Settings } from '../settings/settings-schema';
import { isoWithOffset, newEventId, type Envelope } from './envelope';
import { routeEvent, type Destination, type RoutingHints } from './routing';

/** The things events are about; FIFO and supersede work per resource. */
export type ResourceType = 'order' | 'menu' | 'item' | 'store' | 'test';

/**
 * Snapshot events carry the whole current state of their resource, so a newer one
 * makes an older undelivered one of the same type pointless. Order events are a
 * history a partner must see in full and are never superseded.
 */
const supersedableTypes: ReadonlySet<EventType> = new Set([
  'menu.updated',
  'menu.hours.updated',
  'menu.item.updated',
  'store.updated',
]);

export interface NewEvent {
  type: EventType;
  resource: { type: ResourceType; id: string };
  /** Words the log's free-text search finds: check number, item or menu name. */
  summary: string;
  data: unknown;
  routing?: RoutingHints;
}

export interface PublishedEvent {
  envelope: Envelope;
  destinations: Destination[];
  /** The delivery created for each destination, in the same order. */
  deliveryIds: number[];
}

interface OutboxDeps {
  db: DatabaseSync;
  clock: Clock;
  settings: () => Readonly<Settings>;
  storeId: () => string;
}

/**
 * Writes events and their deliveries. `publish` must run inside the caller's
 * transaction (see `inTransaction`), so a domain change and the events it causes
 * commit together or not at all; the engine is told after the commit.
 */
export class Outbox {
  private readonly nextSequence: StatementSync;
  private readonly insertEvent: StatementSync;
  private readonly insertDelivery: StatementSync;
  private readonly supersede: StatementSync;
  /** Deliveries created or superseded since the last `takeChanges`, for the log's live updates. */
  private changes: DeliveriesChanged['deliveries'] = [];

  constructor(private readonly deps: OutboxDeps) {
    const { db } = deps;
    this.nextSequence = db.prepare(`
      INSERT INTO resource_sequences (resource_type, resource_id, last_sequence) VALUES (?, ?, 1)
      ON CONFLICT (resource_type, resource_id) DO UPDATE SET last_sequence = last_sequence + 1
      RETURNING last_sequence`);
    this.insertEvent = db.prepare(`
      INSERT INTO events (id, type, resource_type, resource_id, resource_sequence, summary, created_at, body)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING seq`);
    this.insertDelivery = db.prepare(`
      INSERT INTO deliveries (event_seq, event_type, destination_id, destination_name, resource_key, supersedable,
        state, attempts, next_attempt_at, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?)`);
    this.supersede = db.prepare(`
      UPDATE deliveries SET state = 'superseded', next_attempt_at = NULL, updated_at = ?, finished_at = ?
      WHERE destination_id = ? AND resource_key = ? AND event_type = ? AND supersedable = 1
        AND state IN ('pending', 'retrying', 'paused') AND id < ?
      RETURNING id`);
  }

  /** Hands over (and forgets) the delivery changes of the publishes since the last call. */
  takeChanges(): DeliveriesChanged['deliveries'] {
    const changes = this.changes;
    this.changes = [];
    return changes;
  }

  publish(event: NewEvent): PublishedEvent {
    if (!this.deps.db.isTransaction) throw new Error('Outbox.publish must run inside a transaction');
    const now = this.deps.clock.now();
    const nowMs = now.getTime();
    const { last_sequence: sequence } = this.nextSequence.get(event.resource.type, event.resource.id) as {
      last_sequence: number;
    };
    const envelope: Envelope = {
      id: newEventId(),
      type: event.type,
      timestamp: isoWithOffset(now),
      store_id: this.deps.storeId(),
      sequence,
      data: event.data,
    };
    const { seq } = this.insertEvent.get(
      envelope.id,
      event.type,
      event.resource.type,
      event.resource.id,
      sequence,
      event.summary,
      nowMs,
      JSON.stringify(envelope),
    ) as { seq: number };

    const resourceKey = `${event.resource.type}:${event.resource.id}`;
    const supersedable = supersedableTypes.has(event.type) && !event.routing?.only;
    const destinations = routeEvent(event.type, event.routing ?? {}, this.deps.settings());
    const deliveryIds: number[] = [];
    for (const destination of destinations) {
      const { lastInsertRowid } = this.insertDelivery.run(
        seq,
        event.type,
        destination.id,
        destination.name,
        resourceKey,
        supersedable ? 1 : 0,
        nowMs,
        nowMs,
        nowMs,
      );
      deliveryIds.push(Number(lastInsertRowid));
      this.changes.push({ id: Number(lastInsertRowid), state: 'pending' });
      if (supersedable) {
        const superseded = this.supersede.all(
          nowMs,
          nowMs,
          destination.id,
          resourceKey,
          event.type,
          lastInsertRowid,
        ) as { id: number }[];
        for (const { id } of superseded) this.changes.push({ id, state: 'superseded' });
      }
    }
    return { envelope, destinations, deliveryIds };
  }
}
