import { Link } from 'react-router';
import { alertHeadline, type DestinationHealth } from '../../../../shared/domain/deliveries';
import { failedDeliveriesPath, partnerEditPath } from './fix-links';

/** Why a partner is failing (or paused), in the same words as the alert, and where to fix it. */
export function FailingNotice({ partnerId, name, health }: { partnerId: string; name: string; health: DestinationHealth }) {
  const kind = health.pausedReason ? 'paused' : 'failing';
  const reason = health.pausedReason ?? health.failing?.reason ?? 'Deliveries keep failing.';
  return (
    <div className="failing-notice" role="group" aria-label={`${name} is failing`}>
      <p className="failing-headline">{alertHeadline({ kind, destinationName: name })}</p>
      <p className="failing-reason">{reason}</p>
      <p className="failing-links">
        <Link to={partnerEditPath(partnerId)} aria-label={`Fix ${name}`}>
          Fix URL or key
        </Link>
        <Link to={failedDeliveriesPath(partnerId)} aria-label={`Failed deliveries to ${name}`}>
          See failed deliveries
        </Link>
      </p>
    </div>
  );
}
