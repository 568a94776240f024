// `node --import tsx test/bench/drain-only.ts`: the drain figures alone (a, a′, a″),
// for measuring one change to the delivery path without the rest of `npm run bench`.
import { drainBench } from './drain-bench';
import { reportDrain } from './drain-figures';
import { startBenchReceiver } from './receiver-handle';

const receiver = await startBenchReceiver();
try {
  reportDrain(await drainBench(receiver));
} finally {
  await receiver.stop();
}
