import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { eventTypes, type EventType } from '../../shared/domain/event-types';
import { envelopeSchema } from '../../shared/events/event-data';
import { eventsDir } from './event-schema-files';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// ajv-formats is CommonJS; under ESM its function sits on `default`.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/**
 * Validates envelopes the way a partner would: with ajv against the committed
 * JSON Schema files (not the zod source), and also with the zod schema, whose
 * output must equal the input, so a field the schema does not describe fails.
 */
export function createEventValidator(): (envelope: unknown) => string[] {
  const ajv = addFormats(new Ajv2020({ allErrors: true, strict: true }));
  const validators = new Map<EventType, ValidateFunction>();
  for (const type of eventTypes) {
    const schema = JSON.parse(readFileSync(join(root, eventsDir, 'schemas', `${type}.schema.json`), 'utf8')) as object;
    validators.set(type, ajv.compile(schema));
  }
  return (envelope) => {
    const type = String((envelope as { type?: unknown }).type);
    const validate = validators.get(type as EventType);
    if (!validate) return [`unknown event type ${type}`];
    const problems = validate(envelope)
      ? []
      : (validate.errors ?? []).map((e) => `${type}${e.instancePath}: ${e.message ?? ''}`);
    const parsed = envelopeSchema(type as EventType).safeParse(envelope);
    if (!parsed.success)
      problems.push(...parsed.error.issues.map((i) => `${type} (zod) ${i.path.join('.')}: ${i.message}`));
    else if (JSON.stringify(parsed.data) !== JSON.stringify(envelope))
      problems.push(`${type}: carries fields its schema does not describe`);
    return problems;
  };
}
