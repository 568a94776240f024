import { describe, expect, it } from 'vitest';
import {
  deliveryListInputSchema,
  type DeliveryFilter,
  type DeliveryRow,
} from '../../../../../../shared/domain/deliveries';
import type { ExportedDelivery } from '../../../../../../renderer/src/features/deliveries/export/log-export';
import {
  logExportPageSize,
  runLogExport,
  type LogExportProgress,
  type LogExportResult,
} from '../../../../../../renderer/src/features/deliveries/export/run-log-export';
import { createAppStore } from '../../../../../../renderer/src/store/create-app-store';
import { parseCsv } from '../../../../../support/parse-csv';
import { fakeCore } from '../../../store/fake-core';
import { deliveryRow, pagedLog, type ListInput } from './delivery-rows';

/**
 * A fake core behind the real store: a log of `size` rows (newest first) that
 * pages like the core's keyset list, validating each input against the contract.
 */
function fakeHub(size: number, options: { failListAt?: number; onList?: (input: ListInput) => void } = {}) {
  const rows: DeliveryRow[] = Array.from({ length: size }, (_, index) => deliveryRow(size - index));
  const core = fakeCore({
    'deliveries.count': () => ({ ok: true, value: { total: size, byState: {} } }),
    'deliveries.list': pagedLog(rows, (input, call) => {
      options.onList?.(input);
      if (call === options.failListAt) return { ok: false, error: { code: 'internal', message: 'The hub stopped.' } };
    }),
  });
  return { source: createAppStore(core.connection.api).getState(), calls: core.calls };
}

async function exportAll(
  size: number,
  format: 'csv' | 'json',
  options: { pageSize?: number; failListAt?: number; cancelDuringList?: number } = {},
): Promise<{ result: LogExportResult; progress: LogExportProgress[]; calls: ReturnType<typeof fakeHub>['calls'] }> {
  const controller = new AbortController();
  const progress: LogExportProgress[] = [];
  let lists = 0;
  const { source, calls } = fakeHub(size, {
    ...options,
    // Cancel pressed while that page is on its way, as an operator would.
    onList: () => {
      lists += 1;
      if (lists === options.cancelDuringList) controller.abort();
    },
  });
  const filter: DeliveryFilter = { states: ['failed'], text: '1042' };
  const result = await runLogExport({
    source,
    filter,
    format,
    signal: controller.signal,
    pageSize: options.pageSize,
    onProgress: (step) => progress.push(step),
  });
  return { result, progress, calls };
}

describe('the export runner', () => {
  it('asks for pages the contract accepts', () => {
    expect(() => deliveryListInputSchema.parse({ filter: {}, limit: logExportPageSize })).not.toThrow();
  });

  it('pages with the keyset cursor until there is none, with the same filter each time', async () => {
    const { result, progress, calls } = await exportAll(1234, 'csv');
    if (result.outcome !== 'finished') throw new Error(`expected finished, got ${result.outcome}`);
    expect(result.exported).toBe(1234);
    const lists = calls.filter((call) => call.method === 'deliveries.list').map((call) => call.input as ListInput);
    expect(lists.map((input) => input.cursor)).toEqual([undefined, '735', '235']);
    expect(lists.every((input) => input.limit === logExportPageSize)).toBe(true);
    expect(
      calls.every((call) => JSON.stringify((call.input as ListInput).filter) === '{"states":["failed"],"text":"1042"}'),
    ).toBe(true);
    expect(progress).toEqual([
      { done: 0, total: 1234 },
      { done: 500, total: 1234 },
      { done: 1000, total: 1234 },
      { done: 1234, total: 1234 },
    ]);
    const [, ...records] = parseCsv(result.parts.join('').slice(1));
    expect(records.map((record) => Number(record.at(-1)))).toEqual(
      Array.from({ length: 1234 }, (_, index) => 1234 - index),
    );
    expect(result.mimeType).toBe('text/csv;charset=utf-8');
  });

  it('writes JSON that parses back to every row', async () => {
    const { result } = await exportAll(7, 'json', { pageSize: 3 });
    if (result.outcome !== 'finished') throw new Error(`expected finished, got ${result.outcome}`);
    expect(result.parts).toHaveLength(1 + 3 + 1);
    const parsed = JSON.parse(result.parts.join('')) as ExportedDelivery[];
    expect(parsed.map((entry) => entry.deliveryId)).toEqual([7, 6, 5, 4, 3, 2, 1]);
  });

  it('makes a header-only file when nothing matches', async () => {
    const { result, progress } = await exportAll(0, 'csv');
    if (result.outcome !== 'finished') throw new Error(`expected finished, got ${result.outcome}`);
    expect(result.exported).toBe(0);
    expect(parseCsv(result.parts.join('').slice(1))).toHaveLength(1);
    expect(progress.at(-1)).toEqual({ done: 0, total: 0 });
  });

  it('stops after the page in flight when cancelled, and gives no file', async () => {
    const { result, calls } = await exportAll(1234, 'csv', { cancelDuringList: 1 });
    expect(result).toEqual({ outcome: 'cancelled', exported: 500, total: 1234 });
    expect(calls.filter((call) => call.method === 'deliveries.list')).toHaveLength(1);
  });

  it('gives no file when cancelled during the last page either', async () => {
    const { result } = await exportAll(3, 'json', { cancelDuringList: 1 });
    expect(result).toEqual({ outcome: 'cancelled', exported: 3, total: 3 });
  });

  it("reports the hub's error and gives no file", async () => {
    const { result, calls } = await exportAll(1234, 'csv', { failListAt: 2 });
    expect(result).toEqual({ outcome: 'failed', message: 'The hub stopped.', exported: 500 });
    expect(calls.filter((call) => call.method === 'deliveries.list')).toHaveLength(2);
  });
});
