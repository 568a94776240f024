import type { OrderHooksService } from '../../services/order-hooks-service';
import type { HandlerGroup } from '../handlers';

/** Routes the orderHooks.* methods (the settings repository announces the change). */
export function orderHooksRoutes(service: OrderHooksService): HandlerGroup<'orderHooks.get' | 'orderHooks.save'> {
  return {
    'orderHooks.get': () => service.view(),
    'orderHooks.save': (input) => service.save(input),
  };
}
