import type { DeliveryRow } from '../../../../shared/domain/deliveries';
import { stateText } from './delivery-words';

/** Words first, colour second: the state reads the same without colour. */
export function StateBadge({ row }: { row: Pick<DeliveryRow, 'state' | 'nextAttemptAt'> }) {
  return <span className={`state-badge state-${row.state}`}>{stateText(row)}</span>;
}
