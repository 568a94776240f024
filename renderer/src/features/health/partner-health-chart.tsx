import { healthBucketMs, type HealthRange } from '../../../../shared/domain/health-series';
import { useAppStore } from '../../store/store-context';
import { HealthChart } from './health-chart';

/** The health chart of one partner, from the store (the caller loads the range's series). */
export function PartnerHealthChart({ partnerId, name, range }: { partnerId: string; name: string; range: HealthRange }) {
  const health = useAppStore((state) => state.partnerHealth[partnerId]);
  const series = useAppStore((state) => state.health.series[range]?.destinations.find((d) => d.id === `partner:${partnerId}`));
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
