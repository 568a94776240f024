// `npm run bench`: every figure of issues 3, 9 and 15 measured in one run on loopback,
// printed as one JSON line each. Not part of `npm test`: these machines are
// noisy, so figures are reported (with their targets), not asserted.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bigLogBench } from './big-log-bench';
import { drainBench } from './drain-bench';
import { reportDrain } from './drain-figures';
import { report } from './figures';
import { latencyBench } from './latency-bench';
import { healthBench } from './health-bench';
import { firstScreenBench, reportFirstScreen } from './first-screen-bench';
import { logFrameBench, reportLogFrame } from './log-frame-bench';
import { startBenchReceiver } from './receiver-handle';

async function main(): Promise<void> {
  const receiver = await startBenchReceiver();
  try {
    reportDrain(await drainBench(receiver));

    const latency = await latencyBench(receiver);
    report('event_to_receiver_p50', latency.p50, 'ms', '<= 5', latency.p50 <= 5);
    report('event_to_receiver_p99', latency.p99, 'ms', '<= 25', latency.p99 <= 25);
  } finally {
    await receiver.stop();
  }

  const dir = mkdtempSync(join(tmpdir(), 'hub-bench-1m-'));
  try {
    const big = await bigLogBench(dir);
    report('startup_with_1m_deliveries', big.startupMs ?? NaN, 'ms', '<= 1000', (big.startupMs ?? Infinity) <= 1000);
    for (const [name, ms] of Object.entries(big)) {
      if (name === 'startupMs') continue;
      const isCount = name.startsWith('count');
      const limit = isCount ? 200 : 50;
      report(`log_${name.replace(/Ms$/, '')}_1m`, ms, 'ms', `<= ${limit}`, ms <= limit);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // Asked every two seconds by the Dashboard and Partners page while deliveries flow,
  // on the thread that answers the UI: figure d's budget for a pause of that thread.
  for (const [name, ms] of Object.entries(await healthBench())) {
    report(`partner_health_${name}_busy_week`, ms, 'ms', '<= 50', ms <= 50);
  }

  reportLogFrame(await logFrameBench());
  reportFirstScreen(await firstScreenBench());
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
