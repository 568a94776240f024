import { Link } from 'react-router';
import { alertHeadline, type DestinationHealth } from '../../../../shared/domain/deliveries';
import { failedDeliveriesTo } from './fix-links';

interface FailingNoticeProps {
  name: string;
  health: DestinationHealth;
  /** Where this destination's URL and key are fixed. */
  fixPath: string;
  fixLabel: string;
}

/** Why a partner or hook is failing (or paused), in the same words as the alert, and where to fix it. */
export function FailingNotice({ name, health, fixPath, fixLabel }: FailingNoticeProps) {
  const kind = health.pausedReason ? 'paused' : 'failing';
  const reason = health.pausedReason ?? health.failing?.reason ?? 'Deliveries keep failing.';
  return (
    <div className="failing-notice" role="group" aria-label={`${name} is failing`}>
      <p className="failing-headline">{alertHeadline({ kind, destinationName: name })}</p>
      <p className="failing-reason">{reason}</p>
      <p className="failing-links">
        <Link to={fixPath} aria-label={`Fix ${name}`}>
          {fixLabel}
        </Link>
        <Link to={failedDeliveriesTo(health.id)} aria-label={`Failed deliveries to ${name}`}>
          See failed deliveries
        </Link>
      </p>
    </div>
  );
}
