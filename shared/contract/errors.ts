/**
 * Error codes that cross the renderer ↔ core boundary. Errors travel as data
 * (`{ ok: false, error }`) because Electron's IPC keeps only an Error's message.
 */
export const errorCodes = [
  /** The input did not match the method's schema; `issues` says where. */
  'validation_failed',
  /** The method name is not part of the contract. */
  'unknown_method',
  /** The thing the input names does not exist (any more). */
  'not_found',
  /** The request carried no token or a wrong one (browser mode only). */
  'unauthorized',
  /** The request body was larger than the transport accepts (browser mode only). */
  'payload_too_large',
  /** The core could not do it for a reason that is not the caller's fault. */
  'internal',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** One problem with one field of an input; `path` is dotted (`openOrder.url`). */
export interface FieldIssue {
  path: string;
  message: string;
}

export interface HubError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: HubError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(code: ErrorCode, message: string, issues?: FieldIssue[]): { ok: false; error: HubError } {
  return issues ? { ok: false, error: { code, message, issues } } : { ok: false, error: { code, message } };
}
