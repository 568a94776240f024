import type { DeadlineWatcher } from '../../deadlines/deadline-watcher';
import type { HandlerGroup } from '../handlers';

/** Routes the order deadlines (#14): the late order webhooks, and "handled by phone". */
export function orderDeadlinesRoutes(
  watcher: DeadlineWatcher,
): HandlerGroup<'deliveries.lateOrders' | 'deliveries.markHandled'> {
  return {
    'deliveries.lateOrders': () => watcher.current(),
    'deliveries.markHandled': ({ deliveryId, by }) => watcher.markHandled(deliveryId, by),
  };
}
