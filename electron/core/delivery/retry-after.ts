/** The longest wait a partner's `Retry-After` may impose on one delivery. */
export const maxRetryAfterMs = 3_600_000;

// RFC 9110 §10.2.3: delay-seconds is 1*DIGIT; anything else must be an HTTP-date.
const delaySeconds = /^\d+$/;

/**
 * Parses a `Retry-After` value (delay-seconds or an HTTP-date) into milliseconds
 * from `nowMs`, capped at one hour. Garbage, negative delays and dates in the past
 * give null, so a broken header falls back to the normal schedule.
 */
export function parseRetryAfter(value: string | undefined, nowMs: number): number | null {
  const text = value?.trim();
  if (!text) return null;
  let ms: number;
  if (delaySeconds.test(text)) {
    ms = Number(text) * 1000;
  } else {
    // Date.parse also accepts bare numbers and ISO strings; requiring a letter keeps
    // "-5" or "1.5" from being read as dates.
    if (!/[A-Za-z]/.test(text)) return null;
    const at = Date.parse(text);
    if (Number.isNaN(at)) return null;
    ms = at - nowMs;
    if (ms < 0) return null;
  }
  // An absurdly long delay-seconds is still "wait a long time": Infinity caps too.
  return Math.min(ms, maxRetryAfterMs);
}
