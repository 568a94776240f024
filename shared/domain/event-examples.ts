import { z } from 'zod';
import { eventTypes } from './event-types';

/** Where "Send this example to…" may send: the built-in Test Inbox or one partner. */
export const exampleTargetSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('testInbox') }),
    z.strictObject({
      kind: z.literal('partner'),
      id: z.string().min(1).max(64),
      /**
       * The operator chose a partner that does not subscribe to this event type and
       * confirmed it. Without it such a partner is refused: an event it never asked
       * for may confuse its system, example or not.
       */
      evenIfNotSubscribed: z.boolean().optional(),
    }),
  ],
  { error: 'Choose the Test Inbox or a partner.' },
);

/**
 * Input of `events.sendExample`: send the Event Catalog's example of one event
 * type, with a fresh id and time and `"example": true`, through the queue.
 */
export const sendExampleInputSchema = z.strictObject({
  type: z.enum(eventTypes, { error: 'There is no event of that type in the catalog.' }),
  to: exampleTargetSchema,
});

export type ExampleTarget = z.input<typeof exampleTargetSchema>;
export type SendExampleInput = z.input<typeof sendExampleInputSchema>;
