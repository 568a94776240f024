import type { HealthChange } from './queue-ports';
import type { WireResult } from './result-wire';

/** What the writer thread is started with. */
export interface WriterStart {
  path: string;
  /** The main connection's `PRAGMA synchronous`, as a number (0–3). */
  synchronous: number;
  busyTimeoutMs: number;
}

export type WriterRequest = { kind: 'record'; seq: number; records: WireResult[]; now: number } | { kind: 'close' };

export type WriterReply =
  { seq: number; ok: true; changes: HealthChange[] } | { seq: number; ok: false; error: string };
