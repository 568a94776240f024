import http from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { addBenchPartner, benchOrder, openBenchCore } from './bench-core';
import type { BenchReceiver } from './receiver-handle';

const backlog = 10_000;
const concurrency = 32;

/** Raw keep-alive http.request, 32 at a time: the ceiling a sender could reach on this receiver. */
async function rawRate(url: string, body: string, total: number): Promise<number> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
  const target = new URL(url);
  let started = 0;
  const post = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const request = http.request(
        {
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          agent,
          headers: { 'Content-Type': 'application/json' },
        },
        (response) => {
          response.resume();
          response.on('end', resolve);
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  const worker = async (): Promise<void> => {
    while (started < total) {
      started += 1;
      await post();
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = (performance.now() - t0) / 1000;
  agent.destroy();
  return total / seconds;
}

export interface DrainRound {
  rawPerSecond: number;
  hubPerSecond: number;
  ratio: number;
  maxEventLoopDelayMs: number;
}

export interface DrainFigures extends DrainRound {
  rounds: DrainRound[];
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

/** One 10,000-event backlog drained at 32-way concurrency; returns deliveries/s and the loop's worst delay. */
async function hubDrain(receiver: BenchReceiver): Promise<{ perSecond: number; maxEventLoopDelayMs: number }> {
  const core = openBenchCore({ engine: { concurrency, perDestinationConcurrency: concurrency, reconnectRampMs: 0 } });
  await addBenchPartner(core, receiver.url);
  core.setOnline(false);
  for (let start = 0; start < backlog; start += 500) {
    core.delivery.publish(Array.from({ length: 500 }, (_, i) => benchOrder(start + i)));
  }
  const before = await receiver.count();
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const t0 = performance.now();
  core.setOnline(true);
  await core.delivery.engine.whenIdle();
  const seconds = (performance.now() - t0) / 1000;
  delay.disable();
  const delivered = (await receiver.count()) - before;
  await core.close();
  if (delivered < backlog) throw new Error(`only ${delivered} of ${backlog} deliveries arrived`);
  return { perSecond: backlog / seconds, maxEventLoopDelayMs: delay.max / 1e6 };
}

/**
 * Figures a and d. The machine is shared and noisy, so each round measures raw
 * http.request just before AND just after the hub's drain and divides by their
 * mean; three rounds, the median reported (every round is kept too).
 */
export async function drainBench(receiver: BenchReceiver): Promise<DrainFigures> {
  const body = JSON.stringify({ id: 'evt_raw', type: 'order.created', data: benchOrder(0).data });
  await rawRate(receiver.url, body, 1_000); // warm-up
  const rounds: DrainRound[] = [];
  for (let round = 0; round < 3; round++) {
    const rawBefore = await rawRate(receiver.url, body, backlog);
    const hub = await hubDrain(receiver);
    const rawAfter = await rawRate(receiver.url, body, backlog);
    const rawPerSecond = (rawBefore + rawAfter) / 2;
    rounds.push({
      rawPerSecond,
      hubPerSecond: hub.perSecond,
      ratio: hub.perSecond / rawPerSecond,
      maxEventLoopDelayMs: hub.maxEventLoopDelayMs,
    });
  }
  return {
    rawPerSecond: median(rounds.map((r) => r.rawPerSecond)),
    hubPerSecond: median(rounds.map((r) => r.hubPerSecond)),
    ratio: median(rounds.map((r) => r.ratio)),
    maxEventLoopDelayMs: median(rounds.map((r) => r.maxEventLoopDelayMs)),
    rounds,
  };
}
