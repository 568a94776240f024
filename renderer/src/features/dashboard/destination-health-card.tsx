import type { ReactNode } from 'react';
import type { DestinationHealth } from '../../../../shared/domain/deliveries';
import type { HealthRange } from '../../../../shared/domain/health-series';
import { DestinationHealthChart } from '../health/destination-health-chart';
import { FailingNotice } from './failing-notice';
import { HealthFigures } from './health-figures';

interface DestinationHealthCardProps {
  destinationId: string;
  name: string;
  enabled: boolean;
  health: DestinationHealth | undefined;
  range: HealthRange;
}

export const isFailing = (health: DestinationHealth | undefined): boolean =>
  Boolean(health?.failing ?? health?.pausedReason);

/** One partner or order hook on the dashboard: why it fails (if it does), its figures and its chart. */
export function DestinationHealthCard({
  destinationId,
  name,
  enabled,
  health,
  range,
}: DestinationHealthCardProps): ReactNode {
  const failing = isFailing(health);
  const headingId = `health-${destinationId.replace(/\W/g, '-')}`;
  return (
    <section
      className={`card card-padded health-card${failing ? ' health-card-failing' : ''}`}
      aria-labelledby={headingId}
    >
      <header className="health-card-header">
        <h2 id={headingId} className="health-card-title">
          {name}
        </h2>
        {enabled ? null : <span className="health-card-badge">Disabled</span>}
      </header>
      <div className="health-card-body">
        <div className="health-card-facts">
          {health && failing ? <FailingNotice name={name} health={health} /> : null}
          {health ? <HealthFigures name={name} health={health} /> : null}
        </div>
        <DestinationHealthChart destinationId={destinationId} name={name} range={range} health={health} />
      </div>
    </section>
  );
}
