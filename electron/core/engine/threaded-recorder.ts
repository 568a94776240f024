import { Worker } from 'node:worker_threads';
import type { Logger, ResultsWriterScript } from '../ports';
import type { HealthChange, ResultRecorder, ResultToWrite } from './queue-ports';
import type { WriterReply, WriterRequest, WriterStart } from './record-writer-messages';
import { toWire } from './result-wire';

/** The writer thread's script as built, beside the entry points (see electron.vite.config.ts). */
export const resultsWriterFile = 'record-writer.js';

/**
 * Writes delivery results on a thread of its own, through its own connection to
 * the same database, so the main thread — which also answers every window —
 * does not sit in SQLite while a batch is written and fsynced (a quarter of its
 * time in a drain: ~30 µs of statements and ~13 µs of fsync per delivery with
 * synchronous=FULL). Durability is unchanged: a batch counts as written when its
 * COMMIT returned on that thread. Batches are written one at a time, in order.
 *
 * If the thread cannot be started or dies, `fallback` (the same statements on the
 * main thread's connection) writes from then on; the batch that was on its way
 * fails like any failed write, and the engine keeps it and tries again.
 */
export class ThreadedRecorder implements ResultRecorder {
  private worker: Worker | null = null;
  private seq = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (changes: HealthChange[]) => void; reject: (e: Error) => void }
  >();
  private broken = false;
  private closing: Promise<void> | null = null;

  constructor(
    private readonly script: ResultsWriterScript,
    /** The database file and how the main connection is set up (read when the thread starts). */
    private readonly start: () => WriterStart,
    private readonly fallback: ResultRecorder,
    private readonly logger: Logger,
  ) {}

  record(records: readonly ResultToWrite[], now: number): HealthChange[] | Promise<HealthChange[]> {
    if (this.broken || this.closing) return this.fallback.record(records, now);
    const worker = this.worker ?? this.open();
    if (!worker) return this.fallback.record(records, now);
    const seq = ++this.seq;
    // Only what the statements read crosses over (not the payload), as flat arrays.
    const wire = records.map(toWire);
    return new Promise<HealthChange[]>((resolve, reject) => {
      this.waiting.set(seq, { resolve, reject });
      worker.postMessage({ kind: 'record', seq, records: wire, now } satisfies WriterRequest);
    });
  }

  /** Lets the thread finish what it was given and closes its connection. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      const worker = this.worker;
      if (!worker) return;
      const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
      worker.postMessage({ kind: 'close' } satisfies WriterRequest);
      await exited;
    })();
    return this.closing;
  }

  private open(): Worker | null {
    try {
      const worker = new Worker(this.script.url, { workerData: this.start(), execArgv: this.script.execArgv });
      worker.on('message', (reply: WriterReply) => this.answered(reply));
      worker.on('error', (error) => this.lost(error));
      worker.on('exit', (code) => this.lost(new Error(`the results writer's thread stopped (exit code ${code})`)));
      this.worker = worker;
      return worker;
    } catch (error) {
      this.lost(error);
      return null;
    }
  }

  private answered(reply: WriterReply): void {
    const waiter = this.waiting.get(reply.seq);
    this.waiting.delete(reply.seq);
    if (!waiter) return;
    if (reply.ok) waiter.resolve(reply.changes);
    else waiter.reject(new Error(reply.error));
  }

  private lost(error: unknown): void {
    const expected = this.closing !== null && this.waiting.size === 0;
    this.worker = null;
    if (!expected && !this.broken) {
      this.logger.error('the results writer thread stopped; results are written on the main thread from now on', {
        error: String(error),
      });
    }
    this.broken = true;
    const reason = error instanceof Error ? error : new Error(String(error));
    for (const waiter of this.waiting.values()) waiter.reject(reason);
    this.waiting.clear();
  }
}
