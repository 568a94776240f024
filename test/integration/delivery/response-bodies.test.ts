import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { acceptedBodyWaitMs, createAxiosSender } from '../../../electron/core/delivery/axios-sender';
import type { WebhookSender } from '../../../electron/core/delivery/types';
import { message, target, userAgent } from './delivery-fixtures';
import { startReceiver, useReceivers } from './receiver';

useReceivers();
let sender: WebhookSender;
afterEach(() => sender.close());

/** Writes `count` single bytes, one every `everyMs` (the slowness is what is under test), until the client goes away. */
function trickle(res: ServerResponse, count: number, everyMs: number): void {
  let sent = 0;
  const timer = setInterval(() => {
    if (res.destroyed || sent === count) {
      clearInterval(timer);
      if (!res.destroyed) res.end();
      return;
    }
    res.write('x');
    sent += 1;
  }, everyMs);
  res.on('close', () => clearInterval(timer));
}

function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}

/** Streams `total` bytes in 64 KB chunks, honouring backpressure; resolves with how many were written. */
async function stream(res: ServerResponse, total: number): Promise<number> {
  const chunk = Buffer.alloc(64 * 1024, 'y');
  let written = 0;
  while (written < total && !res.destroyed) {
    const ok = res.write(chunk);
    written += chunk.length;
    if (!ok) await drainedOrClosed(res);
  }
  if (!res.destroyed) res.end();
  return written;
}

describe('axios sender: response bodies', () => {
  it('delivers a body that trickles in within the timeout', async () => {
    const receiver = await startReceiver((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      trickle(res, 5, 40);
    });
    sender = createAxiosSender({ userAgent });
    const outcome = await sender.send(target(receiver.url, { timeoutMs: 5_000 }), message());
    expect(outcome).toMatchObject({
      kind: 'delivered',
      status: 200,
      responseExcerpt: 'xxxxx',
      responseTruncated: false,
    });
  });

  it('counts a 2xx as delivered once its status line arrives, however slow the body (read for a second at most)', async () => {
    const receiver = await startReceiver((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      trickle(res, 1_000, 50);
    });
    sender = createAxiosSender({ userAgent });
    const outcome = await sender.send(target(receiver.url, { timeoutMs: 10_000 }), message());
    expect(outcome).toMatchObject({ kind: 'delivered', status: 200, responseTruncated: true });
    if (outcome.kind !== 'delivered') throw new Error('not delivered');
    // What arrived in the second it was given, and no more than that.
    expect(outcome.responseExcerpt).toMatch(/^x+$/);
    expect(outcome.latencyMs).toBeGreaterThanOrEqual(acceptedBodyWaitMs - 50);
    expect(outcome.latencyMs).toBeLessThan(10_000);
  });

  it('counts a 2xx as delivered when the attempt’s timeout passes while its body is still coming', async () => {
    const receiver = await startReceiver((_req, res) => {
      // A body announced and never sent.
      res.writeHead(200, { 'content-length': '100' });
      res.flushHeaders();
    });
    sender = createAxiosSender({ userAgent });
    const outcome = await sender.send(target(receiver.url, { timeoutMs: 300 }), message());
    expect(outcome).toMatchObject({ kind: 'delivered', status: 200, responseExcerpt: '', responseTruncated: true });
  });

  it('still times out a failure whose body trickles past the timeout, keeping its status', async () => {
    const receiver = await startReceiver((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/plain' });
      trickle(res, 1_000, 50);
    });
    sender = createAxiosSender({ userAgent });
    const outcome = await sender.send(target(receiver.url, { timeoutMs: 400 }), message());
    expect(outcome).toMatchObject({ kind: 'failed', failure: 'timeout', status: 500 });
  });

  it('keeps at most maxResponseBytes of a 50 MB body, stops reading, and memory stays flat', async () => {
    const total = 50 * 1024 * 1024;
    let written: Promise<number> | undefined;
    const receiver = await startReceiver((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain', 'content-length': String(total) });
      written = stream(res, total);
    });
    sender = createAxiosSender({ userAgent, maxResponseBytes: 1000 });
    const before = process.memoryUsage();

    const outcome = await sender.send(target(receiver.url), message());

    const after = process.memoryUsage();
    expect(outcome).toMatchObject({ kind: 'delivered', status: 200, responseTruncated: true });
    expect(outcome.kind === 'delivered' && outcome.responseExcerpt).toBe('y'.repeat(1000));
    // The server could push only what socket buffers hold before the client hung up.
    expect(await written).toBeLessThan(20 * 1024 * 1024);
    expect(after.arrayBuffers - before.arrayBuffers).toBeLessThan(20 * 1024 * 1024);
    expect(after.rss - before.rss).toBeLessThan(40 * 1024 * 1024);
  });

  it('truncates a failure body too, and reports it per status', async () => {
    const receiver = await startReceiver((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/html' });
      void stream(res, 1024 * 1024);
    });
    sender = createAxiosSender({ userAgent });
    const outcome = await sender.send(target(receiver.url), message());
    expect(outcome).toMatchObject({
      kind: 'failed',
      failure: 'http_server_error',
      status: 500,
      responseTruncated: true,
    });
    expect(outcome.kind === 'failed' && outcome.responseExcerpt).toHaveLength(4096);
  });

  it('decompresses a gzip body before taking the excerpt', async () => {
    const receiver = await startReceiver((_req, res) =>
      res.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync('{"received":true}')),
    );
    sender = createAxiosSender({ userAgent });
    const outcome = await sender.send(target(receiver.url), message());
    expect(outcome).toMatchObject({
      kind: 'delivered',
      responseExcerpt: '{"received":true}',
      responseTruncated: false,
    });
  });
});
