import type { FailureKind } from './types';

/** `15 s`, `1.5 s`, `300 ms`: a timeout as an operator would read it. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${Number((ms / 1000).toFixed(1))} s`;
}

/** How an HTTP status that is not 2xx is classified. */
export function failureForStatus(status: number): FailureKind {
  if (status >= 300 && status < 400) return 'http_redirect';
  if (status === 401 || status === 403) return 'http_unauthorized';
  if (status === 404 || status === 405) return 'http_not_found';
  if (status === 410) return 'http_gone';
  if (status === 429) return 'http_rate_limited';
  if (status >= 400 && status < 500) return 'http_client_error';
  if (status >= 500 && status < 600) return 'http_server_error';
  return 'unknown';
}

// Long or hostile Location values must not flood the log or a notification.
const maxLocationLength = 200;

/** Plain words for a non-2xx answer, led by the status so support can match it. */
export function statusReason(status: number, location?: string): string {
  switch (status) {
    case 400:
      return '400 — the partner rejected the request as malformed';
    case 401:
      return '401 — the partner rejected the API key';
    case 403:
      return '403 — the partner refused access (check the API key)';
    case 404:
      return "404 — the partner's URL was not found";
    case 405:
      return "405 — the partner's URL does not accept webhooks (POST)";
    case 408:
      return '408 — the partner timed out reading the request';
    case 410:
      return '410 — the partner says this endpoint is gone; it has been disabled';
    case 413:
      return '413 — the partner says the event is too large';
    case 429:
      return '429 — the partner asked us to slow down';
    case 502:
    case 504:
      return `${status} — the partner's gateway could not reach their server`;
    case 503:
      return "503 — the partner's service is unavailable right now";
  }
  if (status >= 300 && status < 400) {
    const to = location ? ` (to ${location.slice(0, maxLocationLength)})` : '';
    return `${status} — the partner's URL redirects elsewhere${to}; update the URL`;
  }
  if (status >= 400 && status < 500) return `${status} — the partner rejected the request`;
  if (status >= 500 && status < 600) return `${status} — the partner's server had an error`;
  return `${status} — the partner gave an unexpected answer`;
}

/** Plain words for an attempt that got no (complete) HTTP answer. */
export function networkReason(
  kind: FailureKind,
  detail: { timeoutMs: number; connectTimeoutMs: number; message: string },
): string {
  switch (kind) {
    case 'timeout':
      return `Timed out after ${formatDuration(detail.timeoutMs)} waiting for the partner`;
    case 'connect_timeout':
      return `Could not connect within ${formatDuration(detail.connectTimeoutMs)}`;
    case 'dns':
      return "The partner's host name could not be found (DNS)";
    case 'refused':
      return "The partner's server refused the connection";
    case 'reset':
      return 'The connection was reset';
    case 'tls':
      return `TLS/certificate problem: ${detail.message}`;
    case 'network_down':
      return "The partner's network could not be reached";
    case 'invalid_url':
      return `The partner's URL is not valid: ${detail.message}`;
    case 'invalid_header':
      return `The partner's request header cannot be sent: ${detail.message}`;
    default:
      return `The request failed: ${detail.message}`;
  }
}

/** The reason given with an `offline` outcome. */
export const offlineReason = 'This PC appears to be offline';
