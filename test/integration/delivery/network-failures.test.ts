import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createAxiosSender } from '../../../electron/core/delivery/axios-sender';
import type { WebhookSender } from '../../../electron/core/delivery/types';
import { message, target, userAgent } from './delivery-fixtures';
import { freePort, startReceiver, useReceivers } from './receiver';
import { canTestDnsFailure } from '../../support/dns-probe';

useReceivers();

let sender: WebhookSender;
afterEach(() => sender.close());

describe('axios sender: when no complete answer comes', () => {
  it('times out a partner that accepts the request and never answers', async () => {
    const receiver = await startReceiver(() => undefined);
    sender = createAxiosSender({ userAgent });
    const outcome = await sender.send(target(receiver.url, { timeoutMs: 300 }), message());
    expect(outcome).toMatchObject({
      kind: 'failed',
      failure: 'timeout',
      status: null,
      reason: 'Timed out after 300 ms waiting for the partner',
    });
    expect(receiver.requests).toHaveLength(1);
    // Generous bound only: the point is that the timer, not the partner, ended it.
    expect(outcome.latencyMs).toBeLessThan(300 + 5_000);
  });

  it('reports connect_timeout when the socket does not connect in time (DNS lookup that never answers)', async () => {
    // Loopback connects instantly, so the connect phase is held open at its first
    // step instead: a lookup that never calls back. The socket is "connecting" throughout.
    sender = createAxiosSender({ userAgent, lookup: () => undefined });
    const outcome = await sender.send(
      target('http://slow-dns.invalid/hooks', { connectTimeoutMs: 200, timeoutMs: 10_000 }),
      message(),
    );
    expect(outcome).toMatchObject({
      kind: 'failed',
      failure: 'connect_timeout',
      reason: 'Could not connect within 200 ms',
    });
    expect(outcome.latencyMs).toBeLessThan(10_000);
  });

  it('does not time a reused keep-alive socket as a connect', async () => {
    const receiver = await startReceiver((_req, res) => res.writeHead(200).end());
    sender = createAxiosSender({ userAgent });
    // connectTimeoutMs 0 would fire at once on any new socket; the first send
    // therefore uses a sane value, the second (on the pooled socket) a zero one.
    await sender.send(target(receiver.url), message());
    const outcome = await sender.send(target(receiver.url, { connectTimeoutMs: 0 }), message());
    expect(outcome).toMatchObject({ kind: 'delivered' });
    expect(receiver.connections).toBe(1);
  });

  it('reports reset when the partner drops the connection', async () => {
    const receiver = await startReceiver((_req, res, req) => {
      req.socket.destroy();
      res.destroy();
    });
    sender = createAxiosSender({ userAgent });
    const outcome = await sender.send(target(receiver.url), message());
    expect(outcome).toMatchObject({
      kind: 'failed',
      failure: 'reset',
      status: null,
      reason: 'The connection was reset',
    });
  });

  // `.invalid` never exists (RFC 6761), but a machine with no reachable resolver answers
  // EAI_AGAIN ("try again": offline) instead of ENOTFOUND; only then is this skipped.
  it.skipIf(!canTestDnsFailure)('reports dns for a host name that does not exist', async () => {
    sender = createAxiosSender({ userAgent });
    const outcome = await sender.send(target('http://partner.invalid/'), message());
    expect(outcome).toMatchObject({
      kind: 'failed',
      failure: 'dns',
      reason: "The partner's host name could not be found (DNS)",
    });
  });

  it('reports refused for a port nothing listens on', async () => {
    const port = await freePort();
    sender = createAxiosSender({ userAgent });
    const outcome = await sender.send(target(`http://127.0.0.1:${port}/`), message());
    expect(outcome).toMatchObject({
      kind: 'failed',
      failure: 'refused',
      reason: "The partner's server refused the connection",
    });
  });

  it('reports offline, not a failure, for a network error while the PC is offline', async () => {
    const port = await freePort();
    sender = createAxiosSender({ userAgent, isOnline: () => false });
    const outcome = await sender.send(target(`http://127.0.0.1:${port}/`), message());
    expect(outcome).toMatchObject({ kind: 'offline', reason: 'This PC appears to be offline' });
    const dns = await sender.send(target('http://partner.invalid/'), message());
    expect(dns.kind).toBe('offline');
  });

  it('still reports an HTTP answer as it is while the probe says offline', async () => {
    const receiver = await startReceiver((_req, res) => res.writeHead(500).end());
    sender = createAxiosSender({ userAgent, isOnline: () => false });
    const outcome = await sender.send(target(receiver.url), message());
    expect(outcome).toMatchObject({ kind: 'failed', failure: 'http_server_error' });
  });

  it('reports tls for a self-signed certificate', async () => {
    const fixtures = join(import.meta.dirname, 'fixtures');
    const server = createHttpsServer(
      {
        key: readFileSync(join(fixtures, 'test-only-self-signed.key')),
        cert: readFileSync(join(fixtures, 'test-only-self-signed.crt')),
      },
      (_req, res) => res.end('should not get here'),
    );
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    try {
      sender = createAxiosSender({ userAgent });
      const outcome = await sender.send(
        target(`https://127.0.0.1:${(server.address() as AddressInfo).port}/`),
        message(),
      );
      expect(outcome).toMatchObject({
        kind: 'failed',
        failure: 'tls',
        reason: "TLS/certificate problem: the partner's certificate is self-signed",
      });
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('reports invalid_url and invalid_header without touching the network', async () => {
    sender = createAxiosSender({ userAgent });
    const bad = await sender.send(target('ftp://partner.invalid/'), message());
    expect(bad).toMatchObject({
      kind: 'failed',
      failure: 'invalid_url',
      reason: "The partner's URL is not valid: the URL must start with https:// or http://.",
    });
    const header = await sender.send(
      target('http://partner.invalid/', { customHeader: { name: 'X-Key', value: 'line\nbreak-0123456789' } }),
      message(),
    );
    expect(header).toMatchObject({ kind: 'failed', failure: 'invalid_header' });
    expect(header.requestHeaders['X-Key']).toBe('••••6789');
  });

  it('close() ends a send still in flight as interrupted (not a failure) instead of leaving it hanging', async () => {
    const receiver = await startReceiver(() => undefined);
    sender = createAxiosSender({ userAgent });
    const pending = sender.send(target(receiver.url, { timeoutMs: 30_000 }), message());
    await receiver.nextRequest();
    sender.close();
    expect(await pending).toMatchObject({ kind: 'interrupted' });
    // A closed sender sends nothing more.
    expect(await sender.send(target(receiver.url), message())).toMatchObject({ kind: 'interrupted' });
    expect(receiver.requests).toHaveLength(1);
  });
});
