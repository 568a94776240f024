import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../../../../electron/core/delivery/retry-after';

const now = Date.parse('2026-05-01T12:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('7', now)).toBe(7_000);
    expect(parseRetryAfter(' 0 ', now)).toBe(0);
  });

  it('reads an HTTP-date relative to now', () => {
    expect(parseRetryAfter('Fri, 01 May 2026 12:02:00 GMT', now)).toBe(120_000);
  });

  it('caps the wait at one hour', () => {
    expect(parseRetryAfter('86400', now)).toBe(3_600_000);
    expect(parseRetryAfter('Sat, 02 May 2026 12:00:00 GMT', now)).toBe(3_600_000);
    expect(parseRetryAfter('9'.repeat(400), now)).toBe(3_600_000);
  });

  it.each([undefined, '', 'soon', '-5', '1.5', '12abc', 'Thu, 30 Apr 2026 12:00:00 GMT'])('ignores %j', (value) => {
    expect(parseRetryAfter(value, now)).toBeNull();
  });
});
