import type { HealthRange } from '../../../../shared/domain/health-series';
import { useAppStore } from '../../store/store-context';
import { DestinationHealthCard } from './destination-health-card';

/** One partner on the dashboard. */
export function PartnerHealthCard({ partnerId, range }: { partnerId: string; range: HealthRange }) {
  const partner = useAppStore((state) => state.partners.byId[partnerId]);
  const health = useAppStore((state) => state.partnerHealth[partnerId]);
  if (!partner) return null;
  return (
    <DestinationHealthCard
      destinationId={`partner:${partnerId}`}
      name={partner.name}
      enabled={partner.enabled}
      health={health}
      range={range}
    />
  );
}
