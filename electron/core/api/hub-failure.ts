import type { ErrorCode, FieldIssue, HubError } from '../../../shared/contract';

/**
 * Thrown inside the core by a service that refuses a request for a reason the
 * caller can act on; the dispatcher turns it into `{ ok: false, error }`.
 * It never crosses the boundary as an exception.
 */
export class HubFailure extends Error {
  readonly error: HubError;

  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'HubFailure';
    this.error = issues ? { code, message, issues } : { code, message };
  }

  static invalidField(path: string, message: string): HubFailure {
    return new HubFailure('validation_failed', message, [{ path, message }]);
  }

  static notFound(what: string): HubFailure {
    return new HubFailure('not_found', `${what} was not found; it may have been deleted in another window.`);
  }
}
