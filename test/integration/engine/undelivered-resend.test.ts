import { disabledReason } from '../../../electron/core/engine/destination-directory';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import type { NewEvent } from '../../../electron/core/outbox/outbox';
import {
  undeliveredCount,
  type DeliveryFilter,
  type DeliveryRow,
  type ResendProgress,
} from '../../../shared/domain/deliveries';
import { startReceiver, useReceivers } from '../delivery/receiver';
import { partnerInput } from '../../support/partner-input';
import { useTestCores, type TestCore } from '../../support/test-core';

useReceivers();
const open = useTestCores();

const check = (n: number): NewEvent => ({
  type: 'order.created',
  resource: { type: 'order', id: `chk_${n}` },
  summary: `Check #${n}`,
  data: { number: n },
  routing: { orderSource: 'olo' },
});

/** Resolves with the job's last progress report (finished or cancelled). */
function jobEnd(core: TestCore, jobId: string): Promise<ResendProgress> {
  const ended = core.pushed.find(
    (p) => p.event === 'deliveries.resendProgress' && (p.payload as ResendProgress).jobId === jobId,
  );
  if (ended && (ended.payload as ResendProgress).state !== 'running') return Promise.resolve(ended.payload as never);
  return new Promise((resolve) => {
    const stop = core.subscribe((event, payload) => {
      const progress = payload as ResendProgress;
      if (event === 'deliveries.resendProgress' && progress.jobId === jobId && progress.state !== 'running') {
        stop();
        resolve(progress);
      }
    });
  });
}

