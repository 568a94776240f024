import { z } from 'zod';
import { eventTypeDescriptions, eventTypes } from '../../shared/domain/event-types';
import { envelopeSchema } from '../../shared/events/event-data';
import { eventExamples } from '../../shared/events/event-examples';

/** Where the published files live, relative to the repository root. */
export const eventsDir = 'shared/events';

/**
 * The JSON Schema of one event type's envelope, from the same zod schema the
 * TypeScript payload types come from. `io: 'input'` leaves objects open
 * (no additionalProperties: false), so a partner validating with it keeps
 * working when a later version adds a field.
 */
export function jsonSchemaOf(type: (typeof eventTypes)[number]): Record<string, unknown> {
  const schema = z.toJSONSchema(envelopeSchema(type), { io: 'input', target: 'draft-2020-12' });
  return {
    $schema: schema.$schema,
    $id: `https://integration-hub.local/events/${type}.schema.json`,
    title: type,
    description: eventTypeDescriptions[type],
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$schema')),
  };
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Every generated file (path → content): one schema and one example per event type. */
export function eventSchemaFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const type of eventTypes) {
    files.set(`${eventsDir}/schemas/${type}.schema.json`, json(jsonSchemaOf(type)));
    files.set(`${eventsDir}/examples/${type}.json`, json(eventExamples[type]));
  }
  return files;
}
