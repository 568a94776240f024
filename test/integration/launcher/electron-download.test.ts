import { createHash, randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { downloadElectronZip, type DownloadProgress } from '../../../electron/launcher/electron-download';
import { useTempDir } from '../../support/temp-dir';

const newDir = useTempDir();
const electronDir = join(import.meta.dirname, '../../../node_modules/electron');
const version = (JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')) as { version: string }).version;
const zipName = `electron-v${version}-${process.platform}-${process.arch}.zip`;

let servers: Server[] = [];
afterEach(async () => {
  for (const server of servers) server.closeAllConnections();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  servers = [];
});

/** A loopback "release mirror" that answers every request with `serve`. */
async function mirror(serve: (res: ServerResponse) => void): Promise<string> {
  const server = createServer((_req, res) => serve(res));
  servers.push(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

/** Sends `payload` in `parts` pieces, `gapMs` apart. */
function trickle(payload: Buffer, parts: number, gapMs: number): (res: ServerResponse) => void {
  return (res) => {
    res.writeHead(200, { 'content-length': String(payload.length), 'content-type': 'application/zip' });
    const size = Math.ceil(payload.length / parts);
    let sent = 0;
    const next = (): void => {
      res.write(payload.subarray(sent, sent + size));
      sent += size;
      if (sent >= payload.length) res.end();
      else setTimeout(next, gapMs);
    };
    next();
  };
}

describe('the first Electron download', () => {
  it('reports progress and completes however long it takes, as long as bytes keep coming', async () => {
    const payload = randomBytes(64 * 1024);
    const cacheRoot = newDir();
    const progress: DownloadProgress[] = [];
    const started = performance.now();
    const result = await downloadElectronZip({
      electronDir,
      env: { electron_config_cache: cacheRoot },
      mirror: await mirror(trickle(payload, 8, 120)),
      checksums: { [zipName]: createHash('sha256').update(payload).digest('hex') },
      // Far shorter than the whole download: only a stall may end it.
      stallMs: 400,
      onProgress: (p) => progress.push(p),
    });
    expect(result).toEqual({ ok: true });
    expect(performance.now() - started).toBeGreaterThan(400);
    expect(progress.length).toBeGreaterThanOrEqual(8);
    expect(progress.at(-1)).toEqual({ transferred: payload.length, total: payload.length });
    // In @electron/get's cache, where the electron package's installer finds it and only unpacks it.
    const cached = readdirSync(cacheRoot, { recursive: true, encoding: 'utf8' }).find((f) => f.endsWith(zipName));
    expect(cached).toBeDefined();
  });

  it('gives up on a download that stalls', async () => {
    const result = await downloadElectronZip({
      electronDir,
      env: { electron_config_cache: newDir() },
      mirror: await mirror((res) => {
        res.writeHead(200, { 'content-length': '1000000' });
        res.write(Buffer.alloc(1000));
      }),
      checksums: { [zipName]: '0'.repeat(64) },
      stallMs: 300,
      onProgress: () => undefined,
    });
    expect(result).toEqual({ ok: false, reason: 'the download stalled (nothing arrived for 0.3 s)' });
  });

  it('says why when the server cannot be reached', async () => {
    const url = await mirror(() => undefined);
    await new Promise((resolve) => servers.pop()?.close(resolve));
    const result = await downloadElectronZip({
      electronDir,
      env: { electron_config_cache: newDir() },
      mirror: url,
      checksums: { [zipName]: '0'.repeat(64) },
      stallMs: 5_000,
      onProgress: () => undefined,
    });
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toMatch(/ECONNREFUSED/);
  });
});
