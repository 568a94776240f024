import http from 'node:http';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { addBenchPartner, benchOrder, openBenchCore } from './bench-core';
import type { BenchReceiver } from './receiver-handle';

const backlog = 10_000;
const concurrency = 32;
// Seven interleaved rounds by default (five left the median at the mercy of one or two
// slow rounds on this VM); BENCH_DRAIN_ROUNDS=1 for a quick look or a CPU profile.
const rounds = Number(process.env.BENCH_DRAIN_ROUNDS ?? 7);

/** What one side did over one measured stretch: rate, CPU per request, and how busy its thread was. */
export interface SideFigures {
  perSecond: number;
  /** This process's CPU time (user + system, all threads) per request or delivery. */
  cpuUsPerRequest: number;
}

/** The hub's drain, with what the thread that answers the UI went through meanwhile. */
export interface HubFigures extends SideFigures {
  /** Of `cpuUsPerRequest`, the main thread's (the rest: the results writer thread, GC and libuv threads). */
  mainThreadCpuUsPerRequest: number;
  maxEventLoopDelayMs: number;
  /** Share of the drain's wall time the main thread was running JavaScript/native work, not waiting (ELU). */
  busyShare: number;
}

/** One interleaved round: raw before, hub with synchronous=FULL, hub with NORMAL, raw after. */
export interface DrainRound {
  raw: SideFigures;
  full: HubFigures;
  normal: HubFigures;
}

/** Measures `work` (which does `count` requests) for rate and this process's CPU time. */
async function measured(count: number, work: () => Promise<void>): Promise<SideFigures> {
  const cpu = process.cpuUsage();
  const t0 = performance.now();
  await work();
  const seconds = (performance.now() - t0) / 1000;
  const used = process.cpuUsage(cpu);
  return { perSecond: count / seconds, cpuUsPerRequest: (used.user + used.system) / count };
}

/** Raw keep-alive http.request, 32 at a time: the ceiling a sender could reach on this receiver. */
async function rawRun(url: string, body: string, total: number): Promise<SideFigures> {
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
  const figures = await measured(total, async () => {
    await Promise.all(Array.from({ length: concurrency }, worker));
  });
  agent.destroy();
  return figures;
}

/**
 * One 10,000-event backlog drained at 32-way concurrency. Publishing happens
 * before the clock starts (offline); what is measured is the drain alone.
 */
async function hubDrain(receiver: BenchReceiver, synchronous: 'FULL' | 'NORMAL'): Promise<HubFigures> {
  // The partner was set up before this start, as a partner is long before an outage:
  // saving it would otherwise have the order-deadline watcher look over the backlog
  // (once, 250 ms after the save) in the middle of the drain.
  const setup = openBenchCore();
  await addBenchPartner(setup, receiver.url);
  await setup.close();
  const core = openBenchCore(
    { engine: { concurrency, perDestinationConcurrency: concurrency, reconnectRampMs: 0 } },
    setup.dataDir,
  );
  core.delivery.db.exec(`PRAGMA synchronous = ${synchronous}`);
  // A hub that has been running: one delivery first, so the results writer thread is up
  // (it starts with the first result; from source, under tsx, that takes ~0.2 s).
  core.delivery.publish([benchOrder(backlog)]);
  await core.delivery.engine.whenIdle();
  core.setOnline(false);
  for (let start = 0; start < backlog; start += 500) {
    core.delivery.publish(Array.from({ length: 500 }, (_, i) => benchOrder(start + i)));
  }
  const before = await receiver.count();
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const elu = performance.eventLoopUtilization();
  const thread = process.threadCpuUsage();
  const figures = await measured(backlog, async () => {
    core.setOnline(true);
    await core.delivery.engine.whenIdle();
  });
  const threadUsed = process.threadCpuUsage(thread);
  const busyShare = performance.eventLoopUtilization(elu).utilization;
  delay.disable();
  const delivered = (await receiver.count()) - before;
  await core.close();
  if (delivered < backlog) throw new Error(`only ${delivered} of ${backlog} deliveries arrived`);
  return {
    ...figures,
    mainThreadCpuUsPerRequest: (threadUsed.user + threadUsed.system) / backlog,
    maxEventLoopDelayMs: delay.max / 1e6,
    busyShare,
  };
}

/**
 * Figures a, a′, a″ and d. The machine is shared and noisy, so rounds are
 * interleaved — raw http.request, the hub with synchronous=FULL, then NORMAL,
 * then raw again — and each hub figure is divided by the mean of the raw runs
 * around it, in the same round. Every round is returned; medians are taken by the caller.
 */
export async function drainBench(receiver: BenchReceiver): Promise<DrainRound[]> {
  const body = JSON.stringify({ id: 'evt_raw', type: 'order.created', data: benchOrder(0).data });
  // Warm-up, unmeasured, for both sides: the first drain in a process runs on code
  // V8 has not optimised yet (it cost ~1.7× the CPU of later ones), and a hub that
  // has been open for minutes never runs that way — nor does the raw client after its own warm-up.
  await rawRun(receiver.url, body, 1_000);
  await hubDrain(receiver, 'FULL');
  const results: DrainRound[] = [];
  for (let round = 0; round < rounds; round++) {
    const rawBefore = await rawRun(receiver.url, body, backlog);
    const full = await hubDrain(receiver, 'FULL');
    const normal = await hubDrain(receiver, 'NORMAL');
    const rawAfter = await rawRun(receiver.url, body, backlog);
    results.push({
      raw: {
        perSecond: (rawBefore.perSecond + rawAfter.perSecond) / 2,
        cpuUsPerRequest: (rawBefore.cpuUsPerRequest + rawAfter.cpuUsPerRequest) / 2,
      },
      full,
      normal,
    });
  }
  return results;
}
