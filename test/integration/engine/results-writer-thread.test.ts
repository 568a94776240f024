import { afterEach, describe, expect, it, vi } from 'vitest';
import { DeliveryStore } from '../../../electron/core/engine/delivery-store';
import type { Logger } from '../../../electron/core/ports';
import { startReceiver, useReceivers } from '../delivery/receiver';
import { envelopeOf } from '../../support/envelope-of';
import { oloOrder } from '../../support/order-event';
import { partnerInput } from '../../support/partner-input';
import { sourceResultsWriter } from '../../support/results-writer';
import { useTestCores } from '../../support/test-core';
import { useTempDir } from '../../support/temp-dir';

useReceivers();
const open = useTestCores();
const newDir = useTempDir();
afterEach(() => {
  vi.restoreAllMocks();
});

function recordingLogger(): Logger & { errors: string[] } {
  const errors: string[] = [];
  return { errors, info: () => undefined, warn: () => undefined, error: (message) => void errors.push(message) };
}

describe('delivery results written on their own thread (as the app does)', () => {
  it('writes every result through the thread’s own connection, to disk, and the main thread writes none', async () => {
    const onMainThread = vi.spyOn(DeliveryStore.prototype, 'record');
    const receiver = await startReceiver((_request, res) => res.end('ok'));
    const dir = newDir();
    const core = open(undefined, dir, { resultsWriter: sourceResultsWriter });
    await core.value('partners.create', partnerInput({ url: receiver.url }));
    core.delivery.publish(Array.from({ length: 40 }, (_, i) => oloOrder(i + 1)));
    await core.idle();
    expect(receiver.requests).toHaveLength(40);
    expect(onMainThread).not.toHaveBeenCalled();
    await core.close();

    // Another process's view of the file: everything delivered, once, with its attempt.
    const again = open(undefined, dir);
    const { items } = await again.value('deliveries.list', { filter: {} });
    expect(items).toHaveLength(40);
    expect(items.every((d) => d.state === 'delivered' && d.attempts === 1)).toBe(true);
    await again.idle();
    expect(receiver.requests).toHaveLength(40);
  });

  it('a thread that dies: its batch is kept and written on the main thread, nothing is sent twice, and it is said once', async () => {
    const receiver = await startReceiver((_request, res) => res.end('ok'));
    const logger = recordingLogger();
    const core = open(undefined, undefined, {
      resultsWriter: { url: new URL('../../support/record-writer-dies.mjs', import.meta.url) },
      logger,
    });
    await core.value('partners.create', partnerInput({ url: receiver.url }));
    core.delivery.publish(Array.from({ length: 5 }, (_, i) => oloOrder(i + 1)));
    await core.idle();
    core.delivery.publish([oloOrder(6)]);
    await core.idle();

    const { items } = await core.value('deliveries.list', { filter: {} });
    expect(items.map((d) => d.state)).toEqual(Array(6).fill('delivered'));
    expect(receiver.requests).toHaveLength(6);
    expect(new Set(receiver.requests.map((r) => envelopeOf(r.body).id)).size).toBe(6);
    expect(logger.errors.filter((m) => m.startsWith('the results writer thread stopped'))).toHaveLength(1);
  });
});
