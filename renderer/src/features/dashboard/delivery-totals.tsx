import { Link } from 'react-router';
import { useAppStore } from '../../store/store-context';
import { paramsFromFilter } from '../deliveries/filter-params';

const failedPath = `/deliveries?${paramsFromFilter({ states: ['failed'] }).toString()}`;
const heldPath = `/deliveries?${paramsFromFilter({ states: ['paused'] }).toString()}`;

/**
 * The queue at a glance, in deliveries (one webhook to one partner, however many
 * attempts it took): what will be sent, what waits for a disabled or paused partner, what gave up, and who is
 * failing now. Queued, waiting and failing are the status bar's own figures, pushed
 * live by the core, so the two can never disagree.
 */
export function DeliveryTotals() {
  const totals = useAppStore((state) => state.health.totals);
  const status = useAppStore((state) => state.app.status);
  if (!totals || !status) return null;
  const failingCount = status.failingPartners.length;
  return (
    <dl className="delivery-totals" aria-label="Deliveries at a glance">
      <div className="delivery-total">
        <dt>Queued</dt>
        <dd>{status.queued}</dd>
      </div>
      {status.held > 0 ? (
        <div className="delivery-total">
          <dt>Waiting</dt>
          <dd>
            <Link to={heldPath} aria-label={`${status.held} waiting for disabled or paused partners`}>
              {status.held}
            </Link>
          </dd>
        </div>
      ) : null}
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
