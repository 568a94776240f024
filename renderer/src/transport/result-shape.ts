import type { HubError, Result } from '../../../shared/contract';

/**
 * The core's answers are trusted, but the wire is not: a proxy error page, a
 * truncated body or a preload bug must become an error Result, never a throw.
 */
export function asResult(body: unknown): Result<unknown> | null {
  if (typeof body !== 'object' || body === null || !('ok' in body)) return null;
  if (body.ok === true && 'value' in body) return { ok: true, value: body.value };
  if (body.ok === false && 'error' in body && isHubError(body.error)) return { ok: false, error: body.error };
  return null;
}

function isHubError(error: unknown): error is HubError {
  return (
    typeof error === 'object' &&
    error !== null &&
    'code' in error &&
    typeof error.code === 'string' &&
    'message' in error &&
    typeof error.message === 'string'
  );
}

export function internalError(message: string): { ok: false; error: HubError } {
  return { ok: false, error: { code: 'internal', message } };
}
