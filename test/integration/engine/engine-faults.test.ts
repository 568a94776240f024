import { disabledReason } from '../../../electron/core/engine/destination-directory';
import { describe, expect, it } from 'vitest';
import { partnerInput } from '../../support/partner-input';
import { useTestCores } from '../../support/test-core';
import { startReceiver, useReceivers } from '../delivery/receiver';
import { oloOrder } from '../../support/order-event';

useReceivers();
const open = useTestCores();

describe('the engine against faults of a real database', () => {
  it('keeps results the database refuses to write (disk full), writes them later, and sends nothing twice', async () => {
    const receiver = await startReceiver((_request, res) => res.end());
    const core = open();
    await core.value('partners.create', partnerInput({ url: receiver.url }));
    // Every attempt row is refused, as a full disk refuses it.
    core.delivery.db.exec(`CREATE TRIGGER disk_full BEFORE INSERT ON attempts
      BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`);
    core.delivery.publish([oloOrder(1), oloOrder(2)]);
    await receiver.nextRequest();
    await receiver.nextRequest();
    // Sent, the result not on disk: shown as being sent, not claimed again, not lost.
    await expect
      .poll(async () => (await core.value('deliveries.list', { filter: {} })).items.map((r) => r.state))
      .toEqual(['sending', 'sending']);

    core.delivery.db.exec('DROP TRIGGER disk_full');
    await core.idle();
    expect((await core.value('deliveries.list', { filter: {} })).items.map((r) => r.state)).toEqual([
      'delivered',
      'delivered',
    ]);
    expect(core.delivery.engine.sendingIds().size).toBe(0);
    expect(receiver.requests).toHaveLength(2);
  });

  it('follows a settings change made anywhere, not only through a route: a disabled partner’s queue waits', async () => {
    const core = open();
    core.connectivity.set(false);
    const { partner } = await core.value('partners.create', partnerInput({ url: 'https://partner.example/hook' }));
    core.delivery.publish([oloOrder(1)]);
    core.settings.update((draft) => ({
      ...draft,
      partners: draft.partners.map((p) => (p.id === partner.id ? { ...p, enabled: false } : p)),
    }));
    const [row] = (await core.value('deliveries.list', { filter: {} })).items;
    expect(row).toMatchObject({ state: 'paused', lastReason: disabledReason });
  });

  it('gives up, with the reason, a resend whose payload the log no longer keeps, instead of sending it empty', async () => {
    const receiver = await startReceiver((_request, res) => res.end());
    const core = open();
    await core.value('partners.create', partnerInput({ url: receiver.url }));
    core.delivery.publish([oloOrder(1)]);
    await core.idle();
    const [delivered] = (await core.value('deliveries.list', { filter: {} })).items;
    // What retention does to a delivered event's payload after the retention period.
    core.delivery.db.exec('UPDATE events SET body = NULL');
    await core.value('deliveries.resend', { id: delivered?.id ?? 0 });
    await core.idle();
    const [row] = (await core.value('deliveries.list', { filter: {} })).items;
    expect(row).toMatchObject({
      state: 'failed',
      lastReason: expect.stringMatching(/payload is no longer kept/) as string,
    });
    expect(receiver.requests).toHaveLength(1);
  });
});
