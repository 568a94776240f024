import type { Check } from '../../../../shared/domain/checks';
import type { CheckService } from '../../domain/checks/check-service';
import type { EventBus } from '../../events/event-bus';
import type { HandlerGroup } from '../handlers';

type CheckMethods =
  | 'checks.list'
  | 'checks.get'
  | 'checks.open'
  | 'checks.addLine'
  | 'checks.removeLine'
  | 'checks.changeTable'
  | 'checks.close'
  | 'checks.cancel';

/** Routes the checks.* methods; a change tells other windows to refetch. */
export function checksRoutes(checks: CheckService, events: EventBus): HandlerGroup<CheckMethods> {
  const changed = (check: Check): Check => {
    events.emit('domain.changed', { scope: 'checks' });
    return check;
  };
  return {
    'checks.list': ({ status, limit }) => checks.list(status, limit),
    'checks.get': ({ id }) => checks.get(id),
    'checks.open': (input) => changed(checks.open(input)),
    'checks.addLine': ({ checkId, ...line }) => changed(checks.addLine(checkId, line)),
    'checks.removeLine': ({ checkId, lineId }) => changed(checks.removeLine(checkId, lineId)),
    'checks.changeTable': ({ checkId, table }) => changed(checks.changeTable(checkId, table)),
    'checks.close': ({ checkId }) => changed(checks.close(checkId)),
    'checks.cancel': ({ checkId, reason, by }) => changed(checks.cancel(checkId, reason, by)),
  };
}
