import { z } from 'zod';
import { orderSources } from './checks';
import { eventTypes, type EventType } from './event-types';

/** Input of `routing.preview`: the events a save would emit. */
export const routingPreviewInputSchema = z.strictObject({
  eventTypes: z.array(z.enum(eventTypes)).min(1).max(eventTypes.length),
  /** For order events: the check's source decides the Open hook (3rd Order switch). */
  orderSource: z.enum(orderSources).optional(),
});

/** One partner or order hook that would be notified, and of which of the events. */
export interface PreviewDestination {
  id: string;
  name: string;
  eventTypes: EventType[];
}

/** "Who will receive this": every destination the events would reach under current settings. */
export interface RoutingPreview {
  destinations: PreviewDestination[];
}
