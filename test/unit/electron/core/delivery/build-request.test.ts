import { Webhook } from 'standardwebhooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildRequest, redactSecrets } from '../../../../../electron/core/delivery/build-request';
import type { DeliveryTarget } from '../../../../../electron/core/delivery/types';

const secret = `whsec_${Buffer.alloc(32, 7).toString('base64')}`;
const target: DeliveryTarget = {
  url: 'https://partner.example/hooks',
  customHeader: { name: 'Authorization', value: 'Bearer 0123456789abcdef' },
  signingSecret: secret,
  timeoutMs: 15_000,
  connectTimeoutMs: 5_000,
};
const message = { id: 'msg_1', type: 'order.created', body: '{}' };

describe('buildRequest', () => {
  it('sends the real values and shows them masked', () => {
    const built = buildRequest(target, message, 'Hub/1', 1_700_000_000);
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    expect(built.headers).toMatchObject({
      Authorization: 'Bearer 0123456789abcdef',
      'webhook-timestamp': '1700000000',
    });
    expect(built.shownHeaders.Authorization).toBe('••••cdef');
    expect(built.shownHeaders['webhook-signature']).toBe(built.headers['webhook-signature']);
    expect(JSON.stringify(built.shownHeaders)).not.toContain(secret.slice(6));
  });

  it('refuses a custom header the app sets itself, as a configuration problem', () => {
    const built = buildRequest(
      { ...target, customHeader: { name: 'Webhook-Signature', value: 'x'.repeat(20) } },
      message,
      'Hub/1',
      1,
    );
    expect(built).toMatchObject({ ok: false, failure: 'invalid_header' });
  });

  it('refuses a URL that is not http(s) or carries credentials', () => {
    expect(buildRequest({ ...target, url: 'not a url' }, message, 'Hub/1', 1)).toMatchObject({
      ok: false,
      failure: 'invalid_url',
    });
    expect(buildRequest({ ...target, url: 'https://u:p@partner.example/' }, message, 'Hub/1', 1)).toMatchObject({
      ok: false,
      failure: 'invalid_url',
    });
  });
});

describe('buildRequest during a signing-secret rotation (#14)', () => {
  const oldSecret = `whsec_${Buffer.alloc(32, 9).toString('base64')}`;
  const stopsAt = Date.parse('2026-11-23T12:00:00.000Z');
  const rotating: DeliveryTarget = { ...target, oldSigningSecret: { secret: oldSecret, stopsAt } };
  const body = '{"type":"order.created"}';

  /** What a partner holding `key` concludes at the request's own time (its clock agrees with ours). */
  function verifies(key: string, headers: Record<string, string>): boolean {
    vi.useFakeTimers({ toFake: ['Date'], now: Number(headers['webhook-timestamp']) * 1000 });
    try {
      new Webhook(key).verify(body, headers);
      return true;
    } catch {
      return false;
    } finally {
      vi.useRealTimers();
    }
  }
  afterEach(() => vi.useRealTimers());

  it('signs with both secrets, space-separated, the new one first, until the old one stops', () => {
    const built = buildRequest(rotating, { ...message, body }, 'Hub/1', stopsAt / 1000 - 1);
    if (!built.ok) throw new Error(built.reason);
    const signatures = built.headers['webhook-signature']?.split(' ') ?? [];
    expect(signatures).toHaveLength(2);
    expect(signatures.every((signature) => /^v1,[A-Za-z0-9+/]{43}=$/.test(signature))).toBe(true);
    expect(verifies(secret, built.headers)).toBe(true);
    expect(verifies(oldSecret, built.headers)).toBe(true);
    expect(built.shownHeaders['webhook-signature']).toBe(built.headers['webhook-signature']);
    expect(JSON.stringify(built.shownHeaders)).not.toContain(oldSecret.slice(6));
  });

  it('signs with the new secret only from the stop on, judged by the request’s own timestamp', () => {
    for (const timestamp of [stopsAt / 1000, stopsAt / 1000 + 3600]) {
      const built = buildRequest(rotating, { ...message, body }, 'Hub/1', timestamp);
      if (!built.ok) throw new Error(built.reason);
      expect(built.headers['webhook-signature']?.split(' ')).toHaveLength(1);
      expect(verifies(secret, built.headers)).toBe(true);
      expect(verifies(oldSecret, built.headers)).toBe(false);
    }
  });

  it('never signs with the old secret alone: without a current secret nothing is signed', () => {
    const built = buildRequest({ ...rotating, signingSecret: null }, message, 'Hub/1', stopsAt / 1000 - 1);
    expect(built.ok && built.headers['webhook-signature']).toBe(undefined);
  });

  it('masks the old secret too when a partner echoes it', () => {
    const redacted = redactSecrets(`saw ${oldSecret} and ${oldSecret.slice(6)}`, rotating);
    expect(redacted).not.toContain(oldSecret.slice(6));
  });
});

describe('redactSecrets', () => {
  it('masks the custom header value and the signing secret wherever they appear', () => {
    const echoed = `got Bearer 0123456789abcdef and ${secret} and ${secret.slice(6)}`;
    const redacted = redactSecrets(echoed, target);
    expect(redacted).not.toContain('0123456789abcdef');
    expect(redacted).not.toContain(secret.slice(6));
  });

  it('masks a secret the partner echoed URL-encoded or JSON-escaped', () => {
    const quoted = { ...target, customHeader: { name: 'X-Api-Key', value: 'key"with\\odd+chars/==' } };
    const echoed = `{"got":${JSON.stringify(quoted.customHeader.value)}} ?key=${encodeURIComponent(quoted.customHeader.value)}`;
    const redacted = redactSecrets(echoed, quoted);
    expect(redacted).not.toContain('odd');
    expect(redacted).toBe('{"got":"••••s/=="} ?key=••••s/==');
  });

  it('masks the start of a secret where the excerpt was cut at the byte limit', () => {
    const excerpt = `{"echo":{"authorization":"${'Bearer 0123456789abcdef'.slice(0, 16)}`;
    expect(redactSecrets(excerpt, target, { cut: true })).toBe('{"echo":{"authorization":"••••cdef');
    // A whole body is not cut: its last characters are just text.
    expect(redactSecrets('ends with 0123', target)).toBe('ends with 0123');
  });
});
