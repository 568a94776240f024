import type { EventType } from '../../../../shared/domain/event-types';
import type { PreviewDestination } from '../../../../shared/domain/routing-preview';
import { routeEvent } from '../../outbox/routing';
import type { SettingsRepository } from '../../settings/settings-repository';
import type { HandlerGroup } from '../handlers';

/**
 * Routes `routing.preview`: asks the outbox's own router, so the preview beside
 * Save names exactly the destinations the save will publish to.
 */
export function routingPreviewRoutes(settings: SettingsRepository): HandlerGroup<'routing.preview'> {
  return {
    'routing.preview': ({ eventTypes, orderSource }) => {
      const byId = new Map<string, PreviewDestination>();
      for (const type of eventTypes) {
        for (const destination of routeEvent(type, orderSource ? { orderSource } : {}, settings.current)) {
          const entry = byId.get(destination.id) ?? { ...destination, eventTypes: [] as EventType[] };
          entry.eventTypes.push(type);
          byId.set(destination.id, entry);
        }
      }
      return { destinations: [...byId.values()] };
    },
  };
}
