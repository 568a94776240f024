import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { PartnerInput } from '../../../shared/domain/partners';
import { startReceiver, useReceivers, type ReceivedRequest } from '../delivery/receiver';
import { canTestDnsFailure } from '../../support/dns-probe';
import { useTestCores } from '../../support/test-core';
import { defaultOrderDeadlines } from '../../../shared/domain/order-deadlines';

useReceivers();
const open = useTestCores();

const partner = (url: string): PartnerInput => ({
  name: 'Faulty',
  url,
  enabled: true,
  eventTypes: ['order.created'],
  header: { name: '', value: { action: 'keep' } },
  signingSecret: 'keep',
  timeoutSeconds: 1,
  rateLimitPerSecond: 100,
  orderDeadlines: { ...defaultOrderDeadlines },
});

type Misbehaviour = (request: ReceivedRequest, res: ServerResponse) => unknown;

/** Answers with `fault` on the first attempt and 200 afterwards. */
function faultOnce(fault: Misbehaviour): Misbehaviour {
  let first = true;
  return (request, res) => {
    if (!first) return res.end('ok');
    first = false;
    return fault(request, res);
  };
}

/**
 * Each fault, through the whole engine: the first attempt ends in the right
 * state with a plain reason; the delivery is kept and delivered on the next
 * attempt, with the same webhook-id. Nothing is lost.
 */
const faults: { name: string; fault: Misbehaviour; reason: RegExp; status: number | null }[] = [
  { name: '500', fault: (_r, res) => res.writeHead(500).end('boom'), reason: /^500/, status: 500 },
  {
    name: 'a hang past the timeout',
    fault: () => new Promise(() => undefined),
    reason: /Timed out after 1 s/,
    status: null,
  },
  { name: 'a connection reset', fault: (_r, res) => res.socket?.destroy(), reason: /reset/i, status: null },
  {
    name: 'a 301 (not followed)',
    fault: (_r, res) => res.writeHead(301, { Location: 'http://127.0.0.1:9/elsewhere' }).end(),
    reason: /^301/,
    status: 301,
  },
];

describe('fault matrix through the engine', () => {
  for (const { name, fault, reason, status } of faults) {
    it(`${name}: retrying with the reason, then delivered with the same id`, async () => {
      const receiver = await startReceiver(faultOnce(fault));
      const core = open({ engine: { retryScheduleMs: [60_000] } });
      await core.value('partners.create', partner(receiver.url));
      core.delivery.publish([
        {
          type: 'order.created',
          resource: { type: 'order', id: 'chk_1' },
          summary: 'Check #1',
          data: {},
          routing: { orderSource: 'olo' },
        },
      ]);
      await core.idle();
      const [row] = (await core.value('deliveries.list', { filter: {} })).items;
      expect(row).toMatchObject({ state: 'retrying', attempts: 1 });
      expect(row?.lastReason).toMatch(reason);
      const detail = await core.value('deliveries.get', { id: row?.id ?? 0 });
      expect(detail.attempts[0]?.status ?? null).toBe(status);

      core.clock.advance(60_000);
      core.delivery.engine.notify();
      await core.idle();
      const after = await core.value('deliveries.get', { id: row?.id ?? 0 });
      expect(after.delivery.state).toBe('delivered');
      expect(new Set(receiver.requests.map((r) => r.headers['webhook-id'])).size).toBe(1);
    });
  }

  it('a slow body within the timeout is delivered; a 50 MB body is cut to an excerpt', async () => {
    const receiver = await startReceiver(async (request, res) => {
      if (request.body.includes('"slow"')) {
        res.writeHead(200);
        for (const part of ['o', 'k']) {
          res.write(part);
          await new Promise((resolve) => setImmediate(resolve));
        }
        return res.end();
      }
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      const chunk = Buffer.alloc(1024 * 1024, 'x');
      for (let i = 0; i < 50 && !res.destroyed; i++) {
        if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve).once('close', resolve));
      }
      res.end();
    });
    const core = open();
    await core.value('partners.create', partner(receiver.url));
    core.delivery.publish([
      {
        type: 'order.created',
        resource: { type: 'order', id: 'a' },
        summary: 'slow',
        data: { kind: 'slow' },
        routing: { orderSource: 'olo' },
      },
      {
        type: 'order.created',
        resource: { type: 'order', id: 'b' },
        summary: 'huge',
        data: { kind: 'huge' },
        routing: { orderSource: 'olo' },
      },
    ]);
    await core.idle();
    const rows = (await core.value('deliveries.list', { filter: {} })).items;
    expect(rows.map((r) => r.state)).toEqual(['delivered', 'delivered']);
    const huge = await core.value('deliveries.get', { id: rows.find((r) => r.summary === 'huge')?.id ?? 0 });
    expect(huge.attempts[0]?.responseExcerpt?.length).toBe(4096);
  });

  it.skipIf(!canTestDnsFailure)('an unresolvable host fails with a DNS reason and stays resendable', async () => {
    const core = open({ engine: { retryScheduleMs: [] } });
    await core.value('partners.create', partner('http://partner.invalid/hooks'));
    core.delivery.publish([
      {
        type: 'order.created',
        resource: { type: 'order', id: 'x' },
        summary: 'x',
        data: {},
        routing: { orderSource: 'olo' },
      },
    ]);
    await core.idle();
    const [row] = (await core.value('deliveries.list', { filter: {} })).items;
    expect(row?.state).toBe('failed');
    expect(row?.lastReason).toMatch(/DNS/);
    expect((await core.value('deliveries.get', { id: row?.id ?? 0 })).payload).not.toBeNull();
  });
});
