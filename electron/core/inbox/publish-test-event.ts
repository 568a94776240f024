import type { TestSent } from '../../../shared/domain/deliveries';
import type { DeliverySystem } from '../engine/delivery-system';
import type { Destination } from '../outbox/routing';

/**
 * Queues a `webhook.test` event for one destination. It goes through the queue
 * like any other event, so it proves the whole path: URL, header, signature, log.
 * The answer names its delivery, so the screen that sent it can show how it went.
 */
export function publishTestEvent(delivery: DeliverySystem, destination: Destination): TestSent {
  const [published] = delivery.publish([
    {
      type: 'webhook.test',
      resource: { type: 'test', id: destination.id },
      summary: `Test event to ${destination.name}`,
      data: { message: `A test event from Integration Hub to ${destination.name}.` },
      routing: { only: [destination.id] },
    },
  ]);
  const deliveryId = published?.deliveryIds[0];
  // Routing names every configured destination, so this is a bug, not the operator's doing.
  if (!published || deliveryId === undefined) throw new Error(`No delivery was created for ${destination.id}.`);
  return { eventId: published.envelope.id, deliveryId };
}
