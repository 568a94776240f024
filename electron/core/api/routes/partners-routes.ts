import type { PartnersService } from '../../services/partners-service';
import type { HandlerGroup } from '../handlers';

type PartnerMethods =
  | 'partners.list'
  | 'partners.create'
  | 'partners.update'
  | 'partners.setEnabled'
  | 'partners.delete'
  | 'partners.rotateSigningSecret'
  | 'partners.endSigningOverlap'
  | 'partners.hold'
  | 'partners.release';

/** Routes the partners.* methods (the settings repository announces each change to the engine and windows). */
export function partnersRoutes(service: PartnersService): HandlerGroup<PartnerMethods> {
  return {
    'partners.list': () => service.list(),
    'partners.create': (input) => service.create(input),
    'partners.update': (input) => service.update(input),
    'partners.setEnabled': ({ id, enabled }) => service.setEnabled(id, enabled),
    'partners.delete': ({ id }) => service.delete(id),
    'partners.rotateSigningSecret': (input) => service.rotateSigningSecret(input),
    'partners.endSigningOverlap': ({ id }) => service.endSigningOverlap(id),
    'partners.hold': ({ id }) => service.hold(id),
    'partners.release': ({ id }) => service.release(id),
  };
}
