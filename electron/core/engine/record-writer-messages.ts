import type { HealthChange, ResultToWrite } from './queue-ports';

/** What the writer thread is started with. */
export interface WriterStart {
  path: string;
  /** The main connection's `PRAGMA synchronous`, as a number (0–3). */
  synchronous: number;
  busyTimeoutMs: number;
}

export type WriterRequest =
  | { kind: 'record'; seq: number; records: ResultToWrite[]; now: number }
  | { kind: 'close' };

export type WriterReply = { seq: number; ok: true; changes: HealthChange[] } | { seq: number; ok: false; error: string };
