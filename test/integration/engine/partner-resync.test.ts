import type { ServerResponse } from 'node:http';
import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import type { ResyncProgress } from '../../../shared/domain/partner-resync';
import { checkPayloadOf } from '../../../electron/core/domain/payloads/check-payload';
import { menuPayloadOf } from '../../../electron/core/domain/payloads/menu-payload';
import { storePayloadOf } from '../../../electron/core/domain/payloads/store-payload';
import { envelopeOf } from '../../support/envelope-of';
import { useTestCores, type TestCore } from '../../support/test-core';
import { createEventValidator } from '../../tools/event-validator';
import { startReceiver, useReceivers, type Receiver } from '../delivery/receiver';
import { line, openCheck, orderHooks, partner } from '../domain/domain-fixtures';

useReceivers();
const open = useTestCores();

const everything = ['store.updated', 'menu.hours.updated', 'menu.updated', 'order.created', 'order.closed'] as const;

/** Resolves with the resync's last report once it is no longer running. */
function resyncEnded(core: TestCore, partnerId: string): Promise<ResyncProgress> {
  return new Promise((resolve) => {
    const stop = core.subscribe((event, payload) => {
      const progress = payload as ResyncProgress;
      if (event === 'partners.resyncProgress' && progress.partnerId === partnerId && progress.state !== 'running') {
        stop();
        resolve(progress);
      }
    });
  });
}

/** Resolves with the first report that `accept`s. */
function resyncReport(core: TestCore, accept: (progress: ResyncProgress) => boolean): Promise<ResyncProgress> {
  return new Promise((resolve) => {
    const stop = core.subscribe((event, payload) => {
      if (event === 'partners.resyncProgress' && accept(payload as ResyncProgress)) {
        stop();
        resolve(payload as ResyncProgress);
      }
    });
  });
}

