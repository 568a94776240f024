import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { systemClock, type Clock } from '../ports';
import { buildRequest, redactSecrets } from './build-request';
import { classifyError } from './classify-error';
import { openPartnerPool, type PartnerPool } from './partner-pool';
import { readExcerpt, type Excerpt } from './read-excerpt';
import { failureForStatus, networkReason, offlineReason, statusReason } from './reasons';
import { parseRetryAfter } from './retry-after';
import type { DeliveryTarget, FailureKind, SendOutcome, WebhookMessage, WebhookSender } from './types';

/** Options for {@link createAxiosSender}. */
export interface AxiosSenderOptions {
  /** Names the app and version, e.g. `IntegrationHub/1.2.0`. */
  userAgent: string;
  /** How much of a response body is kept (and read at all); default 4096. */
  maxResponseBytes?: number;
  /** The connectivity probe; network errors while it says false are `offline`, not failures. */
  isOnline?: () => boolean;
  /** Concurrent sockets per partner origin (default unlimited; the queue throttles). */
  maxSockets?: number;
  /** Signs each attempt with this clock's time (`webhook-timestamp`). */
  clock?: Clock;
  /** Host name resolution (default `dns.lookup`); injectable for tests and DNS caching. */
  lookup?: LookupFunction;
}

/**
 * After a 2xx status line the webhook is delivered; its body is only kept for
 * the log, so it gets at most this long (within the attempt's timeout). A slow
 * body must not turn a delivery into a timeout, and a retry into a duplicate.
 */
export const acceptedBodyWaitMs = 1_000;

/** Why this send stopped before its natural end. */
type StopCause = 'timeout' | 'closed';

/**
 * A {@link WebhookSender} on axios over undici keep-alive pools (one per partner
 * origin, see `partner-pool.ts`): no redirects followed, at most
 * `maxResponseBytes` of a body read, a connect timeout and a total timeout per
 * attempt. It never throws; every problem is a {@link SendOutcome}.
 */
export function createAxiosSender(options: AxiosSenderOptions): WebhookSender {
  const maxResponseBytes = options.maxResponseBytes ?? 4096;
  const isOnline = options.isOnline ?? (() => true);
  const clock = options.clock ?? systemClock;
  // One pool (and axios instance) per partner origin, opened on its first send.
  const pools = new Map<string, PartnerPool>();
  const poolFor = (origin: string, connectTimeoutMs: number): PartnerPool => {
    let pool = pools.get(origin);
    if (!pool) {
      pool = openPartnerPool(origin, { maxSockets: options.maxSockets, lookup: options.lookup });
      pools.set(origin, pool);
    }
    pool.connectTimeoutMs = connectTimeoutMs;
    return pool;
  };
  const inFlight = new Set<(cause: StopCause) => void>();
  let closed = false;

  async function send(target: DeliveryTarget, message: WebhookMessage): Promise<SendOutcome> {
    const started = performance.now();
    const latency = (): number => Math.round(performance.now() - started);
    const built = buildRequest(target, message, options.userAgent, Math.floor(clock.now().getTime() / 1000));
    const requestHeaders = built.shownHeaders;
    if (closed) return { kind: 'interrupted', latencyMs: latency(), requestHeaders };
    if (!built.ok) {
      const { failure, reason } = built;
      return {
        kind: 'failed',
        failure,
        status: null,
        latencyMs: latency(),
        responseExcerpt: '',
        responseTruncated: false,
        retryAfterMs: null,
        reason,
        requestHeaders,
      };
    }

    const controller = new AbortController();
    let cause: StopCause | null = null;
    const stop = (why: StopCause): void => {
      cause ??= why;
      controller.abort();
    };
    inFlight.add(stop);
    const totalTimer = setTimeout(() => stop('timeout'), target.timeoutMs);
    let status: number | null = null;

    try {
      const { client } = poolFor(built.origin, target.connectTimeoutMs);
      // request() with the method from the instance's defaults, not post(): post merges
      // its arguments into a config first, one more of axios's config merges per delivery.
      const response = await client.request<Readable>({
        url: built.path,
        data: message.body,
        headers: built.headers,
        signal: controller.signal,
      });
      status = response.status;
      const accepted = status >= 200 && status < 300;
      const excerpt = accepted
        ? await readAcceptedBody(response.data, maxResponseBytes, controller.signal)
        : await readExcerpt(response.data, maxResponseBytes, controller.signal);
      // undici frees the socket for the next request one turn of the event loop
      // after the body ends; a send issued before that would open a second socket.
      if (!excerpt.truncated) await nextTurn();
      const location = response.headers.location as unknown;
      const retryAfter = response.headers['retry-after'] as unknown;
      return answered(target, status, excerpt, latency(), requestHeaders, {
        location: typeof location === 'string' ? location : undefined,
        retryAfter: typeof retryAfter === 'string' ? retryAfter : undefined,
        nowMs: clock.now().getTime(),
      });
    } catch (error) {
      return unanswered(target, error, cause, status, latency(), requestHeaders, isOnline());
    } finally {
      clearTimeout(totalTimer);
      inFlight.delete(stop);
    }
  }

  return {
    send,
    close() {
      closed = true;
      for (const stop of inFlight) stop('closed');
      for (const pool of pools.values()) pool.destroy();
      pools.clear();
    },
  };
}

