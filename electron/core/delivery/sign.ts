import { createHmac } from 'node:crypto';

const secretPrefix = 'whsec_';

/**
 * The Standard Webhooks `webhook-signature` value: `v1,` + base64 HMAC-SHA256 of
 * `${msgId}.${timestampSeconds}.${body}`, keyed with the base64-decoded part of the
 * `whsec_` secret. `body` must be the exact bytes sent (UTF-8).
 */
export function signWebhook(secret: string, msgId: string, timestampSeconds: number, body: string): string {
  const encoded = secret.startsWith(secretPrefix) ? secret.slice(secretPrefix.length) : secret;
  const key = Buffer.from(encoded, 'base64');
  // An empty key would still produce a "valid-looking" signature nobody can verify.
  if (key.length === 0) throw new RangeError('The signing secret is empty.');
  const signature = createHmac('sha256', key).update(`${msgId}.${timestampSeconds}.${body}`, 'utf8').digest('base64');
  return `v1,${signature}`;
}
