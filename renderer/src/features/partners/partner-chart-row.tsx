import { useEffect, useState } from 'react';
import type { HealthRange } from '../../../../shared/domain/health-series';
import { useAppStore } from '../../store/store-context';
import { PartnerHealthChart } from '../health/destination-health-chart';
import { RangeToggle } from '../health/range-toggle';

/** The row under a partner that its "Health" button opens: the chart, with its own period. */
export function PartnerChartRow({ id, partnerId, name }: { id: string; partnerId: string; name: string }) {
  const [range, setRange] = useState<HealthRange>('24h');
  const loadSeries = useAppStore((state) => state.loadHealthSeries);
  useEffect(() => {
    void loadSeries(range);
  }, [loadSeries, range]);
  return (
    <tr id={id} className="partner-chart-row">
      <td colSpan={4}>
        <div className="partner-chart">
          <RangeToggle label={`${name} chart period`} value={range} onChange={setRange} />
          <PartnerHealthChart partnerId={partnerId} name={name} range={range} />
        </div>
      </td>
    </tr>
  );
}
