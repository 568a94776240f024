import type { LookupFunction, Socket } from 'node:net';
import { Axios } from 'axios';
import { buildConnector, Pool } from 'undici';
import { watchConnect } from './connect-watch';
import { webhookAdapter } from './webhook-adapter';

// Most servers drop idle keep-alive connections after 5 s (Node's own default);
// dropping ours first avoids sending on a socket the partner is closing.
const idleSocketMs = 4_000;

/** What every partner's pool shares. */
export interface PartnerPoolOptions {
  /** Concurrent sockets per partner origin (default unlimited; the queue throttles). */
  maxSockets?: number;
  /** Host name resolution (default `dns.lookup`). */
  lookup?: LookupFunction;
}

/** One partner origin's keep-alive pool and the axios instance that sends on it. */
export interface PartnerPool {
  client: Axios;
  /** The connect timeout for sockets this pool opens from now on (the partner's setting). */
  connectTimeoutMs: number;
  destroy(): void;
}

/** An error as undici's own connect timeout would raise it; `classifyError` reads the code. */
function connectTimeoutError(timeoutMs: number): Error {
  return Object.assign(new Error(`Connect timeout after ${timeoutMs} ms`), { code: 'UND_ERR_CONNECT_TIMEOUT' });
}

/**
 * A pool for one partner origin: keep-alive sockets (reused one at a time,
 * opened as concurrency needs them), connects timed by the partner's connect
 * timeout (DNS lookup and TCP connect; a reused socket is not timed), and an
 * axios instance with lean defaults — only what a webhook POST uses, so axios's
 * per-request config merge has little to walk (its stock defaults carry header
 * groups for every method, deep-merged on every call).
 */
export function openPartnerPool(origin: string, options: PartnerPoolOptions): PartnerPool {
  const connect = buildConnector({ timeout: 0, ...(options.lookup ? { lookup: options.lookup } : {}) });
  let connectTimeoutMs = 10_000;
  const pool = new Pool(origin, {
    connections: options.maxSockets ?? null,
    keepAliveTimeout: idleSocketMs,
    keepAliveMaxTimeout: idleSocketMs,
    connect: (connectOptions, callback) => {
      // undici 7's connector returns the socket it opened (lib/core/connect.js), though its type says void.
      const socket = connect(connectOptions, callback) as unknown as Socket;
      const timeoutMs = connectTimeoutMs;
      const asRequest = {
        once: (_event: 'socket', listener: (s: Socket) => void) => listener(socket),
        off: () => undefined,
      };
      socket.once(
        'close',
        watchConnect(asRequest, timeoutMs, () => socket.destroy(connectTimeoutError(timeoutMs))),
      );
    },
  });
  // Lean defaults: an Axios built without axios.create()'s stock defaults.
  const client = new Axios({
    baseURL: origin,
    method: 'post',
    headers: {},
    adapter: webhookAdapter(pool),
    responseType: 'stream',
    maxRedirects: 0,
    proxy: false,
    validateStatus: () => true,
    // The body is sent byte-for-byte as signed: no JSON re-encoding or trimming (no transform at all).
    transformRequest: [],
    transformResponse: [],
  });
  return {
    client,
    get connectTimeoutMs() {
      return connectTimeoutMs;
    },
    set connectTimeoutMs(ms: number) {
      connectTimeoutMs = ms;
    },
    destroy: () => void pool.destroy().catch(() => undefined),
  };
}
