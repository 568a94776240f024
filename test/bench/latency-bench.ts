import { addBenchPartner, benchOrder, openBenchCore } from './bench-core';
import { percentile } from './figures';
import type { BenchReceiver } from './receiver-handle';

const samples = 400;

/**
 * Figure b: on an idle hub, the time from publishing one event (its commit
 * included) to the receiver process reading the request, one event at a time.
 */
export async function latencyBench(receiver: BenchReceiver): Promise<{ p50: number; p99: number }> {
  const core = openBenchCore();
  await addBenchPartner(core, receiver.url);
  const arrived = new Map<string, (atNs: bigint) => void>();
  receiver.onArrival((id, at) => arrived.get(id)?.(at));
  const latencies: number[] = [];
  for (let i = 0; i < samples + 20; i++) {
    const start = process.hrtime.bigint();
    const [published] = core.delivery.publish([benchOrder(i)]);
    const id = published?.envelope.id ?? '';
    const at = await new Promise<bigint>((resolve) => arrived.set(id, resolve));
    arrived.delete(id);
    // The first few warm up connections and statement caches.
    if (i >= 20) latencies.push(Number(at - start) / 1e6);
    await core.delivery.engine.whenIdle();
  }
  await core.close();
  latencies.sort((a, b) => a - b);
  return { p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}
