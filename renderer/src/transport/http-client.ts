import type {
  EventName,
  HubApi,
  HubEvents,
  MethodInput,
  MethodName,
  MethodOutput,
  Result,
} from '../../../shared/contract';
import { isEventName } from '../../../shared/contract';
import type { HubConnection, LinkState } from './link-state';
import { asResult, internalError } from './result-shape';
import { createSseParser } from './sse-parser';

/** Backoff between event-stream reconnects: quick at first, then at most every 15 s. */
const backoffMs = [500, 1000, 2000, 5000, 10000, 15000];

type AnyListener = (payload: unknown) => void;

/**
 * Browser mode: calls are `POST /api/call/<method>` and events arrive on a
 * server-sent event stream read with fetch (EventSource cannot send the token).
 * Nothing here throws; every failure becomes an error Result or a link state.
 */
export function createHttpConnection(token: string, baseUrl = ''): HubConnection {
  const listeners = new Map<EventName, Set<AnyListener>>();
  const linkListeners = new Set<(state: LinkState) => void>();
  let link: LinkState = 'connecting';
  let started = false;

  const setLink = (next: LinkState): void => {
    // A dead session never comes back: the server forgot our token.
    if (link === next || link === 'session-ended') return;
    link = next;
    for (const listener of linkListeners) listener(next);
  };

  const authHeaders = { Authorization: `Bearer ${token}` };

  async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>> {
    let response: Response;
    try {
      response = await fetch(`${baseUrl}/api/call/${method}`, {
        method: 'POST',
        headers: { ...authHeaders, 'Content-Type': 'application/json' },
        body: JSON.stringify(input),
      });
    } catch {
      return internalError('The Integration Hub did not answer. Is it still running?');
    }
    if (response.status === 401) setLink('session-ended');
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return internalError(`The Integration Hub sent an unreadable answer (HTTP ${response.status}).`);
    }
    // The server answers with the contract's Result; the output type is the contract's promise.
    return (
      (asResult(body) as Result<MethodOutput<M>> | null) ??
      internalError('The Integration Hub sent an unexpected answer.')
    );
  }

  const deliver = (name: string, data: string): void => {
    if (!isEventName(name)) return;
    let payload: unknown;
    try {
      payload = JSON.parse(data);
    } catch {
      return;
    }
    for (const listener of listeners.get(name) ?? []) listener(payload);
  };

  /** Reads the stream until it ends; returns false when reconnecting is pointless. */
  async function readStream(signal: AbortSignal): Promise<'ended' | 'unauthorized' | 'failed'> {
    let response: Response;
    try {
      response = await fetch(`${baseUrl}/api/events`, {
        headers: { ...authHeaders, Accept: 'text/event-stream' },
        signal,
      });
    } catch {
      return 'failed';
    }
    if (response.status === 401) return 'unauthorized';
    if (!response.ok || !response.body) return 'failed';
    setLink('connected');
    const parse = createSseParser((message) => deliver(message.event, message.data));
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return 'ended';
        parse(value);
      }
    } catch {
      return 'ended';
    }
  }

  async function runStream(): Promise<void> {
    const controller = new AbortController();
    window.addEventListener('pagehide', () => controller.abort(), { once: true });
    let attempt = 0;
    for (;;) {
      const outcome = await readStream(controller.signal);
      if (controller.signal.aborted) return;
      if (outcome === 'unauthorized') return setLink('session-ended');
      // A stream that was up resets the backoff; a failed connect grows it.
      attempt = outcome === 'ended' ? 0 : attempt + 1;
      setLink('reconnecting');
      const delay = backoffMs[Math.min(attempt, backoffMs.length - 1)] ?? 15000;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }

  const start = (): void => {
    if (started) return;
    started = true;
    void runStream();
  };

  const api: HubApi = {
    call,
    on<E extends EventName>(event: E, listener: (payload: HubEvents[E]) => void): () => void {
      const set = listeners.get(event) ?? new Set<AnyListener>();
      listeners.set(event, set);
      // The server sends each event name with its contract payload.
      const untyped = listener as AnyListener;
      set.add(untyped);
      start();
      return () => set.delete(untyped);
    },
  };

  return {
    api,
    onLink(listener) {
      linkListeners.add(listener);
      listener(link);
      return () => linkListeners.delete(listener);
    },
  };
}
