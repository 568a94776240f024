import type { TestSent } from '../../../shared/domain/deliveries';
import type { DeliverySystem } from '../engine/delivery-system';
import type { NewEvent } from './outbox';
import type { Destination } from './routing';

/**
 * Queues one event for one named destination only — a send by hand ("Send test
 * event", "Send this example to…"). It goes through the queue like any other
 * event, so it proves the whole path: URL, header, signature, log. The answer
 * names its delivery, so the screen that sent it can show how it went.
 */
export function publishToOne(
  delivery: DeliverySystem,
  destination: Destination,
  event: Omit<NewEvent, 'routing'>,
): TestSent {
  const [published] = delivery.publish([{ ...event, routing: { only: [destination.id] } }]);
  const deliveryId = published?.deliveryIds[0];
  // The caller named a destination routing knows, so this is a bug, not the operator's doing.
  if (!published || deliveryId === undefined) throw new Error(`No delivery was created for ${destination.id}.`);
  return { eventId: published.envelope.id, deliveryId };
}
