import type { FailureKind } from '../../../shared/domain/delivery-failures';

/**
 * The single-request layer of the delivery engine: what one webhook attempt is
 * given and what it reports. The queue decides when to call; a sender only sends.
 */

/** Why an attempt failed: one list, shared with the screens that suggest the fix. */
export type { FailureKind };

/** Where and how to send: resolved at send time from the CURRENT settings (so a fixed URL/key applies on resend). */
export interface DeliveryTarget {
  /** Absolute http(s) URL of the partner's receiver. */
  url: string;
  /** The partner's own header (e.g. an API key), sent as is; shown only masked. */
  customHeader: { name: string; value: string } | null;
  /** `whsec_` + base64; when set, requests carry `webhook-signature`. */
  signingSecret: string | null;
  /**
   * After a rotation (#14), the previous secret and when it stops (epoch ms): a
   * request whose `webhook-timestamp` is before then carries its signature too,
   * space-separated after the new one's, so a partner still verifying with it
   * accepts the request. Judged per attempt, so a retry after the stop carries only the new one.
   */
  oldSigningSecret?: { secret: string; stopsAt: number } | null;
  /** Whole exchange: connect, send, status line and reading the response excerpt. */
  timeoutMs: number;
  /** DNS lookup plus TCP connect of a new socket (a reused keep-alive socket skips it). */
  connectTimeoutMs: number;
}

/**
 * What to send: the envelope JSON is serialized once by the caller and sent
 * byte-for-byte on every attempt.
 *
 * There is deliberately no timestamp here: `webhook-timestamp` is the time of the
 * attempt, as Standard Webhooks intends (receivers reject signatures older than a
 * few minutes, so a retry hours later must be signed afresh). The event's own
 * time is the envelope's `timestamp`.
 */
export interface WebhookMessage {
  /** `webhook-id`; the event id, stable across retries and resends. */
  id: string;
  /** The event type (e.g. `order.created`), for the caller's records; not sent as a header. */
  type: string;
  /** The serialized envelope. */
  body: string;
}

/** The parts every outcome shares. */
interface OutcomeBase {
  /** From the start of the attempt to its outcome, including reading the excerpt (`performance.now()`). */
  latencyMs: number;
  /**
   * The request headers as sent, for the delivery log, with the custom header's
   * value masked (`••••` + last 4 when 12+ characters). The signature is shown: it
   * is not a secret. The signing secret never appears.
   */
  requestHeaders: Record<string, string>;
}

/** The partner answered 2xx. */
export interface DeliveredOutcome extends OutcomeBase {
  kind: 'delivered';
  status: number;
  /** At most `maxResponseBytes` of the (decompressed) body, as UTF-8, secrets redacted. */
  responseExcerpt: string;
  /** True when the body was longer than the excerpt (the rest was not read). */
  responseTruncated: boolean;
}

/** The attempt counts as failed: the engine spends an attempt and schedules a retry (or gives up). */
export interface FailedOutcome extends OutcomeBase {
  kind: 'failed';
  failure: FailureKind;
  /** The HTTP status when one was received (even if the body then timed out or was cut off). */
  status: number | null;
  responseExcerpt: string;
  responseTruncated: boolean;
  /** `Retry-After` of a 429/503, in ms from now (capped at 1 h); null when absent or unusable. */
  retryAfterMs: number | null;
  /** One plain sentence for a restaurant operator, e.g. `401 — the partner rejected the API key`. */
  reason: string;
}

/**
 * This PC appears to be offline: not a failure, no attempt is spent and the partner
 * is not marked failing; the engine waits for connectivity (with a back-off, since
 * the probe can say online while DNS or routing is still down).
 */
export interface OfflineOutcome extends OutcomeBase {
  kind: 'offline';
  reason: string;
}

/**
 * The app is closing and cut this attempt off (or it never started): not a
 * failure, no attempt is spent; it is sent again, with the same id, at the next start.
 */
export interface InterruptedOutcome extends OutcomeBase {
  kind: 'interrupted';
}

/** The result of one attempt. A sender never throws; everything ends up here. */
export type SendOutcome = DeliveredOutcome | FailedOutcome | OfflineOutcome | InterruptedOutcome;

/** Sends one webhook attempt. Implementations keep connections alive across sends. */
export interface WebhookSender {
  /** One attempt; resolves (never rejects) within about `target.timeoutMs`. */
  send(target: DeliveryTarget, message: WebhookMessage): Promise<SendOutcome>;
  /**
   * Drops pooled connections and cuts off sends still in flight, which end as
   * `interrupted`; later sends end so at once. Closing must not wait on a partner.
   */
  close(): void;
}
