import type { DeliverySystem } from '../engine/delivery-system';
import type { Destination } from '../outbox/routing';

/**
 * Queues a `webhook.test` event for one destination. It goes through the queue
 * like any other event, so it proves the whole path: URL, header, signature, log.
 */
export function publishTestEvent(delivery: DeliverySystem, destination: Destination): { eventId: string } {
  const [published] = delivery.publish([
    {
      type: 'webhook.test',
      resource: { type: 'test', id: destination.id },
      summary: `Test event to ${destination.name}`,
      data: { message: `A test event from Integration Hub to ${destination.name}.` },
      routing: { only: [destination.id] },
    },
  ]);
  return { eventId: published?.envelope.id ?? '' };
}
