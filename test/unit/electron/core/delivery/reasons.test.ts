import { describe, expect, it } from 'vitest';
import {
  failureForStatus,
  formatDuration,
  networkReason,
  statusReason,
} from '../../../../../electron/core/delivery/reasons';

describe('reasons', () => {
  it.each([
    [301, 'http_redirect'],
    [308, 'http_redirect'],
    [401, 'http_unauthorized'],
    [403, 'http_unauthorized'],
    [404, 'http_not_found'],
    [405, 'http_not_found'],
    [410, 'http_gone'],
    [429, 'http_rate_limited'],
    [422, 'http_client_error'],
    [503, 'http_server_error'],
    [199, 'unknown'],
  ])('classifies %i as %s', (status, failure) => {
    expect(failureForStatus(status)).toBe(failure);
  });

  it('words statuses for an operator', () => {
    expect(statusReason(404)).toBe("404 — the partner's URL was not found");
    expect(statusReason(302)).toBe("302 — the partner's URL redirects elsewhere; update the URL");
    expect(statusReason(418)).toBe('418 — the partner rejected the request');
    expect(statusReason(507)).toBe("507 — the partner's server had an error");
    expect(statusReason(301, `https://x.example/${'a'.repeat(500)}`).length).toBeLessThan(300);
  });

  it('words timeouts in seconds', () => {
    expect(formatDuration(15_000)).toBe('15 s');
    expect(formatDuration(1_500)).toBe('1.5 s');
    expect(networkReason('timeout', { timeoutMs: 15_000, connectTimeoutMs: 5_000, message: '' })).toBe(
      'Timed out after 15 s waiting for the partner',
    );
    expect(networkReason('connect_timeout', { timeoutMs: 15_000, connectTimeoutMs: 5_000, message: '' })).toBe(
      'Could not connect within 5 s',
    );
  });
});
