import type { CSSProperties } from 'react';
import type { DeliveryRow as Row } from '../../../../shared/domain/deliveries';
import { StoreTimeText } from '../../time/store-time-text';
import { eventTitle, formatLatency } from './delivery-words';
import { StateBadge } from './state-badge';

interface DeliveryRowProps {
  row: Row;
  index: number;
  selected: boolean;
  style: CSSProperties;
  onSelect: (id: number) => void;
}

export function DeliveryRow({ row, index, selected, style, onSelect }: DeliveryRowProps) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={selected}
      className={`delivery-row${selected ? ' is-selected' : ''}`}
      style={style}
      onClick={() => onSelect(row.id)}
    >
      <div role="cell" className="cell-time">
        <StoreTimeText at={row.createdAt} zone={false} />
      </div>
      <div role="cell" title={row.eventType}>
        {eventTitle(row.eventType)} <span className="cell-code">{row.eventType}</span>
      </div>
      <div role="cell" className="cell-ellipsis" title={row.summary}>
        {row.summary}
      </div>
      <div role="cell" className="cell-ellipsis" title={row.destinationName}>
        {row.destinationName}
      </div>
      <div role="cell" title={row.lastReason ?? undefined}>
        <StateBadge row={row} zone={false} />
      </div>
      <div role="cell" className="cell-number">
        {row.attempts}
      </div>
      <div role="cell" className="cell-number">
        {row.lastStatus ?? '—'}
      </div>
      <div role="cell" className="cell-number">
        {formatLatency(row.lastLatencyMs)}
      </div>
    </div>
  );
}
