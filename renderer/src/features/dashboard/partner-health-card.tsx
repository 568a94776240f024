import type { HealthRange } from '../../../../shared/domain/health-series';
import { useAppStore } from '../../store/store-context';
import { PartnerHealthChart } from '../health/partner-health-chart';
import { FailingNotice } from './failing-notice';
import { HealthFigures } from './health-figures';

/** One partner on the dashboard: why it fails (if it does), its figures and its chart. */
export function PartnerHealthCard({ partnerId, range }: { partnerId: string; range: HealthRange }) {
  const partner = useAppStore((state) => state.partners.byId[partnerId]);
  const health = useAppStore((state) => state.partnerHealth[partnerId]);
  if (!partner) return null;
  const failing = Boolean(health?.failing ?? health?.pausedReason);
  const headingId = `partner-health-${partnerId}`;
  return (
    <section className={`card card-padded health-card${failing ? ' health-card-failing' : ''}`} aria-labelledby={headingId}>
      <header className="health-card-header">
        <h2 id={headingId} className="health-card-title">
          {partner.name}
        </h2>
        {partner.enabled ? null : <span className="health-card-badge">Disabled</span>}
      </header>
      <div className="health-card-body">
        <div className="health-card-facts">
          {health && failing ? <FailingNotice partnerId={partnerId} name={partner.name} health={health} /> : null}
          {health ? <HealthFigures name={partner.name} health={health} /> : null}
        </div>
        <PartnerHealthChart partnerId={partnerId} name={partner.name} range={range} />
      </div>
    </section>
  );
}
