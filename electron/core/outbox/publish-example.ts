import type { TestSent } from '../../../shared/domain/deliveries';
import type { EventType } from '../../../shared/domain/event-types';
import { eventExamples } from '../../../shared/events/event-examples';
import type { DeliverySystem } from '../engine/delivery-system';
import { publishToOne } from './publish-to-one';
import type { Destination } from './routing';

/** What the log says the example is not, so nobody takes check #1042 for a real guest's order. */
const notReal = (type: EventType): string => (type.startsWith('order.') ? 'not a real order' : 'not a real change');

/**
 * Queues the Event Catalog's example of `type` for one destination: the
 * example's `data` in a new envelope (fresh id, time, sequence, this store's id)
 * marked `"example": true`, through the queue like any event. Its own resource
 * keeps its sequence apart from the real checks, menus and store.
 */
export function publishExample(delivery: DeliverySystem, type: EventType, destination: Destination): TestSent {
  return publishToOne(delivery, destination, {
    type,
    resource: { type: 'test', id: `example:${type}` },
    summary: `Example to ${destination.name} — ${notReal(type)}`,
    data: structuredClone(eventExamples[type].data),
    example: true,
  });
}
