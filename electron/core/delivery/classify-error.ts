import type { FailureKind } from './types';

/** What a transport error means for the delivery: a failure kind, or "this PC is offline". */
export interface ErrorClass {
  kind: FailureKind | 'offline';
  /** Short, secret-free detail for the reason (only used where the kind needs one). */
  message: string;
  /** The Node/OpenSSL error code, when there was one (for logs). */
  code: string | null;
}

// The local network or resolver is unreachable: this PC, not the partner, is the problem.
const offlineCodes = new Set(['EAI_AGAIN', 'ENETUNREACH', 'ENETDOWN']);

const tlsCodes = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'EPROTO',
]);

const tlsDetails: Record<string, string> = {
  CERT_HAS_EXPIRED: "the partner's certificate has expired",
  CERT_NOT_YET_VALID: "the partner's certificate is not valid yet (check this PC's clock)",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the partner's certificate is self-signed",
  SELF_SIGNED_CERT_IN_CHAIN: "the partner's certificate chain is self-signed",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the partner's certificate is not from a trusted authority",
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: "the partner's certificate is not from a trusted authority",
  ERR_TLS_CERT_ALTNAME_INVALID: "the partner's certificate is for a different host name",
  EPROTO: 'the secure connection could not be set up',
};

/** The first `code` found on the error, its `cause` chain or an AggregateError's members. */
export function errorCode(error: unknown, depth = 0): string | null {
  if (depth > 4 || typeof error !== 'object' || error === null) return null;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  // axios puts its own codes (ERR_BAD_RESPONSE, ECONNABORTED…) on the wrapper;
  // the socket's own code on the cause is the more precise one.
  const inner = errorCode(cause, depth + 1);
  if (inner) return inner;
  if (Array.isArray(errors)) {
    for (const member of errors) {
      const found = errorCode(member, depth + 1);
      if (found) return found;
    }
  }
  return typeof code === 'string' && code !== '' ? code : null;
}

function isTls(code: string): boolean {
  return tlsCodes.has(code) || code.startsWith('CERT_') || code.startsWith('ERR_TLS_') || code.startsWith('ERR_SSL_');
}

/** Maps a transport error (no complete HTTP answer) to a failure kind. */
export function classifyError(error: unknown): ErrorClass {
  const code = errorCode(error);
  const rawMessage = error instanceof Error ? error.message : String(error);
  const message = rawMessage.slice(0, 200);
  if (code === null) {
    return { kind: /socket hang up/i.test(rawMessage) ? 'reset' : 'unknown', message, code };
  }
  if (offlineCodes.has(code)) return { kind: 'offline', message, code };
  if (code === 'ENOTFOUND') return { kind: 'dns', message, code };
  if (code === 'ECONNREFUSED') return { kind: 'refused', message, code };
  if (code === 'ECONNRESET' || code === 'EPIPE') return { kind: 'reset', message, code };
  if (code === 'EHOSTUNREACH' || code === 'EHOSTDOWN') return { kind: 'network_down', message, code };
  if (code === 'ETIMEDOUT' || code === 'UND_ERR_CONNECT_TIMEOUT') return { kind: 'connect_timeout', message, code };
  // undici's "other side closed": the partner dropped the connection mid-request.
  if (code === 'UND_ERR_SOCKET') return { kind: 'reset', message, code };
  if (isTls(code)) return { kind: 'tls', message: tlsDetails[code] ?? `${message} (${code})`, code };
  if (code === 'ERR_INVALID_URL') return { kind: 'invalid_url', message, code };
  return { kind: 'unknown', message: `${message} (${code})`, code };
}
