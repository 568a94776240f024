import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { onHoldReason } from '../../../electron/core/engine/destination-directory';
import type { ReceivedEnvelope } from '../../support/envelope-of';
import { useTestCores, type TestCore } from '../../support/test-core';
import { useTempDir } from '../../support/temp-dir';
import { startReceiver, useReceivers, type Receiver } from '../delivery/receiver';
import { line, openCheck, partner, receivedAt } from '../domain/domain-fixtures';

useReceivers();
const open = useTestCores();
const newDir = useTempDir();

/** A partner hearing of menu changes and orders, on the receiver under /deliveroo. */
async function deliveroo(core: TestCore, receiver: Receiver): Promise<{ id: string; destinationId: string }> {
  const saved = await core.value(
    'partners.create',
    partner(receiver, 'deliveroo', [
      'menu.item.updated',
      'menu.updated',
      'order.created',
      'order.updated',
      'order.closed',
    ]),
  );
  return { id: saved.partner.id, destinationId: `partner:${saved.partner.id}` };
}

/** An evening's changes while held: the espresso's price three times over, and two checks from open to close. */
async function makeChanges(core: TestCore): Promise<string[]> {
  for (const price of [260, 270, 280])
    await core.value('menu.items.setPrice', { prices: [{ id: 'itm_espresso', price }] });
  const checks: string[] = [];
  for (const first of [line('itm_margherita', ['opt_margherita_1_2']), line('itm_peroni', ['opt_peroni_1_2'])]) {
    const check = await core.value('checks.open', openCheck({ lines: [first] }));
    await core.value('checks.addLine', { checkId: check.id, ...line('itm_margherita', ['opt_margherita_1_2']) });
    await core.value('checks.close', { checkId: check.id });
    checks.push(check.id);
  }
  return checks;
}

const checkIdOf = (envelope: ReceivedEnvelope): string | undefined =>
  (envelope.data.check as { id?: string } | undefined)?.id ?? (envelope.data.id as string | undefined);

/** What the partner must get on Release: every order event, in order per check; one espresso snapshot, the latest. */
function expectBacklogDelivered(received: ReceivedEnvelope[], checks: string[]): void {
  for (const check of checks) {
    const events = received.filter((e) => e.type.startsWith('order.') && checkIdOf(e) === check);
    expect(events.map((e) => e.type)).toEqual(['order.created', 'order.updated', 'order.closed']);
    expect(events.map((e) => e.sequence)).toEqual([1, 2, 3]);
  }
  const espresso = received.flatMap((e) => {
    const item = e.data.item as { id: string; price: { amount: number } } | undefined;
    return e.type === 'menu.item.updated' && item?.id === 'itm_espresso' ? [item.price.amount] : [];
  });
  expect(espresso).toEqual([280]);
  // The main menu's snapshot too: one, the latest (it lists the espresso at 2.80).
  const menus = received.filter((e) => e.type === 'menu.updated');
  expect(menus).toHaveLength(1);
  expect(JSON.stringify(menus[0]?.data)).toContain('"id":"itm_espresso"');
  // Nothing arrives twice.
  expect(new Set(received.map((e) => e.id)).size).toBe(received.length);
}

