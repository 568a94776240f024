import { describe, expect, it } from 'vitest';
import { interruptedReason } from '../../../electron/core/engine/delivery-engine';
import { closeGraceMs } from '../../../electron/core/engine/delivery-system';
import { startReceiver, useReceivers } from '../delivery/receiver';
import { envelopeOf } from '../../support/envelope-of';
import { oloOrder } from '../../support/order-event';
import { partnerInput } from '../../support/partner-input';
import { useTestCores } from '../../support/test-core';
import { useTempDir } from '../../support/temp-dir';

useReceivers();
const open = useTestCores();
const newDir = useTempDir();

describe('closing while a partner hangs (quitting the app)', () => {
  it('closes within the grace period, spends no attempt, and sends again with the same id at the next start', async () => {
    let hang = true;
    const receiver = await startReceiver((_request, res) => {
      if (!hang) res.end('ok');
      // Otherwise never answers: the partner's 60 s timeout would hold the quit for a minute.
    });
    const dir = newDir();
    const core = open(undefined, dir);
    await core.value('partners.create', partnerInput({ url: receiver.url, timeoutSeconds: 60 }));
    core.delivery.publish([oloOrder(7)]);
    await receiver.nextRequest();

    const started = performance.now();
    await core.close();
    const took = performance.now() - started;
    expect(took).toBeGreaterThanOrEqual(closeGraceMs - 50);
    expect(took).toBeLessThan(closeGraceMs + 1_500);

    hang = false;
    const again = open(undefined, dir);
    const [row] = (await again.value('deliveries.list', { filter: {} })).items;
    expect(row).toMatchObject({ state: 'pending', attempts: 0, lastReason: interruptedReason });
    await again.idle();
    expect(receiver.requests).toHaveLength(2);
    expect(envelopeOf(receiver.requests[1]?.body).id).toBe(envelopeOf(receiver.requests[0]?.body).id);
    expect((await again.value('deliveries.list', { filter: {} })).items[0]).toMatchObject({
      state: 'delivered',
      attempts: 1,
    });
  });
});
