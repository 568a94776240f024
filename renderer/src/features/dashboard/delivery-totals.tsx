import { Link } from 'react-router';
import { useAppStore } from '../../store/store-context';
import { paramsFromFilter } from '../deliveries/filter-params';

const failedPath = `/deliveries?${paramsFromFilter({ states: ['failed'] }).toString()}`;

/** The queue at a glance: what is waiting, what gave up, and who is failing now. */
export function DeliveryTotals({ failingCount }: { failingCount: number }) {
  const totals = useAppStore((state) => state.health.totals);
  if (!totals) return null;
  const queued = totals.byState.pending + totals.byState.sending + totals.byState.retrying;
  return (
    <dl className="delivery-totals" aria-label="Deliveries at a glance">
      <div className="delivery-total">
        <dt>Queued</dt>
        <dd>{queued}</dd>
      </div>
      <div className={`delivery-total${totals.byState.failed > 0 ? ' delivery-total-bad' : ''}`}>
        <dt>Failed</dt>
        <dd>
          {totals.byState.failed > 0 ? (
            <Link to={failedPath} aria-label={`${totals.byState.failed} failed deliveries`}>
              {totals.byState.failed}
            </Link>
          ) : (
            0
          )}
        </dd>
      </div>
      <div className={`delivery-total${failingCount > 0 ? ' delivery-total-bad' : ''}`}>
        <dt>Failing partners</dt>
        <dd>{failingCount}</dd>
      </div>
      <div className="delivery-total">
        <dt>Delivered</dt>
        <dd>{totals.byState.delivered}</dd>
      </div>
    </dl>
  );
}
