import type { EventBus } from '../../events/event-bus';
import type { PartnersService } from '../../services/partners-service';
import type { HandlerGroup } from '../handlers';

type PartnerMethods =
  'partners.list' | 'partners.create' | 'partners.update' | 'partners.setEnabled' | 'partners.delete';

/** Routes the partners.* methods; every change tells other windows to refetch. */
export function partnersRoutes(service: PartnersService, events: EventBus): HandlerGroup<PartnerMethods> {
  const changed = <T>(result: T): T => {
    events.emit('settings.changed', { scope: 'partners' });
    return result;
  };
  return {
    'partners.list': () => service.list(),
    'partners.create': async (input) => changed(await service.create(input)),
    'partners.update': async (input) => changed(await service.update(input)),
    'partners.setEnabled': ({ id, enabled }) => changed(service.setEnabled(id, enabled)),
    'partners.delete': ({ id }) => changed(service.delete(id)),
  };
}
