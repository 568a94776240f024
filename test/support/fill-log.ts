import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { openBenchCore } from '../bench/bench-core';

export interface FillLogOptions {
  /** Deliveries to write in all: one event per `destinations` deliveries. */
  deliveries: number;
  /** Destinations each event goes to (Partner 0, Partner 1, …). */
  destinations?: number;
  /** Every `failEvery`-th delivery (counting from the oldest, which fails) ends failed; the rest delivered. */
  failEvery?: number;
}

export interface FilledLog {
  events: number;
  deliveries: number;
  failed: number;
  delivered: number;
}

const eventTypes = ['order.created', 'order.updated', 'order.closed', 'menu.item.updated'] as const;
const eventSpacingMs = 120_000;

/** What the log's Resource column (and the free-text search) shows for the `n`-th event, oldest first. */
export function checkSummary(n: number): string {
  return `Check #${n} · Table ${n % 40}`;
}

/**
 * Fills a data folder's log the way a busy restaurant's year would: mostly delivered, some
 * failed. The core is opened once first, so migrations and the first-run sample are done and
 * the rows below go in beside them; then plain SQL in one unsynchronised transaction, which
 * writes 100,000 rows in a second or two instead of the engine's minutes. The free-text index
 * (event_search) is filled by the schema's insert trigger, so search finds these rows too.
 */
export async function fillLog(dataDir: string, options: FillLogOptions): Promise<FilledLog> {
  const destinations = options.destinations ?? 4;
  const failEvery = options.failEvery ?? 97;
  const events = Math.ceil(options.deliveries / destinations);
  const setup = openBenchCore({}, dataDir);
  await setup.close();

  const db = new DatabaseSync(join(dataDir, 'hub.sqlite'));
  try {
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
    // Ends a little before now, so the newest rows are the ones the screen shows first.
    const start = Date.now() - events * eventSpacingMs;
    let written = 0;
    let failed = 0;
    db.exec('BEGIN');
    for (let e = 0; e < events; e++) {
      const at = start + e * eventSpacingMs;
      const type = eventTypes[e % eventTypes.length] ?? 'order.updated';
      const { lastInsertRowid: seq } = insertEvent.run(
        `evt_${e.toString(16).padStart(32, '0')}`,
        type,
        `chk_${e}`,
        checkSummary(e),
        at,
      );
      for (let d = 0; d < destinations && written < options.deliveries; d++, written++) {
        const isFailed = written % failEvery === 0;
        if (isFailed) failed++;
        insertDelivery.run(
          seq,
          type,
          `partner:p${d}`,
          `Partner ${d}`,
          `order:chk_${e}`,
          isFailed ? 'failed' : 'delivered',
          isFailed ? 10 : 1,
          at,
          at,
          isFailed ? 500 : 200,
        );
      }
    }
    db.exec('COMMIT');
    db.exec('PRAGMA optimize');
    return { events, deliveries: written, failed, delivered: written - failed };
  } finally {
    db.close();
  }
}
