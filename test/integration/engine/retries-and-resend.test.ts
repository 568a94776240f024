import { Webhook } from 'standardwebhooks';
import { describe, expect, it } from 'vitest';
import type { NewEvent } from '../../../electron/core/outbox/outbox';
import type { PartnerInput } from '../../../shared/domain/partners';
import { startReceiver, useReceivers } from '../delivery/receiver';
import { useTestCores } from '../../support/test-core';
import { envelopeOf } from '../../support/envelope-of';
import { defaultOrderDeadlines } from '../../../shared/domain/order-deadlines';

useReceivers();
const open = useTestCores();

const partner = (url: string, overrides: Partial<PartnerInput> = {}): PartnerInput => ({
  name: 'Loyalty Co',
  url,
  enabled: true,
  eventTypes: ['order.created', 'menu.item.updated', 'store.updated'],
  header: { name: 'X-Api-Key', value: { action: 'set', value: 'loyalty-key-00001234' } },
  signingSecret: 'generate',
  timeoutSeconds: 5,
  rateLimitPerSecond: 100,
  orderDeadlines: { ...defaultOrderDeadlines },
  ...overrides,
});

const created = (n: number): NewEvent => ({
  type: 'order.created',
  resource: { type: 'order', id: `chk_${n}` },
  summary: `Check #${n}`,
  data: { number: n },
  routing: { orderSource: 'olo' },
});

