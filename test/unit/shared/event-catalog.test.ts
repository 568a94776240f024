import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventTypes } from '../../../shared/domain/event-types';
import { eventExamples } from '../../../shared/events/event-examples';
import { eventSchemaFiles, eventsDir } from '../../tools/event-schema-files';
import { createEventValidator } from '../../tools/event-validator';

const read = (path: string): string | null => {
  try {
    return readFileSync(join(process.cwd(), path), 'utf8');
  } catch {
    return null;
  }
};

describe('the published event catalog (shared/events)', () => {
  it('has committed schemas and examples identical to what the zod source generates', () => {
    const stale = [...eventSchemaFiles()].filter(([path, content]) => read(path) !== content).map(([path]) => path);
    // Fix: node_modules/.bin/node --import tsx test/tools/generate-event-schemas.ts
    expect(stale).toEqual([]);
  });

  it('has one schema and one example per event type', () => {
    const paths = [...eventSchemaFiles().keys()];
    for (const type of eventTypes) {
      expect(paths).toContain(`${eventsDir}/schemas/${type}.schema.json`);
      expect(paths).toContain(`${eventsDir}/examples/${type}.json`);
    }
  });

  it('has examples that validate against the JSON Schema files', () => {
    const validate = createEventValidator();
    for (const type of eventTypes) expect(validate(eventExamples[type])).toEqual([]);
  });

  it('rejects an envelope that breaks its schema', () => {
    const validate = createEventValidator();
    const item = eventExamples['menu.item.updated'];
    const floatPrice = {
      ...item,
      data: { ...item.data, item: { ...item.data.item, price: { amount: 11.5, currency: 'EUR' } } },
    };
    expect(validate(floatPrice).join()).toMatch(/price\/amount: must be integer/);
    const noOffset = { ...item, timestamp: '2026-11-20 18:02' };
    expect(validate(noOffset).join()).toMatch(/timestamp/);
    const extra = { ...item, data: { ...item.data, surprise: true } };
    expect(validate(extra).join()).toMatch(/does not describe/);
  });

  it('documents every event type in the README, with links to its schema and example', () => {
    const readme = read(`${eventsDir}/README.md`) ?? '';
    for (const type of eventTypes) {
      expect(readme).toContain(`### \`${type}\``);
      expect(readme).toContain(`(schemas/${type}.schema.json)`);
      expect(readme).toContain(`(examples/${type}.json)`);
    }
  });
});
