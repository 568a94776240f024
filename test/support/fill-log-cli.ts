// `node --import tsx test/support/fill-log-cli.ts <data dir> <deliveries>`: fills a data
// folder's log in a process of its own (Node ≥ 22.13 for node:sqlite, whatever runs the
// caller) and prints what it wrote as one JSON line.
// `… <data dir> --late-order <minutes ago>` writes one order gone late instead (late-order.ts).
import { fillLog } from './fill-log';
import { writeLateOrder } from './late-order';

const [dataDir, count, minutes] = process.argv.slice(2);
if (dataDir && count === '--late-order' && Number.isInteger(Number(minutes))) {
  process.stdout.write(`${JSON.stringify(await writeLateOrder(dataDir, Number(minutes)))}\n`);
  process.exit(0);
}
const deliveries = Number(count);
if (!dataDir || !Number.isInteger(deliveries) || deliveries <= 0) {
  process.stderr.write('usage: fill-log-cli.ts <data dir> <deliveries> | <data dir> --late-order <minutes ago>\n');
  process.exit(2);
}
const filled = await fillLog(dataDir, { deliveries });
process.stdout.write(`${JSON.stringify(filled)}\n`);
