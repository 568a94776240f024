import type { EventBus } from '../../events/event-bus';
import type { OrderHooksService } from '../../services/order-hooks-service';
import type { HandlerGroup } from '../handlers';

/** Routes the orderHooks.* methods. */
export function orderHooksRoutes(
  service: OrderHooksService,
  events: EventBus,
): HandlerGroup<'orderHooks.get' | 'orderHooks.save'> {
  return {
    'orderHooks.get': () => service.view(),
    'orderHooks.save': async (input) => {
      const view = await service.save(input);
      events.emit('settings.changed', { scope: 'orderHooks' });
      return view;
    },
  };
}
