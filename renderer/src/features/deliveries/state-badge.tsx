import type { DeliveryRow } from '../../../../shared/domain/deliveries';
import { useStoreClock } from '../../time/use-store-clock';
import { stateText } from './delivery-words';

/** Words first, colour second: the state reads the same without colour. */
export function StateBadge({ row }: { row: Pick<DeliveryRow, 'state' | 'nextAttemptAt'> }) {
  const clock = useStoreClock();
  return <span className={`state-badge state-${row.state}`}>{stateText(row, clock)}</span>;
}
