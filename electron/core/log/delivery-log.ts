import { z } from 'zod';
import {
  deliveryStates,
  type AttemptView,
  type DeliveryCounts,
  type DeliveryDetail,
  type DeliveryFilter,
  type DeliveryPage,
  type DeliveryRow,
  type DeliveryState,
} from '../../../shared/domain/deliveries';
import type { LogRows, StoredAttempt, StoredLogRow } from './log-rows';

const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** What the log shows when an attempt's stored headers no longer read back (a damaged row). */
export const unreadableHeaders = { '(not shown)': 'The request headers stored for this attempt could not be read.' };

const storedHeaders = z.record(z.string(), z.string());

/** The stored header JSON, checked: a damaged row must not make the whole delivery unviewable. */
function readHeaders(text: string): Record<string, string> {
  try {
    const parsed = storedHeaders.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : unreadableHeaders;
  } catch {
    return unreadableHeaders;
  }
}

function toRow(record: StoredLogRow, sending: ReadonlySet<number>): DeliveryRow {
  // In-flight deliveries are pending on disk; the engine knows they are being sent.
  const state =
    sending.has(record.id) && (record.state === 'pending' || record.state === 'retrying') ? 'sending' : record.state;
  return {
    ...record,
    state,
    nextAttemptAt: record.state === 'retrying' || record.state === 'pending' ? iso(record.nextAttemptAt) : null,
    createdAt: new Date(record.createdAt).toISOString(),
    updatedAt: new Date(record.updatedAt).toISOString(),
  };
}

function toAttempt(attempt: StoredAttempt): AttemptView {
  return {
    ...attempt,
    startedAt: new Date(attempt.startedAt).toISOString(),
    requestHeaders: readHeaders(attempt.requestHeaders),
    manual: attempt.manual === 1,
  };
}

/**
 * Read side of the delivery log: pages (newest first) with a cursor, counts by
 * state, and one delivery's full history, with the engine's live "sending"
 * state laid over what storage says.
 */
export class DeliveryLog {
  constructor(
    private readonly rows: LogRows,
    private readonly sending: () => ReadonlySet<number> = () => new Set(),
  ) {}

  list(filter: DeliveryFilter, cursor: string | undefined, limit = 100): DeliveryPage {
    const before = cursor === undefined ? Number.MAX_SAFE_INTEGER : Number(cursor);
    // One more than asked: whether there is a next page, without counting.
    const records = this.rows.page(filter, before, limit + 1);
    const sending = this.sending();
    const items = records.slice(0, limit).map((r) => toRow(r, sending));
    const last = items.at(-1);
    return { items, nextCursor: records.length > limit && last ? String(last.id) : null };
  }

  count(filter: DeliveryFilter): DeliveryCounts {
    const byState = Object.fromEntries(deliveryStates.map((s) => [s, 0])) as Record<DeliveryState, number>;
    let total = 0;
    for (const { state, n } of this.rows.countByState(filter)) {
      byState[state] = n;
      total += n;
    }
    return { total, byState };
  }

  detail(id: number): DeliveryDetail | null {
    const record = this.rows.delivery(id);
    if (!record) return null;
    const { body, ...row } = record;
    return {
      delivery: toRow(row, this.sending()),
      payload: body,
      attempts: this.rows.attempts(id).map(toAttempt),
    };
  }
}
