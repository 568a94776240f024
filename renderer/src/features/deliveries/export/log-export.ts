import type { DeliveryRow } from '../../../../../shared/domain/deliveries';

/**
 * Turning log rows into CSV or JSON text, page by page. Pure: no DOM, no I/O, so
 * it is tested on its own and each page costs time in proportion to its rows.
 */

export type LogExportFormat = 'csv' | 'json';

/** One delivery as exported: the columns the log's table shows, plus the ids support asks for. */
export interface ExportedDelivery {
  /** ISO 8601 UTC, as the core reports it. */
  time: string;
  eventType: string;
  /** What the event is about, e.g. "Check #1042 · Table 12" (the table's Resource column). */
  resource: string;
  destination: string;
  state: DeliveryRow['state'];
  /** Only while the delivery waits for its next automatic attempt. */
  nextAttemptAt: string | null;
  attempts: number;
  lastStatus: number | null;
  /** Plain words for why the last attempt failed; may quote a partner's response. */
  lastReason: string | null;
  latencyMs: number | null;
  eventId: string;
  deliveryId: number;
}

/** CSV column order and header words; JSON uses the same keys in the same order. */
const columns: readonly (readonly [keyof ExportedDelivery, string])[] = [
  ['time', 'Time (UTC)'],
  ['eventType', 'Event type'],
  ['resource', 'Resource'],
  ['destination', 'Destination'],
  ['state', 'State'],
  ['nextAttemptAt', 'Next attempt (UTC)'],
  ['attempts', 'Attempts'],
  ['lastStatus', 'Last status'],
  ['lastReason', 'Last reason'],
  ['latencyMs', 'Latency (ms)'],
  ['eventId', 'Event ID'],
  ['deliveryId', 'Delivery ID'],
];

export const csvHeaderNames: readonly string[] = columns.map(([, header]) => header);

export function toExported(row: DeliveryRow): ExportedDelivery {
  const waiting = row.state === 'retrying' || row.state === 'pending';
  return {
    time: row.createdAt,
    eventType: row.eventType,
    resource: row.summary,
    destination: row.destinationName,
    state: row.state,
    nextAttemptAt: waiting ? row.nextAttemptAt : null,
    attempts: row.attempts,
    lastStatus: row.lastStatus,
    lastReason: row.lastReason,
    latencyMs: row.lastLatencyMs,
    eventId: row.eventId,
    deliveryId: row.id,
  };
}

/** RFC 4180 line ends: spreadsheets on every platform read CRLF. */
const lineEnd = '\r\n';
/** What Excel, LibreOffice and Google Sheets take as the start of a formula (or DDE). */
const formulaStart = /^[=+\-@\t\r]/;
const needsQuotes = /[",\r\n]/;

/**
 * One CSV cell. Text that a spreadsheet would run as a formula gets a leading
 * apostrophe: a partner's response or an item name can be anything, and opening
 * the export must never execute it. Numbers are ours and stay numbers.
 */
export function csvCell(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = formulaStart.test(value) ? `'${value}` : value;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvLine(cells: readonly (string | number | null)[]): string {
  return cells.map(csvCell).join(',') + lineEnd;
}

/**
 * The header row. The byte-order mark makes Excel read the file as UTF-8, so
 * "Café" and "·" survive; every other reader ignores it.
 */
export function csvHeader(): string {
  return '\uFEFF' + csvLine(csvHeaderNames);
}

export function csvRows(rows: readonly DeliveryRow[]): string {
  let text = '';
  for (const row of rows) {
    const exported = toExported(row);
    text += csvLine(columns.map(([key]) => exported[key]));
  }
  return text;
}

/** One row as an indented JSON object, itself indented inside the array. */
function jsonRow(row: DeliveryRow): string {
  return '  ' + JSON.stringify(toExported(row), null, 2).replaceAll('\n', '\n  ');
}

/**
 * JSON rows for one page, with the separators the array needs. `first` says
 * whether any row came before this page (no leading comma then).
 */
export function jsonRows(rows: readonly DeliveryRow[], first: boolean): string {
  if (rows.length === 0) return '';
  return (first ? '\n' : ',\n') + rows.map(jsonRow).join(',\n');
}

/** Builds one file from pages: `start()`, then `page()` per page in order, then `end()`. */
export interface LogWriter {
  readonly mimeType: string;
  readonly extension: LogExportFormat;
  start(): string;
  page(rows: readonly DeliveryRow[]): string;
  end(): string;
}

export function createLogWriter(format: LogExportFormat): LogWriter {
  if (format === 'csv') {
    return { mimeType: 'text/csv;charset=utf-8', extension: 'csv', start: csvHeader, page: csvRows, end: () => '' };
  }
  let written = 0;
  return {
    mimeType: 'application/json;charset=utf-8',
    extension: 'json',
    start: () => '[',
    page(rows) {
      const text = jsonRows(rows, written === 0);
      written += rows.length;
      return text;
    },
    end: () => (written === 0 ? ']\n' : '\n]\n'),
  };
}

/** `deliveries-2026-11-22T14-03-07Z.csv`: sortable, and no colons (Windows forbids them in file names). */
export function exportFileName(format: LogExportFormat, now: Date): string {
  const stamp = now.toISOString().slice(0, 19).replaceAll(':', '-');
  return `deliveries-${stamp}Z.${format}`;
}
