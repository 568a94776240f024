import type { DestinationOption } from '../../../../shared/domain/deliveries';
import type { DeliverySystem } from '../../engine/delivery-system';
import { everyDestination, namedDestinations } from '../../outbox/routing';
import type { SettingsRepository } from '../../settings/settings-repository';
import { DestinationHealthReport } from '../../log/destination-health';
import { HealthSeriesReport } from '../../log/health-series';
import { failingAfter } from '../../engine/delivery-engine';
import type { HandlerGroup } from '../handlers';
import { HubFailure } from '../hub-failure';

type DeliveryMethods =
  | 'deliveries.list'
  | 'deliveries.count'
  | 'deliveries.get'
  | 'deliveries.resend'
  | 'deliveries.resendMatching'
  | 'deliveries.resendUndelivered'
  | 'deliveries.resendUndeliveredSince'
  | 'deliveries.cancelResend'
  | 'deliveries.destinations'
  | 'deliveries.health'
  | 'deliveries.healthSeries'
  | 'deliveries.resumeDestination'
  | 'deliveryPolicy.get'
  | 'deliveryPolicy.save';

/** Routes the delivery log, resend and policy methods. */
export function deliveriesRoutes(system: DeliverySystem, settings: SettingsRepository): HandlerGroup<DeliveryMethods> {
  const health = new DestinationHealthReport(system.db);
  const series = new HealthSeriesReport(system.db);
  const destinations = (): DestinationOption[] => {
    const paused = new Map(system.store.healthPaused().map((p) => [p.id, p.reason]));
    // The Test Inbox too: examples sent to it are in the log, and the log filters by it.
    return namedDestinations(settings.current).map((d) => ({ ...d, pausedReason: paused.get(d.id) ?? null }));
  };
  return {
    'deliveries.list': ({ filter, cursor, limit }) => system.log.list(filter, cursor, limit),
    'deliveries.count': ({ filter }) => system.log.count(filter),
    'deliveries.get': ({ id }) => {
      const detail = system.log.detail(id);
      if (!detail) throw HubFailure.notFound('That delivery');
      return detail;
    },
    'deliveries.resend': ({ id }) => system.resends.resendOne(id),
    'deliveries.resendMatching': ({ filter }) => system.resends.start(filter),
    'deliveries.resendUndelivered': ({ filter }) => system.resends.startUndelivered(filter),
    'deliveries.resendUndeliveredSince': ({ since }) => system.resends.startUndelivered({ from: since }),
    'deliveries.cancelResend': ({ jobId }) => {
      if (!system.resends.cancel(jobId)) throw HubFailure.notFound('That resend');
      return { jobId };
    },
    'deliveries.destinations': destinations,
    'deliveries.health': () =>
      health.report(everyDestination(settings.current), system.now(), failingAfter, system.directory.blocked()),
    'deliveries.healthSeries': ({ range, destinationId }) => {
      const every = everyDestination(settings.current);
      const chosen = destinationId === undefined ? every : every.filter((d) => d.id === destinationId);
      // No partners yet is an empty chart, not an error; only a named one can be unknown.
      if (destinationId !== undefined && chosen.length === 0) throw HubFailure.notFound('That partner');
      return series.series(chosen, range, system.now());
    },
    'deliveries.resumeDestination': ({ destinationId }) => {
      // Only a configured partner or hook: an unknown id must not leave a row behind.
      if (!everyDestination(settings.current).some((d) => d.id === destinationId)) {
        throw HubFailure.notFound('That partner');
      }
      system.store.setHealthPause(destinationId, null, system.now());
      system.engine.reconcile();
      return destinations();
    },
    'deliveryPolicy.get': () => ({ ...settings.current.delivery }),
    'deliveryPolicy.save': (policy) => ({ ...settings.update((draft) => ({ ...draft, delivery: policy })).delivery }),
  };
}