/** A loopback port nothing listens on: connecting is refused at once. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/hooks`;
}

const rowOf = async (core: TestCore, id: number): Promise<DeliveryRow> =>
  (await core.value('deliveries.get', { id })).delivery;

const at = (core: TestCore, ms: number): string => new Date(core.clock.now().getTime() + ms).toISOString();

describe('sending every undelivered webhook again after a partner outage (#9)', () => {
  it('covers failed and retrying ones, and its total is what the state chips count for the same filter', async () => {
    let healthy = false;
    const bad = await startReceiver((_r, res) => {
      res.statusCode = healthy ? 200 : 500;
      res.end();
    });
    const good = await startReceiver((_r, res) => res.end());
    const core = open({ engine: { retryScheduleMs: [60_000] } });
    const { partner: down } = await core.value('partners.create', partnerInput({ name: 'Down', url: bad.url }));
    await core.value('partners.create', partnerInput({ name: 'Fine', url: good.url }));
    const downId = `partner:${down.id}`;

    // Three give up (two failed attempts, the schedule is one retry long)…
    core.delivery.publish([check(1), check(2), check(3)]);
    await core.idle();
    core.clock.advance(60_000);
    core.delivery.engine.notify();
    await core.idle();
    // …and two are retrying, a minute away.
    core.delivery.publish([check(4), check(5)]);
    await core.idle();
    const chips = (filter: DeliveryFilter) =>
      core.value('deliveries.count', { filter: { ...filter, states: undefined } });
    expect((await chips({ destinationIds: [downId] })).byState).toMatchObject({ failed: 3, retrying: 2 });

    // The same filters the screen may hold: the job's total is the chips' undelivered count.
    const filters: DeliveryFilter[] = [
      {},
      { destinationIds: [downId] },
      { states: ['failed'] },
      { states: ['retrying'], destinationIds: [downId] },
      { states: ['retrying', 'delivered'] },
      { text: 'Check #4' },
      { states: ['delivered'] },
    ];
    const totals: number[] = [];
    for (const filter of filters) {
      const counted = undeliveredCount(await chips(filter), filter.states);
      const started = await core.value('deliveries.resendUndelivered', { filter });
      expect(started.total).toBe(counted);
      totals.push(started.total);
      await jobEnd(core, started.jobId);
      await core.idle();
    }
    expect(totals).toEqual([5, 5, 3, 2, 2, 1, 0]);
    // Still down: the failed stay failed, the retrying still retry.
    expect((await chips({ destinationIds: [downId] })).byState).toMatchObject({ failed: 3, retrying: 2 });

    healthy = true;
    const firstIds = new Set(bad.requests.map((r) => r.headers['webhook-id']));
    expect(firstIds.size).toBe(5);
    const started = await core.value('deliveries.resendUndelivered', { filter: { destinationIds: [downId] } });
    expect(await jobEnd(core, started.jobId)).toMatchObject({ done: 5, total: 5, state: 'finished' });
    await core.idle();
    expect((await chips({ destinationIds: [downId] })).byState).toMatchObject({ delivered: 5, failed: 0, retrying: 0 });
    expect(new Set(bad.requests.slice(-5).map((r) => r.headers['webhook-id']))).toEqual(firstIds);
    expect(good.requests).toHaveLength(5);
  });

  it('"since…" covers retrying ones too', async () => {
    let healthy = false;
    const receiver = await startReceiver((_r, res) => {
      res.statusCode = healthy ? 200 : 503;
      res.end();
    });
    const core = open({ engine: { retryScheduleMs: [3_600_000] } });
    await core.value('partners.create', partnerInput({ url: receiver.url }));
    const since = at(core, -1_000);
    core.delivery.publish([check(1), check(2)]);
    await core.idle();
    expect((await core.value('deliveries.count', { filter: {} })).byState.retrying).toBe(2);

    healthy = true;
    const started = await core.value('deliveries.resendUndeliveredSince', { since });
    expect(started.total).toBe(2);
    await jobEnd(core, started.jobId);
    await core.idle();
    expect((await core.value('deliveries.count', { filter: {} })).byState.delivered).toBe(2);
    // Nothing undelivered is left from before `since` either: a later time finds nothing.
    expect(await core.value('deliveries.resendUndeliveredSince', { since: at(core, 1_000) })).toMatchObject({
      total: 0,
    });
  });

  it('a failed resend of a retrying delivery keeps its schedule: the same next time, no step spent', async () => {
    let answer: { status: number; retryAfter?: string } = { status: 500 };
    const receiver = await startReceiver((_r, res) => {
      res.writeHead(answer.status, answer.retryAfter ? { 'Retry-After': answer.retryAfter } : {}).end();
    });
    const core = open({ engine: { retryScheduleMs: [0, 5_000, 300_000] } });
    await core.value('partners.create', partnerInput({ url: receiver.url }));
    core.delivery.publish([check(1)]);
    await core.idle();
    const [first] = (await core.value('deliveries.list', { filter: {} })).items;
    const id = first?.id ?? 0;
    // The first attempt and the immediate retry failed; the next is due in 5 s.
    const dueAt = at(core, 5_000);
    expect(first).toMatchObject({ state: 'retrying', attempts: 2, nextAttemptAt: dueAt });

    core.clock.advance(1_000);
    await core.value('deliveries.resend', { id });
    await core.idle();
    expect(await rowOf(core, id)).toMatchObject({ state: 'retrying', attempts: 3, nextAttemptAt: dueAt });
    expect((await core.value('deliveries.get', { id })).attempts.map((a) => a.manual)).toEqual([false, false, true]);

    // The automatic attempt comes when it was due, and is the schedule's third: 5 min next, not "give up".
    core.clock.advance(4_000);
    core.delivery.engine.notify();
    await core.idle();
    expect(await rowOf(core, id)).toMatchObject({ state: 'retrying', attempts: 4, nextAttemptAt: at(core, 300_000) });

    // A partner's Retry-After on the manual try may push the next automatic attempt later, never sooner.
    answer = { status: 429, retryAfter: '1200' };
    await core.value('deliveries.resend', { id });
    await core.idle();
    expect(await rowOf(core, id)).toMatchObject({ state: 'retrying', attempts: 5, nextAttemptAt: at(core, 1_200_000) });
    expect(receiver.requests).toHaveLength(5);
    expect(new Set(receiver.requests.map((r) => r.headers['webhook-id'])).size).toBe(1);
  });

  it('a failed resend of a failed delivery stays failed: it has no schedule to go back to', async () => {
    const receiver = await startReceiver((_r, res) => {
      res.statusCode = 500;
      res.end();
    });
    const core = open({ engine: { retryScheduleMs: [] } });
    await core.value('partners.create', partnerInput({ url: receiver.url }));
    core.delivery.publish([check(1)]);
    await core.idle();
    const [row] = (await core.value('deliveries.list', { filter: {} })).items;
    expect(row).toMatchObject({ state: 'failed', attempts: 1 });
    await core.value('deliveries.resend', { id: row?.id ?? 0 });
    await core.idle();
    expect(await rowOf(core, row?.id ?? 0)).toMatchObject({ state: 'failed', attempts: 2, nextAttemptAt: null });
  });

  it("a delivery's status, latency and reason are its latest attempt's; waiting says why, then gives them back", async () => {
    const receiver = await startReceiver((_r, res) => {
      res.statusCode = 500;
      res.end();
    });
    const core = open({ engine: { retryScheduleMs: [60_000, 60_000] } });
    const input = partnerInput({ url: receiver.url });
    const { partner } = await core.value('partners.create', input);
    core.delivery.publish([check(1)]);
    await core.idle();
    const [row] = (await core.value('deliveries.list', { filter: {} })).items;
    const id = row?.id ?? 0;
    expect(row).toMatchObject({ state: 'retrying', lastStatus: 500 });
    const serverError = row?.lastReason ?? '';
    expect(serverError).toMatch(/^500/);

    // A queued resend is not a reason: the row still says why the last attempt failed.
    core.connectivity.set(false);
    await core.value('deliveries.resend', { id });
    expect(await rowOf(core, id)).toMatchObject({ state: 'pending', lastReason: serverError });

    // The next attempt is refused: no status now, and not the 500 of before.
    await core.value('partners.update', { id: partner.id, ...input, url: await closedPortUrl() });
    core.connectivity.set(true);
    await core.idle();
    const refused = await rowOf(core, id);
    expect(refused).toMatchObject({ state: 'retrying', attempts: 2, lastStatus: null });
    expect(refused.lastReason).toMatch(/refused the connection/);

    // Paused, it says why it waits; resumed, the latest attempt's reason is back.
    await core.value('partners.setEnabled', { id: partner.id, enabled: false });
    expect(await rowOf(core, id)).toMatchObject({ state: 'paused', lastReason: disabledReason });
    core.connectivity.set(false);
    await core.value('partners.setEnabled', { id: partner.id, enabled: true });
    expect(await rowOf(core, id)).toMatchObject({ state: 'pending', lastReason: refused.lastReason });
  });
});

describe('cancelling a bulk resend (#10)', () => {
  it('stops a running job, and answers not_found once the job has ended', async () => {
    const receiver = await startReceiver((_req, res) => res.end());
    const core = open();
    await core.value('partners.create', partnerInput({ url: receiver.url }));
    core.delivery.publish([check(1), check(2), check(3)]);
    await core.idle();

    const started = await core.value('deliveries.resendMatching', { filter: {} });
    const ended = jobEnd(core, started.jobId);
    // Cancelled before its first batch: nothing is queued again.
    expect(await core.call('deliveries.cancelResend', { jobId: started.jobId })).toEqual({
      ok: true,
      value: { jobId: started.jobId },
    });
    expect(await ended).toMatchObject({ state: 'cancelled', done: 0, total: started.total });
    expect(await core.call('deliveries.cancelResend', { jobId: started.jobId })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
