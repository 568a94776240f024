import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { openBenchCore } from './bench-core';

const deliveries = 1_000_000;
const destinations = 4;

/** Fills the log the way a year of a busy restaurant would: mostly delivered, some failed. */
function fill(dataDir: string): void {
  const setup = openBenchCore({}, dataDir);
  void setup.close();
  const db = new DatabaseSync(join(dataDir, 'hub.sqlite'));
  db.exec('PRAGMA synchronous = OFF');
  const insertEvent = db.prepare(
    `INSERT INTO events (id, type, resource_type, resource_id, resource_sequence, summary, created_at, body)
     VALUES (?, ?, 'order', ?, 1, ?, ?, NULL)`,
  );
  const insertDelivery = db.prepare(
    `INSERT INTO deliveries (event_seq, event_type, destination_id, destination_name, resource_key, supersedable, state,
       attempts, created_at, updated_at, last_status)
     VALUES (?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)`,
  );
  const types = ['order.created', 'order.updated', 'order.closed', 'menu.item.updated'];
  const start = Date.now() - 365 * 86_400_000;
  db.exec('BEGIN');
  for (let e = 0; e < deliveries / destinations; e++) {
    const at = start + e * 120_000;
    const type = types[e % types.length] ?? 'order.updated';
    const { lastInsertRowid: seq } = insertEvent.run(`evt_${e.toString(16).padStart(32, '0')}`, type, `chk_${e}`, `Check #${e} · Table ${e % 40}`, at);
    for (let d = 0; d < destinations; d++) {
      const failed = (e * destinations + d) % 97 === 0;
      insertDelivery.run(seq, type, `partner:p${d}`, `Partner ${d}`, `order:chk_${e}`, failed ? 'failed' : 'delivered', failed ? 10 : 1, at, at, failed ? 500 : 200);
    }
  }
  db.exec('COMMIT');
  db.exec('PRAGMA optimize');
  db.close();
}

async function time<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await work();
  return { ms: performance.now() - t0, value };
}

/** Figure c: with a million deliveries in the log, start-up and the log's queries. */
export async function bigLogBench(dataDir: string): Promise<Record<string, number>> {
  fill(dataDir);
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
    firstPageTypeAndStateMs: await call('deliveries.list', { filter: { eventTypes: ['order.closed'], states: ['failed'] }, limit: 100 }),
    countAllMs: await call('deliveries.count', { filter: {} }),
    countFailedMs: await call('deliveries.count', { filter: { states: ['failed'] } }),
    countDestinationMs: await call('deliveries.count', { filter: { destinationIds: ['partner:p1'] } }),
  };
  await core.close();
  return figures;
}
