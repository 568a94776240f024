import { useEffect, useRef, useState, type RefObject } from 'react';
import { useAppStore } from '../../store/store-context';
import { useStoreClock } from '../../time/use-store-clock';
import { DeliveryRow } from './delivery-row';
import { rowIn } from '../../store/row-chunks';

/** Fixed row height is what makes the windowing arithmetic exact and cheap. */
export const rowHeight = 44;
const overscan = 8;
/** Start fetching the next page this many rows before the end, so scrolling rarely waits. */
const prefetchRows = 30;

interface DeliveryTableProps {
  selectedId: number | null;
  onSelect: (id: number) => void;
  scrollRef: RefObject<HTMLDivElement | null>;
}

/**
 * The log as an ARIA table whose body renders only the rows in view (plus a margin):
 * 100,000 loaded rows cost as much as 30. Pages come from the core as the end nears.
 */
export function DeliveryTable({ selectedId, onSelect, scrollRef }: DeliveryTableProps) {
  const ids = useAppStore((state) => state.deliveries.ids);
  const rows = useAppStore((state) => state.deliveries.rows);
  const hasMore = useAppStore((state) => state.deliveries.nextCursor !== null);
  const clock = useStoreClock();
  const loadingMore = useAppStore((state) => state.deliveries.loadingMore);
  const loadMore = useAppStore((state) => state.loadMoreDeliveries);
  const setAtTop = useAppStore((state) => state.setDeliveriesAtTop);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const observed = useRef<ResizeObserver | null>(null);

  useEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    observed.current = new ResizeObserver(() => setViewport(element.clientHeight));
    observed.current.observe(element);
    return () => observed.current?.disconnect();
  }, [scrollRef]);

  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(ids.length, Math.ceil((scrollTop + viewport) / rowHeight) + overscan);

  useEffect(() => {
    if (hasMore && !loadingMore && last >= ids.length - prefetchRows) void loadMore();
  }, [hasMore, loadingMore, last, ids.length, loadMore]);

  return (
    <div
      ref={scrollRef}
      className="delivery-scroll"
      // Scrolls by keyboard too (arrow keys, Page Down) once focused: the rows themselves take no focus.
      tabIndex={0}
      onScroll={(event) => {
        const top = event.currentTarget.scrollTop;
        setScrollTop(top);
        setAtTop(top < rowHeight / 2);
      }}
    >
      <div
        role="table"
        aria-label="Deliveries"
        aria-rowcount={hasMore ? -1 : ids.length + 1}
        className="delivery-table"
      >
        <div role="rowgroup" className="delivery-head">
          <div role="row" aria-rowindex={1} className="delivery-row delivery-head-row">
            <div role="columnheader">{clock.showsZone ? clock.zoneLabel : 'Time'}</div>
            <div role="columnheader">Event</div>
            <div role="columnheader">Resource</div>
            <div role="columnheader">Destination</div>
            <div role="columnheader">State</div>
            <div role="columnheader" className="cell-number">
              Attempts
            </div>
            {/* "Status" would be cut off in a column sized for "200"; the header names what the number is. */}
            <div role="columnheader" className="cell-number" title="The last attempt's HTTP status">
              HTTP
            </div>
            <div role="columnheader" className="cell-number">
              Latency
            </div>
          </div>
        </div>
        <div role="rowgroup" className="delivery-body" style={{ height: ids.length * rowHeight }}>
          {ids.slice(first, last).map((id, offset) => {
            const row = rowIn(rows, id);
            if (!row) return null;
            const index = first + offset;
            return (
              <DeliveryRow
                key={id}
                row={row}
                index={index}
                selected={id === selectedId}
                style={{ transform: `translateY(${index * rowHeight}px)` }}
                onSelect={onSelect}
              />
            );
          })}
        </div>
      </div>
      {loadingMore ? <p className="loading-text delivery-more">Loading more…</p> : null}
    </div>
  );
}
