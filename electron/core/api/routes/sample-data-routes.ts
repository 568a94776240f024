import type { BackOffice } from '../../domain/back-office';
import type { EventBus } from '../../events/event-bus';
import type { HandlerGroup } from '../handlers';

/** Routes `sampleData.reset`; every window refetches everything after it. */
export function sampleDataRoutes(backOffice: BackOffice, events: EventBus): HandlerGroup<'sampleData.reset'> {
  return {
    'sampleData.reset': () => {
      const reset = backOffice.resetSample();
      events.emit('domain.changed', { scope: 'all' });
      return reset;
    },
  };
}
