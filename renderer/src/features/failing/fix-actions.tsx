import { Link } from 'react-router';
import type { FailureKind } from '../../../../shared/domain/delivery-failures';
import { destinationFix, undeliveredTo } from './fix-paths';
import './fix-actions.css';

interface FixActionsProps {
  destinationId: string;
  name: string;
  failure: FailureKind | null;
}

/**
 * What to do about a failing partner or hook, the same wherever it is shown: the
 * fix that follows the reason (the key, the URL, or nothing to change here) and
 * its undelivered webhooks, to resend once fixed.
 */
export function FixActions({ destinationId, name, failure }: FixActionsProps) {
  const fix = destinationFix(destinationId, failure);
  return (
    <div className="fix-actions">
      {fix.path && fix.label ? (
        <Link to={fix.path} aria-label={`${fix.label} for ${name}`}>
          {fix.label}
        </Link>
      ) : (
        <p className="fix-note">{fix.note}</p>
      )}
      <Link to={undeliveredTo(destinationId)} aria-label={`See failed deliveries to ${name}`}>
        See failed deliveries
      </Link>
    </div>
  );
}
