import type { DestinationHealth } from '../../../../shared/domain/deliveries';
import type { HealthRange } from '../../../../shared/domain/health-series';
import type { OrderHookKind } from '../../../../shared/domain/order-hooks';
import { useAppStore } from '../../store/store-context';
import { DestinationHealthCard } from './destination-health-card';

/** One of the Order Webhooks page's hooks on the dashboard: they fail like partners do. */
export function HookHealthCard({ health, range }: { health: DestinationHealth; range: HealthRange }) {
  const kind = health.id.slice('hook:'.length) as OrderHookKind;
  // Until the page's settings are loaded, say nothing rather than "Disabled".
  const enabled = useAppStore((state) => state.orderHooks.view?.[kind]?.enabled ?? true);
  return (
    <DestinationHealthCard
      destinationId={health.id}
      name={health.name}
      enabled={enabled}
      health={health}
      range={range}
    />
  );
}
