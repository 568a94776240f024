import { describe, expect, it } from 'vitest';
import type { Result } from '../../../../shared/contract';
import type { DeliveryFilter, DeliveryPage, DeliveryState } from '../../../../shared/domain/deliveries';
import { createAppStore } from '../../../../renderer/src/store/create-app-store';
import { deliveryRow, pagedLog } from '../features/deliveries/export/delivery-rows';
import { rowIn } from '../../../../renderer/src/store/row-chunks';
import { fakeCore, flush } from './fake-core';

const row = (id: number, state: DeliveryState = 'delivered') => deliveryRow(id, { state });
const page = (ids: number[], nextCursor: string | null = null): Result<DeliveryPage> => ({
  ok: true,
  value: { items: ids.map((id) => row(id)), nextCursor },
});
const counts = { ok: true as const, value: { total: 0, byState: {} } };
const logOf = (size: number) => pagedLog(Array.from({ length: size }, (_, i) => row(size - i)));

describe('the deliveries slice', () => {
  it('keeps only the page of the latest filter when an older answer arrives last', async () => {
    let answerFirst: (value: Result<DeliveryPage>) => void = () => undefined;
    const core = fakeCore({
      'deliveries.list': (input) => {
        const { filter } = input as { filter: DeliveryFilter };
        if (filter.text === 'old') return new Promise<Result<DeliveryPage>>((resolve) => (answerFirst = resolve));
        return page([7, 6]);
      },
      'deliveries.count': () => counts,
    });
    const store = createAppStore(core.connection.api);
    const slow = store.getState().loadDeliveries({ text: 'old' });
    await store.getState().loadDeliveries({ text: 'new' });
    answerFirst(page([99, 98]));
    await slow;
    expect(store.getState().deliveries.ids).toEqual([7, 6]);
    expect(store.getState().deliveries.filter).toEqual({ text: 'new' });
  });

  it('pages with the keyset cursor until the core says there is no more', async () => {
    const core = fakeCore({ 'deliveries.list': logOf(250), 'deliveries.count': () => counts });
    const store = createAppStore(core.connection.api);
    await store.getState().loadDeliveries({});
    await store.getState().loadMoreDeliveries();
    await store.getState().loadMoreDeliveries();
    const { ids, nextCursor } = store.getState().deliveries;
    expect(ids).toHaveLength(250);
    expect(new Set(ids).size).toBe(250);
    expect(nextCursor).toBeNull();
    const listCalls = core.calls
      .filter((call) => call.method === 'deliveries.list')
      .map((call) => (call.input as { cursor?: string }).cursor);
    expect(listCalls).toEqual([undefined, '151', '51']);
    // Nothing more to fetch: no further call.
    await store.getState().loadMoreDeliveries();
    expect(core.calls.filter((call) => call.method === 'deliveries.list')).toHaveLength(3);
  });

  it('counts by state without the state filter, so every chip shows its number', async () => {
    const core = fakeCore({ 'deliveries.list': () => page([1]), 'deliveries.count': () => counts });
    const store = createAppStore(core.connection.api);
    await store.getState().loadDeliveries({ states: ['failed'], text: '1042' });
    await flush();
    expect(core.calls.find((call) => call.method === 'deliveries.count')?.input).toEqual({ filter: { text: '1042' } });
  });

  it('holds new rows back while the operator is scrolled down, and shows them on request', async () => {
    let log = [3, 2, 1];
    const core = fakeCore({
      'deliveries.list': () => page(log),
      'deliveries.count': () => counts,
    });
    const store = createAppStore(core.connection.api);
    await store.getState().loadDeliveries({});
    store.getState().setDeliveriesAtTop(false);
    log = [5, 4, 3, 2, 1];
    await store.getState().deliveriesChanged({
      deliveries: [
        { id: 5, state: 'pending' },
        { id: 4, state: 'pending' },
      ],
    });
    expect(store.getState().deliveries.ids).toEqual([3, 2, 1]);
    expect(store.getState().deliveries.newIds).toEqual([5, 4]);

    store.getState().setDeliveriesAtTop(true);
    expect(store.getState().deliveries.ids).toEqual([5, 4, 3, 2, 1]);
    expect(store.getState().deliveries.newIds).toEqual([]);
  });

  it('patches a changed row in place, at once, without reordering', async () => {
    let state: DeliveryState = 'pending';
    const core = fakeCore({
      'deliveries.list': () => ({ ok: true, value: { items: [row(3), row(2, state), row(1)], nextCursor: null } }),
      'deliveries.count': () => counts,
    });
    const store = createAppStore(core.connection.api);
    await store.getState().loadDeliveries({});
    state = 'failed';
    const changed = store.getState().deliveriesChanged({ deliveries: [{ id: 2, state: 'failed' }] });
    // Before the refetch answers, the badge already moved.
    expect(rowIn(store.getState().deliveries.rows, 2)?.state).toBe('failed');
    await changed;
    expect(store.getState().deliveries.ids).toEqual([3, 2, 1]);
    expect(rowIn(store.getState().deliveries.rows, 2)?.state).toBe('failed');
  });

  it('follows its own bulk resend and ignores late or foreign progress', () => {
    const store = createAppStore(fakeCore({}).connection.api);
    const { resendProgressArrived } = store.getState();
    resendProgressArrived({ jobId: 'a', done: 1, total: 3, state: 'running' });
    resendProgressArrived({ jobId: 'b', done: 9, total: 9, state: 'running' });
    expect(store.getState().deliveries.resendJob?.jobId).toBe('a');
    resendProgressArrived({ jobId: 'a', done: 3, total: 3, state: 'finished' });
    resendProgressArrived({ jobId: 'a', done: 2, total: 3, state: 'running' });
    expect(store.getState().deliveries.resendJob).toEqual({ jobId: 'a', done: 3, total: 3, state: 'finished' });
  });
});
