import { healthBucketMs, type HealthRange } from '../../../../shared/domain/health-series';
import type { DestinationHealth } from '../../../../shared/domain/deliveries';
import { useAppStore } from '../../store/store-context';
import { HealthChart } from './health-chart';

interface DestinationHealthChartProps {
  /** `partner:<id>` or `hook:<kind>`, as the core names destinations. */
  destinationId: string;
  name: string;
  range: HealthRange;
  health: DestinationHealth | undefined;
}

/** The health chart of one destination, from the store (the caller loads the range's series). */
export function DestinationHealthChart({ destinationId, name, range, health }: DestinationHealthChartProps) {
  const series = useAppStore((state) => state.health.series[range]?.destinations.find((d) => d.id === destinationId));
  return (
    <HealthChart
      name={name}
      range={range}
      window={range === '24h' ? health?.day : health?.week}
      series={series}
      bucketMs={healthBucketMs[range]}
    />
  );
}

/** The health chart of one partner. */
export function PartnerHealthChart({
  partnerId,
  name,
  range,
}: {
  partnerId: string;
  name: string;
  range: HealthRange;
}) {
  const health = useAppStore((state) => state.partnerHealth[partnerId]);
  return <DestinationHealthChart destinationId={`partner:${partnerId}`} name={name} range={range} health={health} />;
}
