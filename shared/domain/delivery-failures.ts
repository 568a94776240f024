/**
 * Why an attempt failed, coarse enough to drive policy (410 disables, 429/503 honour
 * Retry-After) and to pick plain words and the fix for the operator. Stored with
 * every failed attempt and with a destination's failure streak, and carried by
 * alerts, the status bar and partner health, so no screen re-reads English text.
 *
 * `network_down` is the partner's network being unreachable (EHOSTUNREACH) while this
 * PC is online; this PC being offline is not a failure at all. `http_not_found` is a
 * 404 or 405: the URL points at nothing that takes webhooks. `invalid_header` is a
 * stored custom header HTTP cannot carry.
 */
export const failureKinds = [
  'http_redirect',
  'http_unauthorized',
  'http_not_found',
  'http_gone',
  'http_rate_limited',
  'http_client_error',
  'http_server_error',
  'timeout',
  'connect_timeout',
  'dns',
  'refused',
  'reset',
  'tls',
  'network_down',
  'invalid_url',
  'invalid_header',
  'unknown',
] as const;
export type FailureKind = (typeof failureKinds)[number];

/** Reads a stored failure kind back; anything else (an older row, a typo) is unknown. */
export function asFailureKind(value: string | null | undefined): FailureKind | null {
  if (value === null || value === undefined) return null;
  return (failureKinds as readonly string[]).includes(value) ? (value as FailureKind) : 'unknown';
}

/**
 * Where the fix for a failing destination lies:
 * - `key`: the partner refused the key (or the stored header cannot be sent);
 * - `url`: the URL leads nowhere (DNS, refused, 404, a redirect, gone);
 * - `partner`: the partner's server is in trouble; nothing to change here;
 * - `unknown`: no classification to go on.
 */
export type FixArea = 'key' | 'url' | 'partner' | 'unknown';

const areaOf: Readonly<Record<FailureKind, FixArea>> = {
  http_unauthorized: 'key',
  invalid_header: 'key',
  http_not_found: 'url',
  http_redirect: 'url',
  http_gone: 'url',
  dns: 'url',
  refused: 'url',
  invalid_url: 'url',
  http_server_error: 'partner',
  http_rate_limited: 'partner',
  http_client_error: 'partner',
  timeout: 'partner',
  connect_timeout: 'partner',
  reset: 'partner',
  network_down: 'partner',
  tls: 'partner',
  unknown: 'unknown',
};

/** The fix area for the latest failure of a destination (null: none recorded). */
export function fixAreaOf(failure: FailureKind | null): FixArea {
  return failure === null ? 'unknown' : areaOf[failure];
}

/** What to do, in a manager's words: a link label (where there is something to change) or a note. */
export interface FixAdvice {
  area: FixArea;
  /** The fix link's text; null when there is nothing to change in this app. */
  action: string | null;
  /** A sentence for when there is nothing to click, or beside a desktop notification. */
  note: string;
}

/** The one mapping from a failure to its fix: used by toasts, notifications, the status bar and the Dashboard. */
export function fixAdviceFor(failure: FailureKind | null): FixAdvice {
  const area = fixAreaOf(failure);
  switch (area) {
    case 'key':
      return { area, action: 'Check the API key', note: 'Check the API key.' };
    case 'url':
      return { area, action: 'Check the URL', note: 'Check the URL.' };
    case 'partner':
      return {
        area,
        action: null,
        note: "Nothing to change here — the partner's server is having trouble; it will be retried, or contact them.",
      };
    case 'unknown':
      return { area, action: 'Check the URL and key', note: 'Check the URL and key.' };
  }
}
