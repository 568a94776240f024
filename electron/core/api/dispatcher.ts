import type { z } from 'zod';
import { fail, hubMethods, isMethodName, ok, type FieldIssue, type Result } from '../../../shared/contract';
import type { Logger } from '../ports';
import type { Handler, Handlers } from './handlers';
import { HubFailure } from './hub-failure';

function issuesOf(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/**
 * The core boundary: every call from either transport passes here. The method
 * must be in the contract and the input must match its schema before any
 * handler runs, so a rejected input cannot change state. Nothing is thrown out.
 */
export function createDispatcher(handlers: Handlers, logger: Logger) {
  return async function dispatch(method: unknown, input: unknown): Promise<Result<unknown>> {
    if (!isMethodName(method)) {
      const shown = typeof method === 'string' ? method.slice(0, 80) : typeof method;
      return fail('unknown_method', `“${shown}” is not a method of the Hub API.`);
    }
    const parsed = hubMethods[method].input.safeParse(input ?? {});
    if (!parsed.success) {
      return fail('validation_failed', 'Some values need attention.', issuesOf(parsed.error));
    }
    try {
      // The map is keyed by method, so the handler matches the schema that parsed the input.
      const handler = handlers[method] as Handler<typeof method>;
      return ok(await (handler as (input: unknown) => unknown)(parsed.data));
    } catch (error) {
      if (error instanceof HubFailure) return { ok: false, error: error.error };
      // Log the method, never the input: it may carry a secret.
      logger.error('hub method failed', { method, error: error instanceof Error ? error.message : String(error) });
      return fail('internal', 'Something went wrong inside Integration Hub; the details are in its log.');
    }
  };
}