/** The body of a 2xx, best effort: what arrives within `acceptedBodyWaitMs` (or before the attempt's timeout). */
function readAcceptedBody(body: Readable, maxBytes: number, attempt: AbortSignal): Promise<Excerpt> {
  // readExcerpt's own timer, not AbortSignal.timeout() (it fired a second later for every
  // delivery and built a DOMException each time, ~3.5 % of a drain's CPU profile) nor a
  // second AbortController with listeners on the attempt's.
  return readExcerpt(body, maxBytes, attempt, 'keep-what-arrived', acceptedBodyWaitMs);
}

/** The outcome of an attempt that got a status and (the start of) a body. */
function answered(
  target: DeliveryTarget,
  status: number,
  excerpt: Excerpt,
  latencyMs: number,
  requestHeaders: Record<string, string>,
  response: { location: string | undefined; retryAfter: string | undefined; nowMs: number },
): SendOutcome {
  const responseExcerpt = redactSecrets(excerpt.bytes.toString('utf8'), target, { cut: excerpt.truncated });
  const responseTruncated = excerpt.truncated;
  if (status >= 200 && status < 300) {
    return { kind: 'delivered', status, latencyMs, responseExcerpt, responseTruncated, requestHeaders };
  }
  const retryAfterMs = status === 429 || status === 503 ? parseRetryAfter(response.retryAfter, response.nowMs) : null;
  return {
    kind: 'failed',
    failure: failureForStatus(status),
    status,
    latencyMs,
    responseExcerpt,
    responseTruncated,
    retryAfterMs,
    reason: statusReason(status, response.location),
    requestHeaders,
  };
}

/** The outcome of an attempt that ended without a complete answer. */
function unanswered(
  target: DeliveryTarget,
  error: unknown,
  cause: StopCause | null,
  status: number | null,
  latencyMs: number,
  requestHeaders: Record<string, string>,
  online: boolean,
): SendOutcome {
  if (cause === 'closed') return { kind: 'interrupted', latencyMs, requestHeaders };
  // Our own timers aborted the request: the abort error says nothing useful.
  const classified = cause ? { kind: cause, message: '' } : classifyError(error);
  const isConfigProblem = classified.kind === 'invalid_url' || classified.kind === 'invalid_header';
  if (classified.kind === 'offline' || (!online && !isConfigProblem)) {
    return { kind: 'offline', latencyMs, reason: offlineReason, requestHeaders };
  }
  return failed(
    classified.kind,
    networkReason(classified.kind, {
      timeoutMs: target.timeoutMs,
      connectTimeoutMs: target.connectTimeoutMs,
      message: classified.message,
    }),
  );

  function failed(failure: FailureKind, reason: string): SendOutcome {
    return {
      kind: 'failed',
      failure,
      status,
      latencyMs,
      responseExcerpt: '',
      responseTruncated: false,
      retryAfterMs: null,
      reason,
      requestHeaders,
    };
  }
}
