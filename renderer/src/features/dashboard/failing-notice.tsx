import { alertHeadline, type DestinationHealth } from '../../../../shared/domain/deliveries';
import { FixActions } from '../failing/fix-actions';

/** Why a partner or hook is failing (or paused), in the same words and with the same fix as its alert. */
export function FailingNotice({ name, health }: { name: string; health: DestinationHealth }) {
  const kind = health.pausedReason ? 'paused' : 'failing';
  const reason = health.pausedReason ?? health.failing?.reason ?? 'Deliveries keep failing.';
  return (
    <div className="failing-notice" role="group" aria-label={`${name} is failing`}>
      <p className="failing-headline">{alertHeadline({ kind, destinationName: name })}</p>
      <p className="failing-reason">{reason}</p>
      <FixActions destinationId={health.id} name={name} failure={health.failing?.failure ?? null} />
    </div>
  );
}
