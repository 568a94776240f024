import type { TestSent } from '../../../shared/domain/deliveries';
import type { DeliverySystem } from '../engine/delivery-system';
import { publishToOne } from '../outbox/publish-to-one';
import type { Destination } from '../outbox/routing';

/** Queues a `webhook.test` event for one destination ("Send test event"). */
export function publishTestEvent(delivery: DeliverySystem, destination: Destination): TestSent {
  return publishToOne(delivery, destination, {
    type: 'webhook.test',
    resource: { type: 'test', id: destination.id },
    summary: `Test event to ${destination.name}`,
    data: { message: `A test event from Integration Hub to ${destination.name}.` },
  });
}
