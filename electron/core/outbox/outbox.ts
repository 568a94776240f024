import type { DeliveriesChanged } from '../../../shared/domain/deliveries';
import type { EventType } from '../../../shared/domain/event-types';
import type { Clock } from '../ports';
import type { Settings } from '../settings/settings-schema';
import { isoWithOffset, newEventId, type Envelope } from './envelope';
import type { OutboxStore } from './outbox-store';
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
  /** The Event Catalog's example sent by hand: the envelope says `"example": true`. */
  example?: true;
  /** "Send current state" to one partner: the envelope says `"resync": true`. */
  resync?: true;
}

export interface PublishedEvent {
  envelope: Envelope;
  destinations: Destination[];
  /** The delivery created for each destination, in the same order. */
  deliveryIds: number[];
}

interface OutboxDeps {
  store: OutboxStore;
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
  /** Deliveries created or superseded since the last `takeChanges`, for the log's live updates. */
  private changes: DeliveriesChanged['deliveries'] = [];

  constructor(private readonly deps: OutboxDeps) {}

  /** Hands over (and forgets) the delivery changes of the publishes since the last call. */
  takeChanges(): DeliveriesChanged['deliveries'] {
    const changes = this.changes;
    this.changes = [];
    return changes;
  }

  publish(event: NewEvent): PublishedEvent {
    const { store } = this.deps;
    if (!store.inTransaction()) throw new Error('Outbox.publish must run inside a transaction');
    const now = this.deps.clock.now();
    const nowMs = now.getTime();
    const sequence = store.nextSequence(event.resource.type, event.resource.id);
    const envelope: Envelope = {
      id: newEventId(),
      type: event.type,
      timestamp: isoWithOffset(now),
      store_id: this.deps.storeId(),
      sequence,
      // Before `data`, where a partner reading the body sees it first (and in the schema's order).
      ...(event.example ? { example: true as const } : {}),
      ...(event.resync ? { resync: true as const } : {}),
      data: event.data,
    };
    const seq = store.insertEvent({
      id: envelope.id,
      type: event.type,
      resourceType: event.resource.type,
      resourceId: event.resource.id,
      sequence,
      summary: event.summary,
      createdAt: nowMs,
      body: JSON.stringify(envelope),
    });

    const resourceKey = `${event.resource.type}:${event.resource.id}`;
    const supersedable = supersedableTypes.has(event.type) && !event.routing?.only;
    const destinations = routeEvent(event.type, event.routing ?? {}, this.deps.settings());
    const deliveryIds: number[] = [];
    for (const destination of destinations) {
      const id = store.insertDelivery({
        eventSeq: seq,
        eventType: event.type,
        destinationId: destination.id,
        destinationName: destination.name,
        resourceKey,
        supersedable,
        now: nowMs,
      });
      deliveryIds.push(id);
      this.changes.push({ id, state: 'pending' });
      if (supersedable) {
        const superseded = store.supersedeOlder({
          destinationId: destination.id,
          resourceKey,
          eventType: event.type,
          newerId: id,
          now: nowMs,
        });
        for (const olderId of superseded) this.changes.push({ id: olderId, state: 'superseded' });
      }
    }
    return { envelope, destinations, deliveryIds };
  }
}
