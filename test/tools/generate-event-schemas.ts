/**
 * Writes shared/events/schemas/*.schema.json and shared/events/examples/*.json
 * from the zod payload schemas and the typed examples. Run after changing either:
 *
 *   node_modules/.bin/node --import tsx test/tools/generate-event-schemas.ts
 *
 * test/unit/shared/event-schemas.test.ts fails while the committed files are stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { eventSchemaFiles } from './event-schema-files';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
for (const [path, content] of eventSchemaFiles()) {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), content);
}
console.log(`Wrote ${eventSchemaFiles().size} files under shared/events/.`);
