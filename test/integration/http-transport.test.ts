import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../electron/core/logging/console-logger';
import { startHttpTransport, type HttpTransport } from '../../electron/core/transport/http/http-transport';
import { openTestHub, type TestHub } from '../support/test-hub';
import { useTempDir } from '../support/temp-dir';

const newDir = useTempDir();
const staticDir = resolve(import.meta.dirname, '../fixtures/renderer');
let open: { hub: TestHub; transport: HttpTransport; dir: string } | undefined;

afterEach(async () => {
  await open?.transport.close();
  await open?.hub.close();
  open = undefined;
});

async function start(maxBodyBytes?: number) {
  const dir = newDir();
  const hub = await openTestHub(dir);
  const transport = await startHttpTransport({ hub, staticDir, port: 0, logger: silentLogger, maxBodyBytes });
  open = { hub, transport, dir };
  return open;
}

/** A raw request, so tests control headers fetch would fix (Host) or add. */
function raw(
  port: number,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer },
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolvePromise, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: options.path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    // The server may stop reading an oversize body and answer early.
    req.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error),
    );
    req.end(options.body);
  });
}

const call = (t: HttpTransport, method: string, body: unknown, token = t.token) =>
  fetch(`http://127.0.0.1:${t.port}/api/call/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('browser-mode HTTP transport', () => {
  it('serves the Hub API to a caller with the per-run token', async () => {
    const { transport } = await start();
    const response = await call(transport, 'orderHooks.get', {});
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true, value: { thirdOrderActive: false } });
    expect(transport.url).toBe(`http://127.0.0.1:${transport.port}/?token=${transport.token}`);
    expect(transport.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('answers 401 without a token or with a wrong one, and the hub is not called', async () => {
    const { transport, dir } = await start();
    const before = readFileSync(join(dir, 'settings.json'), 'utf8');
    const none = await fetch(`http://127.0.0.1:${transport.port}/api/call/orderHooks.get`, {
      method: 'POST',
      body: '{}',
    });
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const wrong = await call(transport, 'partners.delete', { id: 'x' }, `${transport.token.slice(0, -1)}x`);
    expect(wrong.status).toBe(401);
    const events = await fetch(`http://127.0.0.1:${transport.port}/api/events`);
    expect(events.status).toBe(401);
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(before);
  });

  it('answers an unknown method with unknown_method', async () => {
    const { transport } = await start();
    const response = await call(transport, 'orders.deleteEverything', {});
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('rejects malformed input with a validation error and no state change', async () => {
    const { transport, hub } = await start();
    const response = await call(transport, 'partners.create', { name: '', url: 'javascript:alert(1)' });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; issues: { path: string }[] } };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.issues.map((i) => i.path)).toEqual(expect.arrayContaining(['name', 'url', 'eventTypes']));
    expect(await hub.value('partners.list', {})).toEqual([]);

    const notJson = await raw(transport.port, {
      path: '/api/call/orderHooks.get',
      method: 'POST',
      headers: { Host: `127.0.0.1:${transport.port}`, Authorization: `Bearer ${transport.token}` },
      body: '{nope',
    });
    expect(notJson.status).toBe(400);
  });

  it('answers 413 to an oversize body and keeps serving', async () => {
    const { transport } = await start(1024);
    const huge = JSON.stringify({ name: 'x'.repeat(4096) });
    const response = await raw(transport.port, {
      path: '/api/call/partners.create',
      method: 'POST',
      headers: {
        Host: `127.0.0.1:${transport.port}`,
        Authorization: `Bearer ${transport.token}`,
        'Content-Type': 'application/json',
      },
      body: huge,
    });
    expect(response.status).toBe(413);
    expect(JSON.parse(response.body)).toMatchObject({ error: { code: 'payload_too_large' } });
    // Chunked (no Content-Length): the limit is enforced while reading.
    const chunked = await raw(transport.port, {
      path: '/api/call/partners.create',
      method: 'POST',
      headers: {
        Host: `127.0.0.1:${transport.port}`,
        Authorization: `Bearer ${transport.token}`,
        'Transfer-Encoding': 'chunked',
      },
      body: huge,
    });
    expect(chunked.status).toBe(413);
    expect((await call(transport, 'system.status', {})).status).toBe(200);
  });

  it('refuses a foreign Host header (DNS rebinding) and a foreign Origin', async () => {
    const { transport } = await start();
    const rebound = await raw(transport.port, {
      path: '/api/call/orderHooks.get',
      method: 'POST',
      headers: { Host: `evil.example:${transport.port}`, Authorization: `Bearer ${transport.token}` },
      body: '{}',
    });
    expect(rebound.status).toBe(401);
    const crossSite = await raw(transport.port, {
      path: '/api/call/orderHooks.get',
      method: 'POST',
      headers: {
        Host: `127.0.0.1:${transport.port}`,
        Origin: 'https://evil.example',
        Authorization: `Bearer ${transport.token}`,
      },
      body: '{}',
    });
    expect(crossSite.status).toBe(401);
  });

  it('serves the renderer with a strict CSP and refuses paths outside it', async () => {
    const { transport } = await start();
    const index = await fetch(`http://127.0.0.1:${transport.port}/?token=${transport.token}`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('fixture');
    const csp = index.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe');
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/package.json', '/..%2f..%2fpackage.json']) {
      const escaped = await raw(transport.port, { path, headers: { Host: `127.0.0.1:${transport.port}` } });
      expect(escaped.status).toBe(404);
      expect(escaped.body).not.toContain('"name"');
    }
  });

  it('pushes events over SSE to a token holder', async () => {
    const { transport, hub } = await start();
    const controller = new AbortController();
    const stream = await fetch(`http://127.0.0.1:${transport.port}/api/events`, {
      headers: { Authorization: `Bearer ${transport.token}` },
      signal: controller.signal,
    });
    expect(stream.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
    let text = '';
    const readUntil = async (needle: string) => {
      while (!text.includes(needle)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before "${needle}"`);
        text += new TextDecoder().decode(value);
      }
    };
    // The first chunk is the ": connected" comment: only then is the subscription live.
    await readUntil(': connected');
    hub.connectivity.set(false);
    await readUntil('event: system.status');
    expect(text).toContain(
      'data: {"online":false,"queued":0,"retrying":0,"held":0,"failingPartners":[],"heldPartners":[]}',
    );
    controller.abort();
  });
});
