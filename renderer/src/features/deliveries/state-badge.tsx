import type { DeliveryRow } from '../../../../shared/domain/deliveries';
import { useStoreClock } from '../../time/use-store-clock';
import { stateText } from './delivery-words';

/** Words first, colour second: the state reads the same without colour. `zone: false` in the log table, whose header names the zone. */
export function StateBadge({ row, zone }: { row: Pick<DeliveryRow, 'state' | 'nextAttemptAt'>; zone?: boolean }) {
  const clock = useStoreClock();
  return <span className={`state-badge state-${row.state}`}>{stateText(row, clock, { zone })}</span>;
}
