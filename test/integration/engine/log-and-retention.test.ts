import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { NewEvent } from '../../../electron/core/outbox/outbox';
import type { ResendProgress } from '../../../shared/domain/deliveries';
import type { PartnerInput } from '../../../shared/domain/partners';
import { startReceiver, useReceivers } from '../delivery/receiver';
import { openTestCore, useTestCores } from '../../support/test-core';
import { useTempDir } from '../../support/temp-dir';
import { partnerInput } from '../../support/partner-input';

useReceivers();
const open = useTestCores();
const newDir = useTempDir();

const partner = (name: string, url: string): PartnerInput =>
  partnerInput({ name, url, eventTypes: ['order.created', 'menu.item.updated'], rateLimitPerSecond: 1000 });
const check = (n: number): NewEvent => ({
  type: 'order.created',
  resource: { type: 'order', id: `chk_${n}` },
  summary: `Check #${n} · Table ${n % 7}`,
  data: { number: n },
  routing: { orderSource: 'olo' },
});
const item = (name: string): NewEvent => ({
  type: 'menu.item.updated',
  resource: { type: 'item', id: name },
  summary: name,
  data: { name },
});

describe('the delivery log, resend jobs and retention', () => {
  it('filters by state, type, destination, text and time, pages by keyset and counts by state', async () => {
    const good = await startReceiver((_r, res) => res.end());
    const bad = await startReceiver((_r, res) => {
      res.statusCode = 500;
      res.end();
    });
    const core = open({ engine: { retryScheduleMs: [] } });
    const { partner: goodPartner } = await core.value('partners.create', partner('Good', good.url));
    await core.value('partners.create', partner('Bad', bad.url));
    core.delivery.publish([
      ...Array.from({ length: 25 }, (_, i) => check(1000 + i)),
      item('Margherita Pizza'),
      item('Caesar Salad'),
    ]);
    await core.idle();

    expect((await core.value('deliveries.count', { filter: {} })).total).toBe(54);
    expect(await core.value('deliveries.count', { filter: { states: ['failed'] } })).toMatchObject({ total: 27 });
    const goodOnly = await core.value('deliveries.count', {
      filter: { destinationIds: [`partner:${goodPartner.id}`] },
    });
    expect(goodOnly.byState).toMatchObject({ delivered: 27, failed: 0 });
    expect((await core.value('deliveries.count', { filter: { eventTypes: ['menu.item.updated'] } })).total).toBe(4);

    const pizza = await core.value('deliveries.list', { filter: { text: 'margh' } });
    expect(pizza.items.map((d) => d.summary)).toEqual(['Margherita Pizza', 'Margherita Pizza']);
    const byNumber = await core.value('deliveries.list', { filter: { text: '#1007' } });
    expect(byNumber.items.map((d) => d.summary)).toEqual(['Check #1007 · Table 6', 'Check #1007 · Table 6']);
    const byId = await core.value('deliveries.list', { filter: { text: byNumber.items[0]?.eventId ?? '' } });
    expect(byId.items).toHaveLength(2);
    expect((await core.value('deliveries.list', { filter: { text: '"*(' } })).items).toEqual([]);

    // Keyset pages: every row once, newest first, no overlaps.
    const seen: number[] = [];
    let cursor: string | undefined;
    do {
      const page = await core.value('deliveries.list', { filter: {}, cursor, limit: 10 });
      seen.push(...page.items.map((d) => d.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(54);
    expect([...seen].sort((a, b) => b - a)).toEqual(seen);

    const future = new Date(core.clock.now().getTime() + 60_000).toISOString();
    expect((await core.value('deliveries.count', { filter: { from: future } })).total).toBe(0);
    expect((await core.value('deliveries.count', { filter: { to: future } })).total).toBe(54);
  });

  it('resends everything failed matching a filter, with progress, keeping ids', async () => {
    let healthy = false;
    const receiver = await startReceiver((_r, res) => {
      res.statusCode = healthy ? 200 : 500;
      res.end();
    });
    const core = open({ engine: { retryScheduleMs: [] } });
    await core.value('partners.create', partner('Flaky', receiver.url));
    core.delivery.publish(Array.from({ length: 30 }, (_, i) => check(i)));
    await core.idle();
    const firstIds = new Set(receiver.requests.map((r) => r.headers['webhook-id']));
    expect(firstIds.size).toBe(30);

    healthy = true;
    const started = await core.value('deliveries.resendMatching', { filter: { states: ['failed'] } });
    expect(started).toMatchObject({ total: 30, done: 0, state: 'running' });
    const finished = new Promise<ResendProgress>((resolve) =>
      core?.subscribe((event, payload) => {
        if (event === 'deliveries.resendProgress' && (payload as ResendProgress).state !== 'running')
          resolve(payload as ResendProgress);
      }),
    );
    expect(await finished).toMatchObject({ jobId: started.jobId, done: 30, total: 30, state: 'finished' });
    await core.idle();
    expect((await core.value('deliveries.count', { filter: {} })).byState.delivered).toBe(30);
    const resentIds = new Set(receiver.requests.slice(30).map((r) => r.headers['webhook-id']));
    expect(resentIds).toEqual(firstIds);

    // "Everything undelivered since …": nothing left to resend now.
    const since = new Date(core.clock.now().getTime() - 60_000).toISOString();
    expect(await core.value('deliveries.resendUndeliveredSince', { since })).toMatchObject({ total: 0 });
  });

  it('prunes successful payloads after the retention period, never failed ones', async () => {
    const good = await startReceiver((_r, res) => res.end());
    const bad = await startReceiver((_r, res) => {
      res.statusCode = 500;
      res.end();
    });
    const core = open({ engine: { retryScheduleMs: [] } });
    await core.value('deliveryPolicy.save', { retentionDays: 7, pauseAfterFailingDays: 5 });
    await core.value('partners.create', partner('Good', good.url));
    core.delivery.publish([check(1)]);
    await core.idle();
    await core.value('partners.create', partner('Bad', bad.url));
    core.delivery.publish([check(2)]);
    await core.idle();

    core.clock.advance(6 * 86_400_000);
    expect(await core.delivery.pruner.pruneAll()).toBe(0);
    core.clock.advance(2 * 86_400_000);
    expect(await core.delivery.pruner.pruneAll()).toBe(1);
    const rows = (await core.value('deliveries.list', { filter: {} })).items;
    const payloads = await Promise.all(
      rows.map(async (r) => [r.summary, r.state, (await core.value('deliveries.get', { id: r.id })).payload !== null]),
    );
    // Check #2 has a failed delivery, so its payload stays for a resend.
    expect(payloads.filter(([summary]) => String(summary).startsWith('Check #1'))).toEqual([
      ['Check #1 · Table 1', 'delivered', false],
    ]);
    expect(payloads.filter(([summary]) => String(summary).startsWith('Check #2')).every(([, , kept]) => kept)).toBe(
      true,
    );
  });

  it('never prunes once closed: a process that outlives its core (the bench) must not hit a closed database', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
    try {
      const core = openTestCore(newDir());
      const pruneAll = vi.spyOn(core.delivery.pruner, 'pruneAll');
      await core.close();
      // The first prune is due 30 s after start, then hourly.
      vi.advanceTimersByTime(2 * 60 * 60 * 1000);
      expect(pruneAll).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });

  it('pauses a destination that has failed for the configured days, and resumes it on request', async () => {
    const bad = await startReceiver((_r, res) => {
      res.statusCode = 502;
      res.end();
    });
    const core = open({
      engine: { retryScheduleMs: [86_400_000, 86_400_000, 86_400_000, 86_400_000, 86_400_000, 86_400_000] },
    });
    await core.value('deliveryPolicy.save', { retentionDays: 30, pauseAfterFailingDays: 2 });
    const { partner: saved } = await core.value('partners.create', partner('Down', bad.url));
    core.delivery.publish([check(1)]);
    for (let day = 0; day < 3; day++) {
      await core.idle();
      core.clock.advance(86_400_000);
      core.delivery.engine.notify();
    }
    await core.idle();
    const alerts = core.pushed
      .filter((p) => p.event === 'delivery.alert')
      .map((p) => p.payload as { kind: string; reason: string });
    expect(alerts.map((a) => a.kind)).toContain('paused');
    expect(alerts.find((a) => a.kind === 'paused')?.reason).toMatch(/^Paused after failing for 2 days: 502/);
    const destinations = await core.value('deliveries.destinations', {});
    expect(destinations.find((d) => d.id === `partner:${saved.id}`)?.pausedReason).toMatch(/Paused/);
    expect((await core.value('deliveries.list', { filter: {} })).items[0]?.state).toBe('paused');

    const resumed = await core.value('deliveries.resumeDestination', { destinationId: `partner:${saved.id}` });
    expect(resumed.find((d) => d.id === `partner:${saved.id}`)?.pausedReason).toBeNull();
    expect((await core.value('deliveries.list', { filter: {} })).items[0]?.state).not.toBe('paused');
  });

  it('moves a corrupt database aside, starts a fresh one and says so', async () => {
    const dir = newDir();
    writeFileSync(join(dir, 'hub.sqlite'), 'this is not a database '.repeat(100));
    const core = open({}, dir);
    const info = await core.value('app.info', {});
    expect(info.notices.map((n) => n.message).join()).toMatch(/could not use its database .* started a new one/);
    expect(readdirSync(dir).some((f) => f.startsWith('hub.corrupt-'))).toBe(true);
    expect((await core.value('deliveries.count', { filter: {} })).total).toBe(0);
    // The new database holds order details: owner-only, like the settings.
    expect(statSync(join(dir, 'hub.sqlite')).mode & 0o777).toBe(0o600);
  });
});
