import { randomBytes } from 'node:crypto';
import type { DeliveryTarget, WebhookMessage } from '../../../electron/core/delivery/types';

/** A fresh Standard Webhooks secret for one test. */
export const newSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;

/** The partner's API key; long enough that its mask shows the last four characters. */
export const apiKey = 'sk_live_0123456789abcdefWXYZ';

export const userAgent = 'IntegrationHub/0.1.0 (test)';

/** A target with short timeouts, so failure tests finish quickly. */
export function target(url: string, overrides: Partial<DeliveryTarget> = {}): DeliveryTarget {
  return {
    url,
    customHeader: { name: 'X-Api-Key', value: apiKey },
    signingSecret: null,
    timeoutMs: 5_000,
    connectTimeoutMs: 2_000,
    ...overrides,
  };
}

let counter = 0;

/** An envelope serialized once, with deliberate trailing whitespace and non-ASCII to catch re-encoding. */
export function message(type = 'order.created'): WebhookMessage {
  counter += 1;
  const id = `msg_test_${counter}_${randomBytes(4).toString('hex')}`;
  const body = `${JSON.stringify({ id, type, timestamp: '2026-01-02T03:04:05+01:00', store_id: 's1', sequence: counter, data: { name: 'Crème brûlée' } })}\n`;
  return { id, type, body };
}

/** Every string in an outcome, to prove a secret appears in none of them. */
export function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(allStrings);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => [key, ...allStrings(inner)]);
  return [];
}
