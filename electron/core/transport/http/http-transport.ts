import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fail, type ErrorCode, type Result } from '../../../../shared/contract';
import type { Hub, Logger } from '../../ports';
import { openEventStream } from './event-stream';
import { readJsonBody } from './read-json-body';
import { hasValidToken, isAllowedHost, isAllowedOrigin } from './request-guards';
import { securityHeaders } from './security-headers';
import { serveStatic } from './static-files';

/** Settings forms are a few KB; 1 MiB leaves room without letting a caller exhaust memory. */
export const defaultMaxBodyBytes = 1024 * 1024;

const statusFor: Record<ErrorCode, number> = {
  validation_failed: 400,
  unknown_method: 404,
  not_found: 404,
  unauthorized: 401,
  payload_too_large: 413,
  internal: 500,
};

export interface HttpTransportOptions {
  hub: Hub;
  /** The built renderer (`out/renderer`). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Defaults to 32 random bytes, new on every run. */
  token?: string;
  maxBodyBytes?: number;
  logger: Logger;
}

export interface HttpTransport {
  port: number;
  token: string;
  /** The address to open, token included. */
  url: string;
  close(): Promise<void>;
}

function sendResult(response: ServerResponse, result: Result<unknown>): void {
  const status = result.ok ? 200 : statusFor[result.error.code];
  const body = JSON.stringify(result);
  response.writeHead(status, {
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

/**
 * Browser mode's transport: the Hub API over HTTP on 127.0.0.1 only. Every API
 * request needs the per-run bearer token; `Host` and `Origin` are checked
 * against DNS rebinding and cross-site calls; bodies are size-limited; events
 * stream as SSE. The static renderer is served without the token — it is the
 * same public code the desktop app ships — but no data is reachable without it.
 */
export async function startHttpTransport(options: HttpTransportOptions): Promise<HttpTransport> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  const limit = options.maxBodyBytes ?? defaultMaxBodyBytes;
  const streams = new Set<() => void>();
  let port = 0;

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (!isAllowedHost(request.headers.host, port)) {
      return sendResult(response, fail('unauthorized', 'This address is only served as 127.0.0.1 or localhost.'));
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (!url.pathname.startsWith('/api/')) {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { ...securityHeaders, Allow: 'GET, HEAD' }).end();
        return;
      }
      return serveStatic(options.staticDir, url.pathname, response, request.method === 'HEAD');
    }
    if (!isAllowedOrigin(request.headers.origin, port)) {
      return sendResult(response, fail('unauthorized', 'Calls from other sites are not accepted.'));
    }
    if (!hasValidToken(request, token)) {
      return sendResult(
        response,
        fail('unauthorized', 'Missing or wrong access token; open the address printed at start-up.'),
      );
    }
    if (url.pathname === '/api/events' && request.method === 'GET') {
      const close = openEventStream(options.hub, response);
      streams.add(close);
      response.on('close', () => streams.delete(close));
      return;
    }
    const callPrefix = '/api/call/';
    if (!url.pathname.startsWith(callPrefix) || request.method !== 'POST') {
      return sendResult(response, fail('unknown_method', 'Use POST /api/call/<method> or GET /api/events.'));
    }
    const body = await readJsonBody(request, limit);
    if (body.kind === 'too_large') {
      // Stop receiving the rest of an oversize upload once the answer is out.
      response.setHeader('Connection', 'close');
      response.on('finish', () => request.destroy());
      return sendResult(response, fail('payload_too_large', `The request body is larger than ${limit} bytes.`));
    }
    if (body.kind === 'invalid_json') {
      return sendResult(response, fail('validation_failed', 'The request body is not valid JSON.'));
    }
    let method: string;
    try {
      method = decodeURIComponent(url.pathname.slice(callPrefix.length));
    } catch {
      return sendResult(response, fail('unknown_method', 'The method name is not valid.'));
    }
    sendResult(response, await options.hub.call(method, body.value));
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.logger.error('browser-mode request failed', {
        error: error instanceof Error ? error.message : String(error),
      });
      if (!response.headersSent) sendResult(response, fail('internal', 'The request could not be handled.'));
      else response.destroy();
    });
  });
  // Headers the size of a settings form; anything larger is not ours.
  server.maxHeadersCount = 100;
  server.headersTimeout = 10_000;

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolvePromise());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolvePromise) => {
        for (const close of streams) close();
        server.closeAllConnections();
        server.close(() => resolvePromise());
      }),
  };
}
