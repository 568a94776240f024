import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { fail } from '../../shared/contract/errors';
import { isEventName } from '../../shared/contract/events';
import type { HubBridge } from '../../shared/contract/hub-api';
import { ipcChannels } from '../../shared/contract/hub-api';
import { isListedMethodName } from '../../shared/contract/method-names';

/** The part of `ipcRenderer` the bridge uses; the page itself never gets it. */
export type BridgeIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

/**
 * Builds `window.hub` for the preload. Bundled into the sandboxed preload, so it
 * may import only zod-free contract modules. `call` refuses names outside the
 * contract before anything crosses IPC; `on` accepts only contract events and
 * hands the page the payload alone (the raw IPC event carries `sender`, which
 * must stay out of the page). One IPC listener fans out to every subscriber, so
 * many components subscribing do not pile listeners onto the channel.
 */
export function createHubBridge(ipc: BridgeIpc): HubBridge {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  const dispatch = (_event: IpcRendererEvent, name: unknown, payload: unknown): void => {
    if (typeof name !== 'string') return;
    for (const listener of [...(listeners.get(name) ?? [])]) {
      try {
        listener(payload);
      } catch (error) {
        // One broken subscriber must not starve the others of the event.
        console.error(`A listener for the hub event "${name}" failed`, error);
      }
    }
  };

  const subscriberCount = (): number => [...listeners.values()].reduce((sum, set) => sum + set.size, 0);

  return {
    call(method, input) {
      if (!isListedMethodName(method)) {
        return Promise.resolve(fail('unknown_method', `"${String(method)}" is not an Integration Hub method.`));
      }
      return ipc.invoke(ipcChannels.call, method, input);
    },
    on(event, listener) {
      if (!isEventName(event)) throw new TypeError(`"${String(event)}" is not an Integration Hub event.`);
      if (typeof listener !== 'function') throw new TypeError('The listener must be a function.');
      // Wrapped so unsubscribing one registration never removes another of the same function.
      const wrapped = (payload: unknown): void => listener(payload);
      if (subscriberCount() === 0) ipc.on(ipcChannels.event, dispatch);
      const set = listeners.get(event) ?? new Set();
      set.add(wrapped);
      listeners.set(event, set);
      return () => {
        if (!set.delete(wrapped)) return;
        if (subscriberCount() === 0) ipc.removeListener(ipcChannels.event, dispatch);
      };
    },
  };
}
