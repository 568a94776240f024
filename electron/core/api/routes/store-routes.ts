import type { StoreService } from '../../domain/store/store-service';
import type { EventBus } from '../../events/event-bus';
import type { HandlerGroup } from '../handlers';

/** Routes the store.* methods; a change tells other windows to refetch. */
export function storeRoutes(
  store: StoreService,
  events: EventBus,
): HandlerGroup<'store.get' | 'store.save' | 'store.setStatus'> {
  const answer = <T>(saved: { value: T; changed: boolean }): T => {
    if (saved.changed) events.emit('domain.changed', { scope: 'store' });
    return saved.value;
  };
  return {
    'store.get': () => store.get(),
    'store.save': (input) => answer(store.save(input)),
    'store.setStatus': ({ status }) => answer(store.setStatus(status)),
  };
}
