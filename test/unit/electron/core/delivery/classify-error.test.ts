import { describe, expect, it } from 'vitest';
import { classifyError } from '../../../../../electron/core/delivery/classify-error';

const withCode = (code: string, message = code): Error => Object.assign(new Error(message), { code });
/** How axios wraps a socket error: its own code outside, the socket's in `cause`. */
const wrapped = (inner: Error): Error =>
  Object.assign(new Error(inner.message, { cause: inner }), { code: 'ERR_BAD_RESPONSE' });

describe('classifyError', () => {
  it.each([
    ['ENOTFOUND', 'dns'],
    ['ECONNREFUSED', 'refused'],
    ['ECONNRESET', 'reset'],
    ['EPIPE', 'reset'],
    ['EAI_AGAIN', 'offline'],
    ['ENETUNREACH', 'offline'],
    ['ENETDOWN', 'offline'],
    ['EHOSTUNREACH', 'network_down'],
    ['ETIMEDOUT', 'connect_timeout'],
    ['CERT_HAS_EXPIRED', 'tls'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'tls'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls'],
    ['EPROTO', 'tls'],
    ['ERR_INVALID_URL', 'invalid_url'],
    ['EWHATEVER', 'unknown'],
  ])('%s → %s, also when wrapped by axios', (code, kind) => {
    expect(classifyError(withCode(code)).kind).toBe(kind);
    expect(classifyError(wrapped(withCode(code))).kind).toBe(kind);
  });

  it('reads the code of the first member of an AggregateError (happy-eyeballs connects)', () => {
    const aggregate = new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')], 'connect failed');
    expect(classifyError(aggregate).kind).toBe('refused');
  });

  it('treats a bare "socket hang up" as a reset and anything else unknown', () => {
    expect(classifyError(new Error('socket hang up')).kind).toBe('reset');
    expect(classifyError('weird').kind).toBe('unknown');
  });

  it('gives plain TLS details for the operator', () => {
    expect(classifyError(withCode('CERT_HAS_EXPIRED')).message).toBe("the partner's certificate has expired");
  });
});
