import { describe, expect, it } from 'vitest';
import {
  createLogWriter,
  csvCell,
  csvHeaderNames,
  exportFileName,
  type ExportedDelivery,
  type LogExportFormat,
} from '../../../../../../renderer/src/features/deliveries/export/log-export';
import type { DeliveryRow } from '../../../../../../shared/domain/deliveries';
import { parseCsv } from '../../../../../support/parse-csv';
import { deliveryRow } from './delivery-rows';

/** The whole file, written page by page as the runner does. */
function write(format: LogExportFormat, pages: DeliveryRow[][]): string {
  const writer = createLogWriter(format);
  return writer.start() + pages.map((page) => writer.page(page)).join('') + writer.end();
}

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks (RFC 4180) and leaves plain text alone', () => {
    expect(csvCell('Acme Delivery')).toBe('Acme Delivery');
    expect(csvCell('Burger, large')).toBe('"Burger, large"');
    expect(csvCell('the "special"')).toBe('"the ""special"""');
    expect(csvCell('line 1\nline 2')).toBe('"line 1\nline 2"');
    expect(csvCell('line 1\r\nline 2')).toBe('"line 1\r\nline 2"');
    expect(csvCell(null)).toBe('');
    expect(csvCell(0)).toBe('0');
    expect(csvCell(503)).toBe('503');
  });

  it('neutralises anything a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil","x")')).toBe(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('\r=1')).toBe(`"'\r=1"`);
    // Only the start matters: a formula sign inside text is just text.
    expect(csvCell('Table 1 = window')).toBe('Table 1 = window');
  });
});

describe('the CSV file', () => {
  it('starts with a BOM and the header row, then one CRLF record per delivery in the order given', () => {
    const text = write('csv', [[deliveryRow(3), deliveryRow(2)], [deliveryRow(1)]]);
    expect(text.startsWith('\uFEFFTime (UTC),Event type,Resource,Destination,State,Next attempt (UTC),Attempts,')).toBe(
      true,
    );
    const [header, ...records] = parseCsv(text.slice(1));
    expect(header).toEqual(csvHeaderNames);
    expect(records.map((record) => record.at(-1))).toEqual(['3', '2', '1']);
    expect(records[0]).toEqual([
      '2026-11-22T10:00:03.000Z',
      'order.created',
      'Check #1003 · Table 4',
      'Acme Delivery',
      'delivered',
      '',
      '1',
      '200',
      '',
      '12',
      'evt_3',
      '3',
    ]);
  });

  it('reads back exactly what a hostile partner or item name put in, apart from the neutralising apostrophe', () => {
    const row = deliveryRow(7, {
      state: 'retrying',
      nextAttemptAt: '2026-11-22T10:05:00.000Z',
      summary: 'Fries, "large"\r\nextra salt',
      destinationName: '=cmd|"/c calc"!A1',
      lastStatus: 500,
      lastReason: '@partner said: "down", try later',
      lastLatencyMs: null,
    });
    const [, record] = parseCsv(write('csv', [[row]]).slice(1));
    expect(record).toEqual([
      '2026-11-22T10:00:07.000Z',
      'order.created',
      'Fries, "large"\r\nextra salt',
      `'=cmd|"/c calc"!A1`,
      'retrying',
      '2026-11-22T10:05:00.000Z',
      '1',
      '500',
      `'@partner said: "down", try later`,
      '',
      'evt_7',
      '7',
    ]);
  });

  it('drops a stale next-attempt time once the delivery no longer waits', () => {
    const [, record] = parseCsv(
      write('csv', [[deliveryRow(1, { state: 'failed', nextAttemptAt: '2026-11-22T10:05:00.000Z' })]]).slice(1),
    );
    expect(record?.[5]).toBe('');
  });

  it('is just the header when nothing matches', () => {
    expect(write('csv', [[]])).toBe('\uFEFF' + csvHeaderNames.join(',') + '\r\n');
  });
});

describe('the JSON file', () => {
  it('parses back to one object per delivery, in order, across pages', () => {
    const rows = [deliveryRow(5), deliveryRow(4, { summary: 'Fries, "large"\n', state: 'failed', lastStatus: 500 })];
    const text = write('json', [[rows[0] as DeliveryRow], [], [rows[1] as DeliveryRow]]);
    const parsed = JSON.parse(text) as ExportedDelivery[];
    expect(parsed.map((entry) => entry.deliveryId)).toEqual([5, 4]);
    expect(parsed[1]).toEqual({
      time: '2026-11-22T10:00:04.000Z',
      eventType: 'order.created',
      resource: 'Fries, "large"\n',
      destination: 'Acme Delivery',
      state: 'failed',
      nextAttemptAt: null,
      attempts: 1,
      lastStatus: 500,
      lastReason: null,
      latencyMs: 12,
      eventId: 'evt_4',
      deliveryId: 4,
    });
    // Readable: one key per line, rows indented inside the array.
    expect(text).toContain('\n  {\n    "time": ');
  });

  it('is an empty array when nothing matches', () => {
    expect(JSON.parse(write('json', [[]]))).toEqual([]);
  });
});

describe('the file name', () => {
  it('says what and when, in UTC, without colons', () => {
    const now = new Date('2026-11-22T14:03:07.456Z');
    expect(exportFileName('csv', now)).toBe('deliveries-2026-11-22T14-03-07Z.csv');
    expect(exportFileName('json', now)).toBe('deliveries-2026-11-22T14-03-07Z.json');
  });
});
