import { fillLog } from '../support/fill-log';
import { openBenchCore } from './bench-core';

async function time<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await work();
  return { ms: performance.now() - t0, value };
}

/** Figure c: with a million deliveries in the log, start-up and the log's queries. */
export async function bigLogBench(dataDir: string): Promise<Record<string, number>> {
  await fillLog(dataDir, { deliveries: 1_000_000, destinations: 4, failEvery: 97 });
  const startup = await time(async () => {
    const core = openBenchCore({}, dataDir);
    const status = await core.call('system.status', {});
    if (!status.ok) throw new Error('status failed');
    return core;
  });
  const core = startup.value;
  const call = async (method: 'deliveries.list' | 'deliveries.count', input: object): Promise<number> => {
    const { ms, value } = await time(() => core.call(method, input as never));
    if (!value.ok) throw new Error(JSON.stringify(value.error));
    return ms;
  };
  const figures = {
    startupMs: startup.ms,
    firstPageUnfilteredMs: await call('deliveries.list', { filter: {}, limit: 100 }),
    firstPageFailedMs: await call('deliveries.list', { filter: { states: ['failed'] }, limit: 100 }),
    firstPageDestinationMs: await call('deliveries.list', { filter: { destinationIds: ['partner:p2'] }, limit: 100 }),
    firstPageTextMs: await call('deliveries.list', { filter: { text: 'Check #123456' }, limit: 100 }),
    firstPageTypeAndStateMs: await call('deliveries.list', {
      filter: { eventTypes: ['order.closed'], states: ['failed'] },
      limit: 100,
    }),
    countAllMs: await call('deliveries.count', { filter: {} }),
    countFailedMs: await call('deliveries.count', { filter: { states: ['failed'] } }),
    countDestinationMs: await call('deliveries.count', { filter: { destinationIds: ['partner:p1'] } }),
  };
  await core.close();
  return figures;
}
