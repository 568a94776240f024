import { describe, expect, it } from 'vitest';
import { lateOrderWhat } from '../../../shared/domain/order-deadlines';
import { startReceiver, useReceivers } from '../delivery/receiver';
import { partnerInput } from '../../support/partner-input';
import { useTestCores, type TestCore } from '../../support/test-core';
import { useTempDir } from '../../support/temp-dir';

useReceivers();
const open = useTestCores();
const newDir = useTempDir();
const minuteMs = 60_000;

/** A receiver that refuses with 503 until `recover()`: the partner's outage, on a real socket. */
async function outage() {
  let down = true;
  const receiver = await startReceiver((_request, res) => {
    res.statusCode = down ? 503 : 200;
    res.end();
  });
  return { receiver, recover: () => (down = false) };
}

async function openOrder(core: TestCore): Promise<number> {
  const check = await core.value('checks.open', { source: 'olo', table: '12', guests: 2, notes: '', lines: [] });
  await core.idle();
  return check.number;
}

/** Moves the core's clock on and lets the watcher look, as its timer would. */
function later(core: TestCore, ms: number): void {
  core.clock.advance(ms);
  core.deadlines.check();
}

describe('order deadlines with a real receiver and SQLite', () => {
  it('an order the partner refuses goes late after its five minutes, with the check number and the reason', async () => {
    const { receiver } = await outage();
    const core = open();
    await core.value('partners.create', partnerInput({ name: 'Deliveroo', url: receiver.url }));
    const number = await openOrder(core);
    expect(receiver.requests.length).toBeGreaterThan(0);

    later(core, 5 * minuteMs - 1);
    expect(await core.value('deliveries.lateOrders', {})).toEqual([]);

    later(core, 1);
    const [late, ...rest] = await core.value('deliveries.lateOrders', {});
    expect(rest).toEqual([]);
    expect(late).toMatchObject({ destinationName: 'Deliveroo', eventType: 'order.created', checkNumber: number });
    expect(late?.lastReason).toMatch(/^503/);
    expect(lateOrderWhat(late ?? { eventType: '', checkNumber: null })).toBe(`has not received order #${number}`);
    // Every window hears it, with the whole list.
    const pushed = core.pushed.filter((p) => p.event === 'deliveries.lateOrders').at(-1);
    expect(pushed?.payload).toEqual({ orders: [late] });
  });

  it("uses the partner's own deadline, and the same defaults for the Order Webhooks hooks", async () => {
    const { receiver } = await outage();
    const core = open();
    await core.value('partners.create', {
      ...partnerInput({ name: 'Slow partner', url: receiver.url }),
      orderDeadlines: { createdMinutes: 20, otherMinutes: 30 },
    });
    await core.value('orderHooks.save', {
      requestHeader: { apiKey: '', value: { action: 'keep' } },
      openOrder: { url: `${receiver.url}/open`, enabled: true },
      updateOrder: { url: '', enabled: false },
      closeOrder: { url: '', enabled: false },
      thirdOrderActive: false,
    });
    await openOrder(core);

    later(core, 5 * minuteMs);
    expect((await core.value('deliveries.lateOrders', {})).map((o) => o.destinationName)).toEqual([
      'Open Order Web Hooks',
    ]);
    later(core, 15 * minuteMs);
    expect((await core.value('deliveries.lateOrders', {})).map((o) => o.destinationName).sort()).toEqual([
      'Open Order Web Hooks',
      'Slow partner',
    ]);
  });

  it('retry now delivers once the receiver recovers, and the alert goes', async () => {
    const { receiver, recover } = await outage();
    const core = open();
    await core.value('partners.create', partnerInput({ name: 'Deliveroo', url: receiver.url }));
    await openOrder(core);
    later(core, 6 * minuteMs);
    const [late] = await core.value('deliveries.lateOrders', {});
    expect(late).toBeDefined();

    recover();
    await core.value('deliveries.resend', { id: late?.deliveryId ?? 0 });
    await core.idle();
    expect((await core.value('deliveries.get', { id: late?.deliveryId ?? 0 })).delivery.state).toBe('delivered');
    core.deadlines.check();
    expect(await core.value('deliveries.lateOrders', {})).toEqual([]);
    expect(core.pushed.filter((p) => p.event === 'deliveries.lateOrders').at(-1)?.payload).toEqual({ orders: [] });
  });

  it('handled by phone: the alert goes, the webhook stops, and both hold after a restart on the same folder', async () => {
    const { receiver } = await outage();
    const dir = newDir();
    const core = open({}, dir);
    await core.value('partners.create', partnerInput({ name: 'Deliveroo', url: receiver.url }));
    await openOrder(core);
    await openOrder(core);
    later(core, 6 * minuteMs);
    const [first, second] = await core.value('deliveries.lateOrders', {});
    expect(second).toBeDefined();

    const left = await core.value('deliveries.markHandled', { deliveryId: first?.deliveryId ?? 0, by: 'Anna' });
    expect(left.map((o) => o.deliveryId)).toEqual([second?.deliveryId]);
    const stopped = (await core.value('deliveries.get', { id: first?.deliveryId ?? 0 })).delivery;
    expect(stopped).toMatchObject({ state: 'failed', nextAttemptAt: null });
    expect(stopped.lastReason).toMatch(/Handled by phone by Anna/);
    const tries = receiver.requests.length;
    const at = core.clock.now().toISOString();
    await core.close();

    // The PC was off for an hour: the other order is still late at once, the handled one stays handled.
    const reopened = open({}, dir, { clock: { now: () => new Date(Date.parse(at) + 60 * minuteMs) } });
    await reopened.ready;
    expect((await reopened.value('deliveries.lateOrders', {})).map((o) => o.deliveryId)).toEqual([second?.deliveryId]);
    await reopened.idle();
    // Only the unhandled one was tried again after the restart.
    const triedAgain = new Set(receiver.requests.slice(tries).map((r) => r.headers['webhook-id']));
    expect([...triedAgain]).toEqual([
      (await reopened.value('deliveries.get', { id: second?.deliveryId ?? 0 })).delivery.eventId,
    ]);
  });

  it('handled by phone stays out of "send everything undelivered"; resending it by hand still sends it', async () => {
    const { receiver, recover } = await outage();
    const core = open();
    await core.value('partners.create', partnerInput({ name: 'Deliveroo', url: receiver.url }));
    await openOrder(core);
    await openOrder(core);
    later(core, 6 * minuteMs);
    const [handled, other] = await core.value('deliveries.lateOrders', {});
    await core.value('deliveries.markHandled', { deliveryId: handled?.deliveryId ?? 0, by: 'Anna' });
    const eventOf = async (id: number | undefined) =>
      (await core.value('deliveries.get', { id: id ?? 0 })).delivery.eventId;

    // The partner is back; the morning's "send everything undelivered since …".
    recover();
    const tries = receiver.requests.length;
    await core.value('deliveries.resendUndeliveredSince', { since: new Date(0).toISOString() });
    await core.idle();
    const sent = receiver.requests.slice(tries).map((r) => r.headers['webhook-id']);
    expect(sent).toEqual([await eventOf(other?.deliveryId)]);
    expect((await core.value('deliveries.get', { id: handled?.deliveryId ?? 0 })).delivery.state).toBe('failed');

    // A person who means it resends that one delivery.
    await core.value('deliveries.resend', { id: handled?.deliveryId ?? 0 });
    await core.idle();
    expect(receiver.requests.at(-1)?.headers['webhook-id']).toBe(await eventOf(handled?.deliveryId));
  });

  it('refuses bad input in words and changes nothing', async () => {
    const core = open();
    const blank = await core.call('deliveries.markHandled', { deliveryId: 1, by: '  ' });
    expect(blank).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    expect(blank.ok ? '' : blank.error.issues?.[0]?.message).toBe('Say who phoned the partner.');
    const missing = await core.call('deliveries.markHandled', { deliveryId: 999_999, by: 'Anna' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
