import type { Result } from './errors';
import type { EventName, HubEvents } from './events';
import type { MethodInput, MethodName, MethodOutput } from './methods';

/**
 * What the renderer holds: the same two functions on both transports. In
 * Electron the preload exposes it as `window.hub`; in browser mode an HTTP client
 * implements it.
 */
export interface HubApi {
  call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<Result<MethodOutput<M>>>;
  on<E extends EventName>(event: E, listener: (payload: HubEvents[E]) => void): () => void;
}

/** The untyped shape the preload actually exposes; `HubApi` narrows it. */
export interface HubBridge {
  call(method: string, input: unknown): Promise<unknown>;
  on(event: string, listener: (payload: unknown) => void): () => void;
}

/** IPC channel names, shared by preload and shell so they cannot drift. */
export const ipcChannels = { call: 'hub:call', event: 'hub:event' } as const;
