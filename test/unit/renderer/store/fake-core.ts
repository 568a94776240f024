import type { EventName, HubApi, HubEvents, MethodName, Result } from '../../../../shared/contract';
import type { HubConnection, LinkState } from '../../../../renderer/src/transport/link-state';

/** A canned answer; a promise lets a test decide when (and in which order) answers arrive. */
export type Answer = (input: unknown) => Result<unknown> | Promise<Result<unknown>>;

/**
 * A fake core for the store's tests: canned answers per method, a log of calls,
 * and ways to push events and change the link state as the transports would.
 */
export function fakeCore(answers: Partial<Record<MethodName, Answer>>) {
  const calls: { method: MethodName; input: unknown }[] = [];
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const linkListeners = new Set<(state: LinkState) => void>();
  const api = {
    call: (method: MethodName, input: unknown) => {
      calls.push({ method, input });
      const answer = answers[method];
      return Promise.resolve(
        answer ? answer(input) : { ok: false, error: { code: 'internal', message: `no ${method}` } },
      );
    },
    on: (event: EventName, listener: (payload: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  } as unknown as HubApi;
  const connection: HubConnection = {
    api,
    onLink: (listener) => {
      linkListeners.add(listener);
      listener('connecting');
      return () => linkListeners.delete(listener);
    },
  };
  return {
    connection,
    calls,
    methods: () => calls.map((call) => call.method),
    emit: <E extends EventName>(event: E, payload: HubEvents[E]) =>
      listeners.get(event)?.forEach((listener) => listener(payload)),
    link: (state: LinkState) => linkListeners.forEach((listener) => listener(state)),
  };
}

/** Lets promise callbacks queued so far run. */
export const flush = (): Promise<unknown> => new Promise((resolve) => setTimeout(resolve, 0));