describe('delivery with retries, signatures and resend', () => {
  it('signs with Standard Webhooks: the reference implementation verifies it', async () => {
    const receiver = await startReceiver((_r, res) => res.end());
    const core = open();
    const { signingSecret } = await core.value('partners.create', partner(receiver.url));
    core.delivery.publish([created(1)]);
    await core.idle();
    const [request] = receiver.requests;
    expect(request).toBeDefined();
    const verified = new Webhook(signingSecret ?? '').verify(request?.body ?? '', request?.headers ?? {});
    expect(verified).toMatchObject({ type: 'order.created' });
    expect(() => new Webhook(signingSecret ?? '').verify(`${request?.body} `, request?.headers ?? {})).toThrow();
    expect(request?.headers['webhook-id']).toBe(envelopeOf(request?.body).id);
  });

  it('retries a 500 on the schedule and delivers with the same webhook-id', async () => {
    let answers = [500, 500, 200];
    const receiver = await startReceiver((_r, res) => {
      res.statusCode = answers.shift() ?? 200;
      res.end('{"error":"boom"}');
    });
    const core = open();
    await core.value('partners.create', partner(receiver.url));
    core.delivery.publish([created(1)]);
    await core.idle();
    // Attempt 1 failed, the immediate retry failed; the next is 5 s away on the (fake) clock.
    expect(receiver.requests).toHaveLength(2);
    const [row] = (await core.value('deliveries.list', { filter: {} })).items;
    expect(row).toMatchObject({ state: 'retrying', attempts: 2, lastStatus: 500 });
    expect(row?.lastReason).toMatch(/^500/);
    expect(Date.parse(row?.nextAttemptAt ?? '') - core.clock.now().getTime()).toBe(5_000);

    core.clock.advance(5_000);
    core.delivery.engine.notify();
    await core.idle();
    expect(receiver.requests).toHaveLength(3);
    expect(new Set(receiver.requests.map((r) => r.headers['webhook-id'])).size).toBe(1);
    const detail = await core.value('deliveries.get', { id: row?.id ?? 0 });
    expect(detail.delivery.state).toBe('delivered');
    expect(detail.attempts.map((a) => [a.outcome, a.status])).toEqual([
      ['failed', 500],
      ['failed', 500],
      ['delivered', 200],
    ]);
    // The custom header is masked in the log; the real value never leaves the core.
    expect(detail.attempts[0]?.requestHeaders['x-api-key'] ?? detail.attempts[0]?.requestHeaders['X-Api-Key']).toBe(
      '••••1234',
    );
    expect(JSON.stringify(detail)).not.toContain('loyalty-key-00001234');
    answers = [];
  });

  it('honours Retry-After on 429', async () => {
    let first = true;
    const receiver = await startReceiver((_r, res) => {
      if (first) {
        first = false;
        res.writeHead(429, { 'Retry-After': '120' }).end();
      } else res.end();
    });
    const core = open({ engine: { retryScheduleMs: [1_000, 1_000] } });
    await core.value('partners.create', partner(receiver.url));
    core.delivery.publish([created(1)]);
    await core.idle();
    const [row] = (await core.value('deliveries.list', { filter: {} })).items;
    expect(row?.state).toBe('retrying');
    expect(Date.parse(row?.nextAttemptAt ?? '') - core.clock.now().getTime()).toBe(120_000);
  });

  it('gives up after the schedule and then resends by hand to the fixed URL, same id, one more attempt', async () => {
    const broken = await startReceiver((_r, res) => {
      res.statusCode = 503;
      res.end();
    });
    const fixed = await startReceiver((_r, res) => res.end('thanks'));
    const core = open({ engine: { retryScheduleMs: [0] } });
    const { partner: saved } = await core.value('partners.create', partner(broken.url));
    core.delivery.publish([created(1)]);
    await core.idle();
    const [row] = (await core.value('deliveries.list', { filter: { states: ['failed'] } })).items;
    expect(row?.attempts).toBe(2);

    await core.value('partners.update', {
      ...partner(fixed.url, { header: { name: 'X-Api-Key', value: { action: 'keep' } }, signingSecret: 'keep' }),
      id: saved.id,
    });
    expect(await core.value('deliveries.resend', { id: row?.id ?? 0 })).toEqual({ queued: 1 });
    await core.idle();
    expect(fixed.requests).toHaveLength(1);
    expect(fixed.requests[0]?.headers['webhook-id']).toBe(broken.requests[0]?.headers['webhook-id']);
    const detail = await core.value('deliveries.get', { id: row?.id ?? 0 });
    expect(detail.delivery).toMatchObject({ state: 'delivered', attempts: 3 });
    expect(detail.attempts.at(-1)).toMatchObject({ manual: true, url: fixed.url, outcome: 'delivered' });
  });

  it('disables a partner that answers 410 Gone and says so', async () => {
    const receiver = await startReceiver((_r, res) => {
      res.statusCode = 410;
      res.end();
    });
    const core = open();
    await core.value('partners.create', partner(receiver.url));
    core.delivery.publish([created(1), created(2)]);
    await core.idle();
    const [listed] = await core.value('partners.list', {});
    expect(listed?.enabled).toBe(false);
    expect(
      core.pushed.some((p) => p.event === 'delivery.alert' && (p.payload as { kind: string }).kind === 'disabled'),
    ).toBe(true);
    const counts = await core.value('deliveries.count', { filter: {} });
    expect(counts.byState.failed + counts.byState.paused).toBe(2);
    expect(counts.byState.delivered).toBe(0);
  });

  it('says a partner disabled by 410 Gone is going through again once it is fixed and enabled', async () => {
    let status = 410;
    const receiver = await startReceiver((_r, res) => res.writeHead(status).end());
    const core = open();
    const { partner: saved } = await core.value('partners.create', partner(receiver.url));
    core.delivery.publish([created(1)]);
    await core.idle();
    const alerts = () =>
      core.pushed
        .filter((p) => p.event === 'delivery.alert')
        .map((p) => p.payload as { kind: string; failure: string });
    expect(alerts()).toMatchObject([{ kind: 'disabled', failure: 'http_gone' }]);

    status = 200;
    await core.value('partners.setEnabled', { id: saved.id, enabled: true });
    core.delivery.publish([created(2)]);
    await core.idle();
    expect(alerts().map((a) => a.kind)).toEqual(['disabled', 'recovered']);
  });

  it('raises a plain-words alert after consecutive failures, and another on recovery', async () => {
    let status = 401;
    const receiver = await startReceiver((_r, res) => {
      res.statusCode = status;
      res.end();
    });
    const core = open({ engine: { retryScheduleMs: [] } });
    await core.value('partners.create', partner(receiver.url));
    core.delivery.publish([created(1), created(2), created(3)]);
    await core.idle();
    const alerts = () =>
      core?.pushed
        .filter((p) => p.event === 'delivery.alert')
        .map((p) => p.payload as { kind: string; reason: string }) ?? [];
    expect(alerts().map((a) => a.kind)).toEqual(['failing']);
    expect(alerts()[0]?.reason).toMatch(/^401 — the partner rejected the API key/);
    expect(alerts()[0]).toMatchObject({ failure: 'http_unauthorized' });
    expect((await core.value('system.status', {})).failingPartners).toEqual([
      expect.objectContaining({ name: 'Loyalty Co', state: 'failing', failure: 'http_unauthorized' }),
    ]);

    status = 200;
    core.delivery.publish([created(4)]);
    await core.idle();
    expect(alerts().map((a) => a.kind)).toEqual(['failing', 'recovered']);
    expect(receiver.requests).toHaveLength(4);
  });
});
