// `node --import tsx test/support/fill-log-cli.ts <data dir> <deliveries>`: fills a data
// folder's log in a process of its own (Node ≥ 22.13 for node:sqlite, whatever runs the
// caller) and prints what it wrote as one JSON line.
import { fillLog } from './fill-log';

const [dataDir, count] = process.argv.slice(2);
const deliveries = Number(count);
if (!dataDir || !Number.isInteger(deliveries) || deliveries <= 0) {
  process.stderr.write('usage: fill-log-cli.ts <data dir> <deliveries>\n');
  process.exit(2);
}
const filled = await fillLog(dataDir, { deliveries });
process.stdout.write(`${JSON.stringify(filled)}\n`);
