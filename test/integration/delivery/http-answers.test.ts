import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it } from 'vitest';
import { createAxiosSender } from '../../../electron/core/delivery/axios-sender';
import type { WebhookSender } from '../../../electron/core/delivery/types';
import { allStrings, apiKey, message, newSecret, target, userAgent } from './delivery-fixtures';
import { startReceiver, useReceivers } from './receiver';

useReceivers();
let sender: WebhookSender;
afterEach(() => sender.close());

describe('axios sender: what the partner answers', () => {
  it('delivers on 200 with the agreed headers, a verifiable signature and the exact body', async () => {
    const receiver = await startReceiver((_req, res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}'),
    );
    sender = createAxiosSender({ userAgent });
    const secret = newSecret();
    const msg = message();

    const outcome = await sender.send(target(receiver.url, { signingSecret: secret }), msg);

    expect(outcome).toMatchObject({
      kind: 'delivered',
      status: 200,
      responseExcerpt: '{"ok":true}',
      responseTruncated: false,
    });
    expect(outcome.latencyMs).toBeGreaterThanOrEqual(0);
    const [received] = receiver.requests;
    expect(received?.method).toBe('POST');
    expect(received?.body).toBe(msg.body);
    expect(received?.headers).toMatchObject({
      'content-type': 'application/json',
      'user-agent': userAgent,
      'webhook-id': msg.id,
      'x-api-key': apiKey,
    });
    expect(Math.abs(Number(received?.headers['webhook-timestamp']) - Date.now() / 1000)).toBeLessThan(60);
    // The reference implementation, not ours, decides whether the signature is right.
    expect(() => new Webhook(secret).verify(received?.body ?? '', received?.headers ?? {})).not.toThrow();
    expect(() => new Webhook(newSecret()).verify(received?.body ?? '', received?.headers ?? {})).toThrow();
  });

  it('sends no signature without a signing secret, and no custom header without one', async () => {
    const receiver = await startReceiver((_req, res) => res.writeHead(204).end());
    sender = createAxiosSender({ userAgent });
    const outcome = await sender.send(target(receiver.url, { customHeader: null }), message());
    expect(outcome).toMatchObject({ kind: 'delivered', status: 204, responseExcerpt: '' });
    expect(receiver.requests[0]?.headers).not.toHaveProperty('webhook-signature');
    expect(receiver.requests[0]?.headers).not.toHaveProperty('x-api-key');
  });

  it('fails a 500 as http_server_error in plain words, then delivers the same webhook-id on the next send', async () => {
    let calls = 0;
    const receiver = await startReceiver((_req, res) => {
      calls += 1;
      if (calls === 1) res.writeHead(500).end('database on fire');
      else res.writeHead(200).end('ok');
    });
    sender = createAxiosSender({ userAgent });
    const msg = message();
    const first = await sender.send(target(receiver.url), msg);
    expect(first).toMatchObject({
      kind: 'failed',
      failure: 'http_server_error',
      status: 500,
      reason: "500 — the partner's server had an error",
      responseExcerpt: 'database on fire',
      retryAfterMs: null,
    });
    const second = await sender.send(target(receiver.url), msg);
    expect(second).toMatchObject({ kind: 'delivered', status: 200 });
    expect(receiver.requests.map((r) => r.headers['webhook-id'])).toEqual([msg.id, msg.id]);
    expect(receiver.requests[1]?.body).toBe(msg.body);
  });

  it('reads Retry-After seconds on a 429', async () => {
    const receiver = await startReceiver((_req, res) => res.writeHead(429, { 'retry-after': '7' }).end());
    sender = createAxiosSender({ userAgent });
    const outcome = await sender.send(target(receiver.url), message());
    expect(outcome).toMatchObject({
      kind: 'failed',
      failure: 'http_rate_limited',
      status: 429,
      retryAfterMs: 7000,
      reason: '429 — the partner asked us to slow down',
    });
  });

  it('reads a Retry-After HTTP-date on a 503, relative to the clock', async () => {
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    const receiver = await startReceiver((_req, res) =>
      res.writeHead(503, { 'retry-after': new Date(now.getTime() + 120_000).toUTCString() }).end(),
    );
    sender = createAxiosSender({ userAgent, clock: { now: () => now } });
    const outcome = await sender.send(target(receiver.url), message());
    expect(outcome).toMatchObject({ kind: 'failed', failure: 'http_server_error', status: 503, retryAfterMs: 120_000 });
  });

  it('does not follow a 301: fails http_redirect and never contacts the Location', async () => {
    const elsewhere = await startReceiver((_req, res) => res.writeHead(200).end());
    const receiver = await startReceiver((_req, res) => res.writeHead(301, { location: elsewhere.url }).end());
    sender = createAxiosSender({ userAgent });
    const outcome = await sender.send(target(receiver.url), message());
    expect(outcome).toMatchObject({ kind: 'failed', failure: 'http_redirect', status: 301 });
    expect(outcome.kind === 'failed' && outcome.reason).toBe(
      `301 — the partner's URL redirects elsewhere (to ${elsewhere.url}); update the URL`,
    );
    expect(elsewhere.requests).toHaveLength(0);
    expect(elsewhere.connections).toBe(0);
  });

  it.each([
    [410, 'http_gone', '410 — the partner says this endpoint is gone; it has been disabled'],
    [401, 'http_unauthorized', '401 — the partner rejected the API key'],
    [403, 'http_unauthorized', '403 — the partner refused access (check the API key)'],
    [404, 'http_not_found', "404 — the partner's URL was not found"],
  ])('classifies %i as %s', async (status, failure, reason) => {
    const receiver = await startReceiver((_req, res) => res.writeHead(status).end());
    sender = createAxiosSender({ userAgent });
    const outcome = await sender.send(target(receiver.url), message());
    expect(outcome).toMatchObject({ kind: 'failed', failure, status, reason });
  });

  it('masks the custom header in requestHeaders and never reports a secret, even one the partner echoes', async () => {
    const receiver = await startReceiver((req, res) => res.writeHead(401).end(`bad key ${req.headers['x-api-key']}`));
    sender = createAxiosSender({ userAgent });
    const secret = newSecret();
    const outcome = await sender.send(target(receiver.url, { signingSecret: secret }), message());
    expect(receiver.requests[0]?.headers['x-api-key']).toBe(apiKey);
    expect(outcome.requestHeaders['X-Api-Key']).toBe('••••WXYZ');
    expect(outcome.requestHeaders['webhook-signature']).toMatch(/^v1,/);
    expect(outcome).toMatchObject({ responseExcerpt: 'bad key ••••WXYZ' });
    for (const text of allStrings(outcome)) {
      expect(text).not.toContain(apiKey);
      expect(text).not.toContain(secret.slice('whsec_'.length));
    }
  });

  it('masks the start of the key where the excerpt is cut at the byte limit in the middle of an echo', async () => {
    // The kept bytes end half-way through the echoed key: that half must not be stored either.
    const prefix = 'x'.repeat(64);
    const receiver = await startReceiver((req, res) =>
      res.writeHead(400).end(`${prefix}${String(req.headers['x-api-key'])} and more`),
    );
    const maxResponseBytes = prefix.length + apiKey.length - 4;
    sender = createAxiosSender({ userAgent, maxResponseBytes });
    const outcome = await sender.send(target(receiver.url), message());
    expect(outcome).toMatchObject({ kind: 'failed', status: 400, responseTruncated: true });
    if (outcome.kind !== 'failed') throw new Error('not failed');
    expect(outcome.responseExcerpt).toBe(`${prefix}••••WXYZ`);
  });

  it('masks a short custom header value completely', async () => {
    const receiver = await startReceiver((_req, res) => res.writeHead(200).end());
    sender = createAxiosSender({ userAgent });
    const outcome = await sender.send(
      target(receiver.url, { customHeader: { name: 'X-Key', value: 'short123' } }),
      message(),
    );
    expect(outcome.requestHeaders['X-Key']).toBe('••••');
    expect(receiver.requests[0]?.headers['x-key']).toBe('short123');
  });
});
