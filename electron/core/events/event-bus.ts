import type { EventName, HubEvents } from '../../../shared/contract';
import type { HubListener, Logger } from '../ports';

/**
 * Fans core events out to the transports. A listener that throws (a closed
 * window, a dropped SSE stream) is logged and does not stop the others.
 */
export class EventBus {
  private readonly listeners = new Set<HubListener>();

  constructor(private readonly logger: Logger) {}

  subscribe(listener: HubListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit<E extends EventName>(event: E, payload: HubEvents[E]): void {
    for (const listener of this.listeners) {
      try {
        listener(event, payload);
      } catch (error) {
        this.logger.warn('event listener failed', { event, error: String(error) });
      }
    }
  }
}
