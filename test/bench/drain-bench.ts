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
        { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { 'Content-Type': 'application/json' } },
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

export interface DrainFigures {
  rawPerSecond: number;
  hubPerSecond: number;
  ratio: number;
  maxEventLoopDelayMs: number;
}

/**
 * Figure a and d: a 10,000-event backlog (committed while offline) drained at
 * 32-way concurrency, against raw http.request on the same receiver in the same
 * run; and the largest event-loop delay of this process (the one that answers
 * the UI in browser mode) during the drain.
 */
export async function drainBench(receiver: BenchReceiver): Promise<DrainFigures> {
  const body = JSON.stringify({ id: 'evt_raw', type: 'order.created', data: benchOrder(0).data });
  await rawRate(receiver.url, body, 1_000); // warm-up
  const rawPerSecond = await rawRate(receiver.url, body, backlog);

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
  const hubPerSecond = backlog / seconds;
  return { rawPerSecond, hubPerSecond, ratio: hubPerSecond / rawPerSecond, maxEventLoopDelayMs: delay.max / 1e6 };
}
