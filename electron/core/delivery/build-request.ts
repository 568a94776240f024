import { headerNameProblem, headerValueProblem, urlProblem } from '../../../shared/domain/http-rules';
import { maskSecret } from '../../../shared/domain/secrets';
import { redactSecretValues } from '../secrets/redact';
import { signWebhook } from './sign';
import type { DeliveryTarget, FailureKind, WebhookMessage } from './types';

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/** A request ready for the wire (`origin` picks the pool, `path` is path and query), or why it cannot be sent as configured. */
export type BuiltRequest =
  | { ok: true; origin: string; path: string; headers: Record<string, string>; shownHeaders: Record<string, string> }
  | { ok: false; failure: FailureKind; reason: string; shownHeaders: Record<string, string> };

type CheckedUrl = { problem: string } | { problem: null; origin: string; path: string };

/**
 * A partner's URL is the same for each of its deliveries: it is checked and
 * parsed once (every delivery parsed it twice here, in a drain).
 */
const checkedUrls = new Map<string, CheckedUrl>();
const maxCheckedUrls = 256;

function checkedUrl(raw: string): CheckedUrl {
  let checked = checkedUrls.get(raw);
  if (checked) return checked;
  const problem = urlProblem(raw);
  if (problem) {
    checked = { problem };
  } else {
    const url = new URL(raw);
    checked = { problem: null, origin: url.origin, path: url.pathname + url.search };
  }
  if (checkedUrls.size >= maxCheckedUrls) checkedUrls.clear();
  checkedUrls.set(raw, checked);
  return checked;
}

/**
 * The headers one attempt sends (`headers`) and their log-safe copy
 * (`shownHeaders`, custom value masked). Settings were validated when saved, but
 * they are re-checked here: a stored value from an older version must fail as a
 * clear configuration problem, not as an exception deep inside the HTTP stack.
 */
export function buildRequest(
  target: DeliveryTarget,
  message: WebhookMessage,
  userAgent: string,
  timestampSeconds: number,
): BuiltRequest {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    'user-agent': userAgent,
    'webhook-id': message.id,
    'webhook-timestamp': String(timestampSeconds),
  };
  const shownHeaders = { ...headers };
  const fail = (failure: FailureKind, reason: string): BuiltRequest => ({ ok: false, failure, reason, shownHeaders });

  const custom = target.customHeader;
  if (custom) {
    shownHeaders[custom.name] = maskSecret(custom.value);
    const problem = headerNameProblem(custom.name) ?? headerValueProblem(custom.value);
    if (problem) return fail('invalid_header', `The partner's request header cannot be sent: ${lowerFirst(problem)}`);
    headers[custom.name] = custom.value;
  }

  const secrets = signingSecretsAt(target, timestampSeconds);
  if (secrets.length > 0) {
    try {
      headers['webhook-signature'] = secrets
        .map((secret) => signWebhook(secret, message.id, timestampSeconds, message.body))
        .join(' ');
    } catch {
      return fail('unknown', 'The signing secret is not valid; generate a new one');
    }
    shownHeaders['webhook-signature'] = headers['webhook-signature'];
  }

  const url = checkedUrl(target.url);
  if (url.problem !== null) return fail('invalid_url', `The partner's URL is not valid: ${lowerFirst(url.problem)}`);
  return { ok: true, origin: url.origin, path: url.path, headers, shownHeaders };
}

/**
 * The secrets that sign a request stamped `timestampSeconds`: the current one, and
 * during a rotation's overlap the old one after it (Standard Webhooks lets
 * `webhook-signature` hold several, space-separated; a verifier accepts any match).
 */
function signingSecretsAt(target: DeliveryTarget, timestampSeconds: number): string[] {
  if (!target.signingSecret) return [];
  const old = target.oldSigningSecret;
  return old && timestampSeconds * 1000 < old.stopsAt ? [target.signingSecret, old.secret] : [target.signingSecret];
}

/**
 * Replaces any secret the partner echoed back (some echo the request headers) in
 * a response excerpt, so the delivery log never stores one — also JSON-escaped,
 * URL-encoded, or its start where the excerpt was `cut` at the byte limit.
 */
export function redactSecrets(text: string, target: DeliveryTarget, { cut = false } = {}): string {
  const signing = [target.signingSecret, target.oldSigningSecret?.secret];
  const secrets = [target.customHeader?.value, ...signing, ...signing.map((secret) => secret?.replace(/^whsec_/, ''))];
  return redactSecretValues(
    text,
    secrets.filter((secret): secret is string => Boolean(secret)),
    { cut },
  );
}