/** Rows in the event and delivery tables: a refused request must add neither. */
function stored(core: TestCore): { events: number; deliveries: number } {
  const count = (table: string): number =>
    (core.delivery.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  return { events: count('events'), deliveries: count('deliveries') };
}

/** A core with the sample restaurant, two open checks (one at a table), one closed; then a quiet queue. */
async function restaurant(core: TestCore): Promise<void> {
  const first = await core.value('checks.open', openCheck({ table: '12' }));
  await core.value('checks.addLine', { checkId: first.id, ...line('itm_margherita', ['opt_margherita_1_2'], 2) });
  const closed = await core.value('checks.open', openCheck());
  await core.value('checks.close', { checkId: closed.id });
  await core.value('checks.open', openCheck({ source: 'pos' }));
  await core.idle();
}

/** A receiver that holds every answer until the test lets it go. */
async function holdingReceiver(): Promise<{ receiver: Receiver; release: () => void }> {
  const held: ServerResponse[] = [];
  let releasing = false;
  const receiver = await startReceiver((_request, res) => {
    if (releasing) res.end();
    else held.push(res);
  });
  return {
    receiver,
    release: () => {
      releasing = true;
      for (const res of held.splice(0)) res.end();
    },
  };
}

describe('Send current state (#14 point 3)', () => {
  it('sends one partner the whole snapshot in order — store, menu hours, menus, open checks — signed and marked resync; nobody else hears', async () => {
    const receiver = await startReceiver((_request, res) => res.end());
    const core = open({}, undefined, { samplePartner: false });
    const { partner: target, signingSecret } = await core.value('partners.create', {
      ...partner(receiver, 'deliveroo', [...everything]),
      signingSecret: 'generate',
    });
    await core.value('partners.create', partner(receiver, 'other', [...everything]));
    await core.value('orderHooks.save', orderHooks(receiver, { thirdOrderActive: true }));
    await restaurant(core);
    receiver.requests.length = 0;

    const plan = await core.value('partners.resyncPlan', { id: target.id });
    const menus = await core.value('menus.list', {});
    expect(plan).toMatchObject({
      partnerName: 'deliveroo',
      counts: { store: 1, menuHours: menus.length, menu: menus.length, openCheck: 2 },
      total: 1 + 2 * menus.length + 2,
      notSubscribed: [],
      running: null,
    });

    const ended = resyncEnded(core, target.id);
    const started = await core.value('partners.resync', { id: target.id });
    expect(started).toMatchObject({ state: 'running', total: plan.total, partnerName: 'deliveroo' });
    const summary = await ended;
    await core.idle();
    expect(summary).toMatchObject({ state: 'finished', total: plan.total, queued: plan.total, delivered: plan.total });
    expect(summary.missed).toEqual([]);

    // Only the one partner heard, and in the order the resync sent.
    expect(receiver.requests.every((r) => r.url === '/deliveroo')).toBe(true);
    const envelopes = receiver.requests.map((r) => envelopeOf(r.body) as ReturnType<typeof envelopeOf> & object);
    const store = await core.value('store.get', {});
    const wholeMenus = await Promise.all(menus.map((m) => core.value('menus.get', { id: m.id })));
    const openChecks = (await core.value('checks.list', { status: 'open', limit: 100 })).reverse();
    expect(envelopes.map((e) => [e.type, e.data])).toEqual([
      ['store.updated', { store: storePayloadOf(store), changes: [] }],
      ...wholeMenus.map((m) => ['menu.hours.updated', { menu_id: m.id, name: m.name, hours: m.hours }]),
      ...wholeMenus.map((m) => ['menu.updated', { menu: menuPayloadOf(m) }]),
      ...openChecks.map((c) => ['order.created', { check: checkPayloadOf(c) }]),
    ]);

    const validate = createEventValidator();
    const verifier = new Webhook(signingSecret ?? '');
    for (const request of receiver.requests) {
      const body = JSON.parse(request.body) as Record<string, unknown>;
      expect(body.resync).toBe(true);
      expect(Object.keys(body)).toEqual(['id', 'type', 'timestamp', 'store_id', 'sequence', 'resync', 'data']);
      expect(validate(body)).toEqual([]);
      expect(verifier.verify(request.body, request.headers)).toMatchObject({ resync: true });
    }
    // Fresh ids, and each resource's sequence goes on from its last ordinary event.
    expect(new Set(envelopes.map((e) => e.id)).size).toBe(envelopes.length);
    const firstCheck = envelopes.find((e) => e.data.check?.id === openChecks[0]?.id);
    expect(firstCheck?.sequence).toBe(3); // order.created, order.updated, then the resync

    // The log says what they were, and its search finds them.
    const page = await core.value('deliveries.list', { filter: { text: 'Resync' } });
    expect(page.items).toHaveLength(plan.total);
    expect(page.items.every((row) => row.summary.startsWith('Resync · ') && row.destinationName === 'deliveroo')).toBe(
      true,
    );
  });

  it('sends only what the partner subscribes to, and says which kinds it leaves out', async () => {
    const receiver = await startReceiver((_request, res) => res.end());
    const core = open({}, undefined, { samplePartner: false });
    const { partner: target } = await core.value(
      'partners.create',
      partner(receiver, 'menus-only', ['menu.updated', 'order.closed']),
    );
    await restaurant(core);
    receiver.requests.length = 0;

    const plan = await core.value('partners.resyncPlan', { id: target.id });
    expect(plan.notSubscribed).toEqual(['store', 'menuHours', 'openCheck']);
    expect(plan.counts).toMatchObject({ store: 0, menuHours: 0, openCheck: 0 });
    const ended = resyncEnded(core, target.id);
    await core.value('partners.resync', { id: target.id });
    expect(await ended).toMatchObject({ state: 'finished', delivered: plan.counts.menu });
    await core.idle();
    expect(new Set(receiver.requests.map((r) => envelopeOf(r.body).type))).toEqual(new Set(['menu.updated']));
  });

  it('Cancel while the partner is slow stops the rest; the one already queued still arrives', async () => {
    const { receiver, release } = await holdingReceiver();
    const core = open({}, undefined, { samplePartner: false });
    await restaurant(core);
    const { partner: target } = await core.value('partners.create', partner(receiver, 'slow', [...everything]));

    const ended = resyncEnded(core, target.id);
    const firstArrived = receiver.nextRequest();
    const started = await core.value('partners.resync', { id: target.id });
    expect(envelopeOf((await firstArrived).body).type).toBe('store.updated');
    const cancelled = await core.value('partners.cancelResync', { id: target.id });
    expect(cancelled).toMatchObject({ state: 'cancelled', queued: 1 });
    const summary = await ended;
    expect(summary).toMatchObject({ jobId: started.jobId, state: 'cancelled', queued: 1, delivered: 0 });

    release();
    await core.idle();
    expect(receiver.requests.map((r) => envelopeOf(r.body).type)).toEqual(['store.updated']);
    expect((await core.value('partners.resyncPlan', { id: target.id })).running).toBeNull();
  });

  it('refuses a second resync while one runs, an unknown or disabled partner and bad input, changing nothing', async () => {
    const { receiver, release } = await holdingReceiver();
    const core = open({}, undefined, { samplePartner: false });
    await restaurant(core);
    const { partner: target } = await core.value('partners.create', partner(receiver, 'busy', [...everything]));
    const { partner: disabled } = await core.value('partners.create', {
      ...partner(receiver, 'off', [...everything]),
      enabled: false,
    });
    const { partner: nothing } = await core.value('partners.create', partner(receiver, 'tests-only', ['webhook.test']));
    const firstArrived = receiver.nextRequest();
    await core.value('partners.resync', { id: target.id });
    await firstArrived;
    const before = stored(core);

    expect(await core.call('partners.resync', { id: target.id })).toEqual({
      ok: false,
      error: {
        code: 'validation_failed',
        message: 'busy is already being sent its current state; wait for it to finish or cancel it.',
        issues: [{ path: 'id', message: expect.stringContaining('already') as string }],
      },
    });
    expect(await core.call('partners.resync', { id: disabled.id })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', message: 'off is disabled: enable it on this page first.' },
    });
    expect(await core.call('partners.resync', { id: nothing.id })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', message: expect.stringContaining('no current state to send') as string },
    });
    expect(await core.call('partners.resync', { id: 'no-such-partner' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringMatching(/^That partner was not found/) as string },
    });
    expect(await core.call('partners.cancelResync', { id: disabled.id })).toMatchObject({
      ok: false,
      error: { code: 'validation_failed', message: 'off is not being sent its current state.' },
    });
    for (const input of [{}, { id: '' }, { id: 7 }, { id: target.id, extra: true }, null]) {
      expect(await core.call('partners.resync', input as never), JSON.stringify(input)).toMatchObject({
        ok: false,
        error: { code: 'validation_failed' },
      });
    }
    expect(stored(core)).toEqual(before);
    expect((await core.value('partners.resyncPlan', { id: target.id })).running).toMatchObject({ queued: 1 });

    const ended = resyncEnded(core, target.id);
    release();
    expect(await ended).toMatchObject({ state: 'finished' });
  });

  it('waits offline and goes on when the connection is back; names what did not arrive; stops when the partner is disabled', async () => {
    const receiver = await startReceiver((request, res) => {
      // This partner rejects menu hours: they are given up (no retries in this test) and named.
      res.statusCode = envelopeOf(request.body).type === 'menu.hours.updated' ? 422 : 200;
      res.end();
    });
    const core = open({ engine: { retryScheduleMs: [] } }, undefined, { samplePartner: false });
    const { partner: target } = await core.value('partners.create', partner(receiver, 'picky', [...everything]));
    await restaurant(core);
    receiver.requests.length = 0;
    const plan = await core.value('partners.resyncPlan', { id: target.id });

    core.connectivity.set(false);
    const waiting = resyncReport(core, (p) => p.waiting !== null);
    const ended = resyncEnded(core, target.id);
    await core.value('partners.resync', { id: target.id });
    expect(await waiting).toMatchObject({
      queued: 1,
      delivered: 0,
      waiting: 'Offline: the rest are sent when the connection is back.',
    });
    expect(receiver.requests).toHaveLength(0);
    core.connectivity.set(true);
    const summary = await ended;
    expect(summary).toMatchObject({
      state: 'finished',
      delivered: plan.total - plan.counts.menuHours,
      waiting: null,
    });
    expect(plan.counts.menuHours).toBeGreaterThan(0);
    expect(summary.missed.map((m) => m.eventType)).toEqual(Array(plan.counts.menuHours).fill('menu.hours.updated'));
    expect(summary.missed[0]?.summary).toMatch(/^Resync · .+ hours$/);

    // Disabled midway: nothing more is queued, and the report says why.
    const { receiver: slow, release } = await holdingReceiver();
    await core.value('partners.update', { id: target.id, ...partner(slow, 'picky', [...everything]) });
    const stopped = resyncEnded(core, target.id);
    const first = slow.nextRequest();
    await core.value('partners.resync', { id: target.id });
    await first;
    await core.value('partners.setEnabled', { id: target.id, enabled: false });
    expect(await stopped).toMatchObject({ state: 'stopped', stoppedReason: 'picky was disabled.', queued: 1 });
    release();
    expect(slow.requests).toHaveLength(1);
  });
});
