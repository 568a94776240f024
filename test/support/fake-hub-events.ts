import type { EventName, HubEvents } from '../../shared/contract';
import type { Hub, HubListener } from '../../electron/core/ports';

/** A hub that only pushes events, for what listens to them (the shell's notifiers). */
export function fakeHubEvents(): Pick<Hub, 'subscribe'> & {
  push<E extends EventName>(event: E, payload: HubEvents[E]): void;
} {
  const listeners = new Set<HubListener>();
  return {
    subscribe: (listener) => (listeners.add(listener), () => listeners.delete(listener)),
    push: (event, payload) => listeners.forEach((l) => l(event, payload)),
  };
}
