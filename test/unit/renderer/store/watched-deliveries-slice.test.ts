import { describe, expect, it } from 'vitest';
import type { Result } from '../../../../shared/contract';
import type { DeliveryDetail, DeliveryRow } from '../../../../shared/domain/deliveries';
import { connectEvents } from '../../../../renderer/src/store/connect-events';
import { createAppStore } from '../../../../renderer/src/store/create-app-store';
import { deliveryRow } from '../features/deliveries/export/delivery-rows';
import { fakeCore, flush } from './fake-core';

const detail = (row: DeliveryRow): Result<DeliveryDetail> => ({
  ok: true,
  value: { delivery: row, payload: '{}', attempts: [] },
});

describe('following single deliveries (a test event) outside the log', () => {
  it('fetches on watch, refetches when deliveries.changed names it, and forgets it when unwatched', async () => {
    let current = deliveryRow(7, { state: 'pending', lastStatus: null, lastLatencyMs: null });
    const core = fakeCore({ 'deliveries.get': () => detail(current) });
    const store = createAppStore(core.connection.api);
    connectEvents(store, core.connection);
    const stop = store.getState().watchDelivery(7);
    await flush();
    expect(store.getState().watchedDeliveries[7]?.state).toBe('pending');

    current = deliveryRow(7, { state: 'delivered', lastStatus: 200, lastLatencyMs: 12 });
    // Another delivery changing costs nothing.
    core.emit('deliveries.changed', { deliveries: [{ id: 8, state: 'delivered' }] });
    await flush();
    expect(store.getState().watchedDeliveries[7]?.state).toBe('pending');
    core.emit('deliveries.changed', { deliveries: [{ id: 7, state: 'delivered' }] });
    await flush();
    expect(store.getState().watchedDeliveries[7]).toMatchObject({ state: 'delivered', lastStatus: 200 });

    stop();
    expect(store.getState().watchedDeliveries[7]).toBeUndefined();
    core.emit('deliveries.changed', { deliveries: [{ id: 7, state: 'delivered' }] });
    await flush();
    expect(core.methods().filter((method) => method === 'deliveries.get')).toHaveLength(2);
  });

  it('keeps the newest answer when an older one arrives last', async () => {
    const answers: ((value: Result<DeliveryDetail>) => void)[] = [];
    const core = fakeCore({
      'deliveries.get': () => new Promise<Result<DeliveryDetail>>((resolve) => answers.push(resolve)),
    });
    const store = createAppStore(core.connection.api);
    store.getState().watchDelivery(7);
    store.getState().watchedDeliveriesChanged({ deliveries: [{ id: 7, state: 'delivered' }] });
    await flush();
    answers[1]?.(detail(deliveryRow(7, { state: 'delivered' })));
    answers[0]?.(detail(deliveryRow(7, { state: 'pending' })));
    await flush();
    expect(store.getState().watchedDeliveries[7]?.state).toBe('delivered');
  });
});
