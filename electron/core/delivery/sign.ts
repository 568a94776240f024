import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';

const secretPrefix = 'whsec_';

/**
 * The Standard Webhooks `webhook-signature` value: `v1,` + base64 HMAC-SHA256 of
 * `${msgId}.${timestampSeconds}.${body}`, keyed with the base64-decoded part of the
 * `whsec_` secret. `body` must be the exact bytes sent (UTF-8).
 */
export function signWebhook(secret: string, msgId: string, timestampSeconds: number, body: string): string {
  const signature = createHmac('sha256', keyFor(secret))
    .update(`${msgId}.${timestampSeconds}.${body}`, 'utf8')
    .digest('base64');
  return `v1,${signature}`;
}

/** Importing a raw key costs more than the HMAC itself; partners have one secret each. */
const keys = new Map<string, KeyObject>();
const maxCachedKeys = 256;

function keyFor(secret: string): KeyObject {
  let key = keys.get(secret);
  if (key) return key;
  const encoded = secret.startsWith(secretPrefix) ? secret.slice(secretPrefix.length) : secret;
  const raw = Buffer.from(encoded, 'base64');
  // An empty key would still produce a "valid-looking" signature nobody can verify.
  if (raw.length === 0) throw new RangeError('The signing secret is empty.');
  key = createSecretKey(raw);
  if (keys.size >= maxCachedKeys) keys.clear();
  keys.set(secret, key);
  return key;
}
