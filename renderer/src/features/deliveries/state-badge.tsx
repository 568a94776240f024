import type { DeliveryRow } from '../../../../shared/domain/deliveries';
import { useStoreClock } from '../../time/use-store-clock';
import { retryWhen, stateLabels } from './delivery-words';

/**
 * Words first, colour second: the state reads the same without colour. The retry time sits
 * beside the pill rather than in it, so a narrow State column wraps the time under the pill
 * instead of cutting either (#9: "Retrying at Dec 1, 4:08 AM" is wider than the column at
 * 1024 px). `zone: false` in the log table, whose header names the zone.
 */
export function StateBadge({ row, zone }: { row: Pick<DeliveryRow, 'state' | 'nextAttemptAt'>; zone?: boolean }) {
  const clock = useStoreClock();
  const when = retryWhen(row, clock, { zone });
  return (
    <span className="state">
      <span className={`state-badge state-${row.state}`}>{stateLabels[row.state]}</span>
      {when && <span className="state-when"> {when}</span>}
    </span>
  );
}
