import type { ExampleTarget } from '../../../../shared/domain/event-examples';
import { eventTypeTitles, type EventType } from '../../../../shared/domain/event-types';
import type { DeliverySystem } from '../../engine/delivery-system';
import { publishExample } from '../../outbox/publish-example';
import {
  namedDestinations,
  partnerDestinationId,
  testInboxDestinationId,
  type Destination,
} from '../../outbox/routing';
import type { SettingsRepository } from '../../settings/settings-repository';
import type { HandlerGroup } from '../handlers';
import { HubFailure } from '../hub-failure';

/**
 * Where an example may go, or why not in a manager's words. A disabled partner is
 * refused rather than queued: its example would sit paused and arrive whenever it
 * is enabled again, long after anyone remembers sending it. A partner that does
 * not subscribe to the type gets it only when the operator confirmed that.
 */
function exampleDestination(settings: SettingsRepository, type: EventType, to: ExampleTarget): Destination {
  const named = namedDestinations(settings.current);
  if (to.kind === 'testInbox') {
    const inbox = named.find((d) => d.id === testInboxDestinationId);
    if (!inbox) throw HubFailure.invalidField('to', 'The Test Inbox is not running; restart Integration Hub.');
    return inbox;
  }
  const partner = settings.current.partners.find((p) => p.id === to.id);
  if (!partner) throw HubFailure.notFound('That partner');
  if (!partner.enabled) {
    throw HubFailure.invalidField('to.id', `${partner.name} is disabled: enable it on the Partners page first.`);
  }
  if (!partner.eventTypes.includes(type) && to.evenIfNotSubscribed !== true) {
    throw HubFailure.invalidField(
      'to.evenIfNotSubscribed',
      `${partner.name} does not subscribe to “${eventTypeTitles[type]}” (${type}): confirm to send it this example anyway.`,
    );
  }
  return { id: partnerDestinationId(partner.id), name: partner.name };
}

/** Routes the Event Catalog's "Send this example to…". */
export function eventCatalogRoutes(
  delivery: DeliverySystem,
  settings: SettingsRepository,
): HandlerGroup<'events.sendExample'> {
  return {
    'events.sendExample': ({ type, to }) => publishExample(delivery, type, exampleDestination(settings, type, to)),
  };
}
