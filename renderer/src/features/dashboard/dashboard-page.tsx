import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useShallow } from 'zustand/react/shallow';
import type { HealthRange } from '../../../../shared/domain/health-series';
import { LoadFailed } from '../../components/load-failed';
import { PageHeader } from '../../components/page-header';
import type { AppState } from '../../store/app-state';
import { useAppStore } from '../../store/store-context';
import { RangeToggle } from '../health/range-toggle';
import { LateOrdersCard } from '../late-orders/late-orders-card';
import { DeliveryTotals } from './delivery-totals';
import { isFailing as isDestinationFailing } from './destination-health-card';
import { HookHealthCard } from './hook-health-card';
import { PartnerHealthCard } from './partner-health-card';
import './dashboard-page.css';

const isFailing = (state: AppState, id: string): boolean => isDestinationFailing(state.partnerHealth[id]);

/** Partners in the Partners page's order, failing or paused ones first: they are what needs a look. */
const orderedIds = (state: AppState): string[] => [
  ...state.partners.ids.filter((id) => isFailing(state, id)),
  ...state.partners.ids.filter((id) => !isFailing(state, id)),
];

/** Integration Hub → Dashboard: how every partner is doing, live. */
export function DashboardPage() {
  const [range, setRange] = useState<HealthRange>('24h');
  const loadState = useAppStore((state) => state.partners.loadState);
  const loadError = useAppStore((state) => state.partners.error);
  const loadPartners = useAppStore((state) => state.loadPartners);
  const loadPartnerHealth = useAppStore((state) => state.loadPartnerHealth);
  const loadTotals = useAppStore((state) => state.loadDeliveryTotals);
  const loadSeries = useAppStore((state) => state.loadHealthSeries);
  const ids = useAppStore(useShallow(orderedIds));
  const hooks = useAppStore((state) => state.hookHealth);
  const loadOrderHooks = useAppStore((state) => state.loadOrderHooks);

  useEffect(() => {
    void loadPartners();
    void loadPartnerHealth();
    void loadTotals();
    void loadOrderHooks();
  }, [loadPartners, loadPartnerHealth, loadTotals, loadOrderHooks]);
  useEffect(() => {
    void loadSeries(range);
  }, [loadSeries, range]);

  return (
    <>
      <PageHeader
        section="Integration Hub"
        title="Dashboard"
        description="How each partner's webhooks are doing: the share delivered, and how long partners take to answer — the typical answer (p50) and the slowest 5% (p95)."
        actions={<RangeToggle label="Chart period" value={range} onChange={setRange} />}
      />
      <div className="page-body dashboard">
        <LateOrdersCard />
        <DeliveryTotals />
        {loadState === 'failed' ? (
          <LoadFailed what="the partners" error={loadError} onRetry={() => void loadPartners()} />
        ) : loadState !== 'ready' ? (
          <p className="loading-text">Loading…</p>
        ) : ids.length === 0 && hooks.length === 0 ? (
          <div className="card card-padded empty-state">
            <p>
              No partners yet — add one on the <Link to="/hub/partners">Partners page</Link>.
            </p>
          </div>
        ) : (
          <>
            {/* Failing hooks first too: a broken Open Order hook is an evening's orders. */}
            {hooks.filter(isDestinationFailing).map((health) => (
              <HookHealthCard key={health.id} health={health} range={range} />
            ))}
            {ids.map((id) => (
              <PartnerHealthCard key={id} partnerId={id} range={range} />
            ))}
            {hooks
              .filter((health) => !isDestinationFailing(health))
              .map((health) => (
                <HookHealthCard key={health.id} health={health} range={range} />
              ))}
          </>
        )}
      </div>
    </>
  );
}
