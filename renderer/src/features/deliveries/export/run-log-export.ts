import type { Result } from '../../../../../shared/contract';
import type { DeliveryCounts, DeliveryFilter, DeliveryPage } from '../../../../../shared/domain/deliveries';
import { createLogWriter, type LogExportFormat } from './log-export';

/** The contract's largest `deliveries.list` page: few round trips, and each page formats in a blink. */
export const logExportPageSize = 500;

/** What the export reads through: the store's deliveries actions (the hub client behind them). */
export interface LogExportSource {
  fetchDeliveryPage: (filter: DeliveryFilter, cursor: string | null, limit: number) => Promise<Result<DeliveryPage>>;
  countDeliveries: (filter: DeliveryFilter) => Promise<Result<DeliveryCounts>>;
}

export interface LogExportProgress {
  done: number;
  total: number;
}

export type LogExportResult =
  | { outcome: 'finished'; parts: string[]; mimeType: string; exported: number }
  | { outcome: 'cancelled'; exported: number; total: number }
  | { outcome: 'failed'; message: string; exported: number };

export interface LogExportOptions {
  source: LogExportSource;
  filter: DeliveryFilter;
  format: LogExportFormat;
  /** Checked after every page: a cancel stops once the page in flight arrives, and produces no file. */
  signal: AbortSignal;
  onProgress: (progress: LogExportProgress) => void;
  pageSize?: number;
}

/**
 * Pages through every delivery matching the filter with the keyset cursor and
 * builds the file's text as one part per page. Each page is an awaited call to
 * the core, so the UI gets the main thread back between pages; nothing ever asks
 * for the whole log at once. Returns the parts for a Blob, or why there is none.
 */
export async function runLogExport({
  source,
  filter,
  format,
  signal,
  onProgress,
  pageSize = logExportPageSize,
}: LogExportOptions): Promise<LogExportResult> {
  const counted = await source.countDeliveries(filter);
  if (!counted.ok) return { outcome: 'failed', message: counted.error.message, exported: 0 };
  let total = counted.value.total;
  let exported = 0;
  onProgress({ done: 0, total });
  if (signal.aborted) return { outcome: 'cancelled', exported, total };

  const writer = createLogWriter(format);
  const parts = [writer.start()];
  let cursor: string | null = null;
  do {
    const page = await source.fetchDeliveryPage(filter, cursor, pageSize);
    if (!page.ok) return { outcome: 'failed', message: page.error.message, exported };
    parts.push(writer.page(page.value.items));
    exported += page.value.items.length;
    // Rows can change state while the export runs; never show more done than the bar holds.
    total = Math.max(total, exported);
    onProgress({ done: exported, total });
    // Checked after each page, the last one too: Cancel always means no file.
    if (signal.aborted) return { outcome: 'cancelled', exported, total };
    // A cursor that does not move would page forever; the core never does that, but the file must end.
    cursor = page.value.nextCursor !== cursor ? page.value.nextCursor : null;
  } while (cursor !== null);

  parts.push(writer.end());
  return { outcome: 'finished', parts, mimeType: writer.mimeType, exported };
}
