// The body of the results writer's thread (see `threaded-recorder.ts`): its own
// connection to the delivery database, the same `DeliveryStore.record` the main
// thread would run, one batch at a time, in the order they were posted.
import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';
import { DeliveryStore } from './delivery-store';
import type { WriterReply, WriterRequest, WriterStart } from './record-writer-messages';
import { fromWire } from './result-wire';

const start = workerData as WriterStart;
const db = new DatabaseSync(start.path);
// Per connection: the same durability as the main thread's, and the same patience with its lock.
db.exec(`PRAGMA synchronous = ${start.synchronous}`);
db.exec('PRAGMA foreign_keys = ON');
db.exec(`PRAGMA busy_timeout = ${start.busyTimeoutMs}`);
db.exec('PRAGMA temp_store = MEMORY');
const store = new DeliveryStore(db);

parentPort?.on('message', (request: WriterRequest) => {
  if (request.kind === 'close') {
    db.close();
    parentPort?.close();
    return;
  }
  let reply: WriterReply;
  try {
    reply = { seq: request.seq, ok: true, changes: store.record(request.records.map(fromWire), request.now) };
  } catch (error) {
    reply = { seq: request.seq, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