describe('holding a partner without dropping (#14 point 4)', () => {
  it('keeps every event while held, sends nothing, and on Release delivers the orders in order and only the latest snapshot', async () => {
    const receiver = await startReceiver((_req, res) => res.end('ok'));
    const core = open();
    const { id, destinationId } = await deliveroo(core, receiver);

    const held = await core.value('partners.hold', { id });
    expect(held.held).toBe(true);
    const checks = await makeChanges(core);
    await core.idle();
    expect(receiver.requests).toEqual([]);

    // The log shows them Held (not Paused), with the reason in words; the filter finds them.
    const counts = await core.value('deliveries.count', { filter: { destinationIds: [destinationId] } });
    expect(counts.byState).toMatchObject({ paused: 0, pending: 0, delivered: 0 });
    expect(counts.byState.held).toBeGreaterThanOrEqual(7);
    const heldRows = await core.value('deliveries.list', { filter: { states: ['held'] } });
    expect(heldRows.items).toHaveLength(counts.byState.held);
    expect(heldRows.items.every((row) => row.state === 'held' && row.attempts === 0)).toBe(true);
    expect(heldRows.items[0]?.lastReason).toBe(onHoldReason('deliveroo'));
    expect((await core.value('deliveries.list', { filter: { states: ['paused'] } })).items).toEqual([]);
    // Older espresso snapshots are superseded while held, as they would be while offline.
    expect(counts.byState.superseded).toBeGreaterThanOrEqual(2);

    // The status bar names it, with how many wait; they are not counted among the disabled or paused.
    const status = await core.value('system.status', {});
    expect(status).toMatchObject({
      queued: 0,
      held: 0,
      failingPartners: [],
      heldPartners: [{ id: destinationId, name: 'deliveroo', waiting: counts.byState.held }],
    });

    const released = await core.value('partners.release', { id });
    expect(released.held).toBe(false);
    await core.idle();
    const received = receivedAt(receiver, '/deliveroo');
    expect(received).toHaveLength(counts.byState.held);
    expectBacklogDelivered(received, checks);
    expect((await core.value('system.status', {})).heldPartners).toEqual([]);
  });

  it('keeps a partner held, and its backlog, across a restart of the app', async () => {
    const receiver = await startReceiver((_req, res) => res.end('ok'));
    const dir = newDir();
    const first = open({}, dir);
    const { id, destinationId } = await deliveroo(first, receiver);
    await first.value('partners.hold', { id });
    const checks = await makeChanges(first);
    const waiting = (await first.value('system.status', {})).heldPartners[0]?.waiting;
    expect(waiting).toBeGreaterThanOrEqual(7);
    await first.close();

    const second = open({}, dir);
    await second.ready;
    await second.idle();
    expect(receiver.requests).toEqual([]);
    expect((await second.value('partners.list', {})).find((p) => p.id === id)?.held).toBe(true);
    expect((await second.value('system.status', {})).heldPartners).toEqual([
      { id: destinationId, name: 'deliveroo', waiting },
    ]);

    await second.value('partners.release', { id });
    await second.idle();
    expectBacklogDelivered(receivedAt(receiver, '/deliveroo'), checks);
  });

  it('spends no retry while held and raises no failing alert; a release tries again where the schedule left off', async () => {
    let answer = 500;
    const receiver = await startReceiver((_req, res) => {
      res.statusCode = answer;
      res.end();
    });
    const core = open({ engine: { retryScheduleMs: [1_000, 1_000, 1_000, 1_000] } });
    const { id, destinationId } = await deliveroo(core, receiver);
    // Three failures in a row: failing, with the alert.
    for (let i = 0; i < 3; i++) await core.value('checks.open', openCheck());
    await core.idle();
    await expect.poll(async () => (await core.value('system.status', {})).failingPartners).toHaveLength(1);
    const triedBefore = receiver.requests.length;

    await core.value('partners.hold', { id });
    const alertsBefore = core.pushed.filter((p) => p.event === 'delivery.alert').length;
    // Long past every retry time: nothing is tried, nothing is spent, no alert is raised.
    core.clock.advance(60_000);
    core.delivery.engine.notify();
    await core.idle();
    expect(receiver.requests).toHaveLength(triedBefore);
    const rows = (await core.value('deliveries.list', { filter: { destinationIds: [destinationId] } })).items;
    expect(rows.map((row) => row.state)).toEqual(['held', 'held', 'held']);
    expect(rows.map((row) => row.attempts)).toEqual([1, 1, 1]);
    expect(core.pushed.filter((p) => p.event === 'delivery.alert')).toHaveLength(alertsBefore);
    // Held is said apart from failing: the operator chose it.
    expect(await core.value('system.status', {})).toMatchObject({
      failingPartners: [],
      heldPartners: [{ id: destinationId, waiting: 3 }],
    });

    answer = 200;
    await core.value('partners.release', { id });
    await core.idle();
    const after = (await core.value('deliveries.list', { filter: { destinationIds: [destinationId] } })).items;
    expect(after.map((row) => [row.state, row.attempts])).toEqual([
      ['delivered', 2],
      ['delivered', 2],
      ['delivered', 2],
    ]);
  });

  it('refuses an unknown partner, bad input and a disabled partner in words, and changes nothing', async () => {
    const dir = newDir();
    const receiver = await startReceiver((_req, res) => res.end('ok'));
    const core = open({}, dir);
    const { id } = await deliveroo(core, receiver);
    await core.value('partners.setEnabled', { id, enabled: false });
    const settingsBefore = readFileSync(join(dir, 'settings.json'), 'utf8');

    const unknown = await core.call('partners.hold', { id: 'no-such-partner' });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(!unknown.ok && unknown.error.message).toMatch(/partner/i);
    for (const input of [{ id: '' }, { id: 42 }, {}, { id, also: true }, { id: 'x'.repeat(65) }]) {
      const result = await core.call('partners.hold', input);
      expect(result).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
      expect(await core.call('partners.release', input as never)).toMatchObject({ ok: false });
    }
    const disabled = await core.call('partners.hold', { id });
    expect(disabled).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    expect(!disabled.ok && disabled.error.message).toBe(
      '“deliveroo” is disabled, so nothing is kept for it. Enable it first, then hold it.',
    );
    // Releasing one that is not held answers as it is.
    expect((await core.value('partners.release', { id })).held).toBe(false);

    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(settingsBefore);
    expect((await core.value('partners.list', {})).find((p) => p.id === id)).toMatchObject({
      enabled: false,
      held: false,
    });
  });
});
