import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

/** One request as the receiver saw it. */
export interface ReceivedRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

/** A real HTTP server on 127.0.0.1 (random port) that misbehaves however a test asks. */
export interface Receiver {
  url: string;
  port: number;
  requests: ReceivedRequest[];
  /** TCP connections accepted so far (keep-alive reuse shows as fewer connections than requests). */
  connections: number;
  /** Resolves with the next request's record as soon as its body has arrived. */
  nextRequest(): Promise<ReceivedRequest>;
}

/** Answers (or misbehaves on) one request; may return a promise. */
type Handler = (request: ReceivedRequest, res: ServerResponse, req: IncomingMessage) => unknown;

const open: Array<() => Promise<void>> = [];

/** Closes every receiver a test started, cutting connections a test left hanging. */
export function useReceivers(): void {
  afterEach(async () => {
    await Promise.all(open.splice(0).map((close) => close()));
  });
}

/** Starts a receiver whose every request is answered by `handler` (after its body is read). */
export async function startReceiver(handler: Handler): Promise<Receiver> {
  const waiting: Array<(request: ReceivedRequest) => void> = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (typeof value === 'string') headers[name] = value;
      }
      const request = {
        method: req.method ?? '',
        url: req.url ?? '',
        headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      receiver.requests.push(request);
      waiting.shift()?.(request);
      void Promise.resolve(handler(request, res, req)).catch(() => res.destroy());
    });
  });
  server.on('connection', () => {
    receiver.connections += 1;
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const receiver: Receiver = {
    url: `http://127.0.0.1:${port}/hooks`,
    port,
    requests: [],
    connections: 0,
    nextRequest: () => new Promise((resolve) => waiting.push(resolve)),
  };
  open.push(async () => {
    server.closeAllConnections();
    server.close();
    await once(server, 'close');
  });
  return receiver;
}

/** A port nothing listens on: bound by a throwaway server, then released. */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, 'close');
  return port;
}
