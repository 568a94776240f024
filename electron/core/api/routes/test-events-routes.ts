import type { TestSent } from '../../../../shared/domain/deliveries';
import type { InboxInfo } from '../../../../shared/domain/inbox';
import { orderHookLabels } from '../../../../shared/domain/order-hooks';
import type { DeliverySystem } from '../../engine/delivery-system';
import { publishTestEvent } from '../../inbox/publish-test-event';
import type { TestInbox } from '../../inbox/test-inbox';
import { hookDestinationId, partnerDestinationId, type Destination } from '../../outbox/routing';
import type { SettingsRepository } from '../../settings/settings-repository';
import type { HandlerGroup } from '../handlers';
import { HubFailure } from '../hub-failure';

type TestMethods = 'inbox.info' | 'inbox.list' | 'inbox.clear' | 'partners.sendTest' | 'orderHooks.sendTest';

/**
 * Routes "Send test event" and the built-in test inbox.
 */
export function testEventsRoutes(
  delivery: DeliverySystem,
  settings: SettingsRepository,
  inbox: TestInbox,
): HandlerGroup<TestMethods> {
  const info = (): InboxInfo => ({ url: inbox.url, entries: inbox.list().length });
  const sendTest = (destination: Destination): TestSent => publishTestEvent(delivery, destination);
  return {
    'inbox.info': info,
    'inbox.list': () => inbox.list(),
    'inbox.clear': () => {
      inbox.clear();
      return info();
    },
    'partners.sendTest': ({ id }) => {
      const partner = settings.current.partners.find((p) => p.id === id);
      if (!partner) throw HubFailure.notFound('That partner');
      return sendTest({ id: partnerDestinationId(id), name: partner.name });
    },
    'orderHooks.sendTest': ({ hook }) => {
      if (settings.current.orderHooks[hook].url === '') {
        throw HubFailure.invalidField(`${hook}.url`, `Save a URL for ${orderHookLabels[hook]} first.`);
      }
      return sendTest({ id: hookDestinationId(hook), name: orderHookLabels[hook] });
    },
  };
}
