import { ActionsMenu, type MenuAction } from '../../components/actions-menu';
import { WhoWillReceive } from '../../components/who-will-receive';
import { itemEvents } from './item-events';

interface BulkActionsBarProps {
  count: number;
  busy: boolean;
  onStock: (inStock: boolean) => void;
  /** 86 until end of day / tomorrow's opening / a time, for all of them. */
  untilActions: MenuAction[];
  onPrice: () => void;
  onClear: () => void;
}

/** Shown while items are ticked: 86 them (now or until later), bring them back, or reprice them together. */
export function BulkActionsBar({ count, busy, onStock, untilActions, onPrice, onClear }: BulkActionsBarProps) {
  return (
    <section className="card bulk-bar" aria-label="Selected items">
      <div className="bulk-bar-row">
        <strong className="bulk-bar-count">{count === 1 ? '1 item selected' : `${count} items selected`}</strong>
        <button type="button" className="button button-quiet" onClick={onClear}>
          Clear selection
        </button>
      </div>
      <div className="bulk-bar-row">
        <button type="button" className="button" disabled={busy} onClick={() => onStock(false)}>
          86 selected
        </button>
        <ActionsMenu label="86 selected until…" actions={untilActions} disabled={busy} align="start" />
        <button type="button" className="button" disabled={busy} onClick={() => onStock(true)}>
          Back in stock
        </button>
        <button type="button" className="button" disabled={busy} onClick={onPrice}>
          Change price…
        </button>
      </div>
      <WhoWillReceive eventTypes={itemEvents} />
    </section>
  );
}
