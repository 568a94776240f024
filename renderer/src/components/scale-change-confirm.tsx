import type { EventType } from '../../../shared/domain/event-types';
import { describeScaleChange, type PriceScaleChange } from '../forms/scale-change';
import { showMoney } from '../forms/show-money';
import { ConfirmDialog } from './confirm-dialog';
import { WhoWillReceive } from './who-will-receive';
import './scale-change-confirm.css';

interface ScaleChangeConfirmProps {
  changes: readonly PriceScaleChange[];
  currency: string;
  /** What saving emits, to name who will be told (the same answer as beside Save). */
  eventTypes: readonly EventType[];
  confirmLabel: string;
  onConfirm: () => Promise<string | null>;
  /** Cancel: nothing is saved, the typed prices stay for fixing. */
  onClose: () => void;
}

const listLimit = 8;

/**
 * Asks before a price changes scale (forms/scale-change.ts): old → new in the user's
 * locale, how big the jump is, and which partners will be told. Cancel has focus.
 */
export function ScaleChangeConfirm({
  changes,
  currency,
  eventTypes,
  confirmLabel,
  onConfirm,
  onClose,
}: ScaleChangeConfirmProps) {
  const [first] = changes;
  const title =
    changes.length === 1 && first ? `Change the price of ${first.name}?` : `Change ${changes.length} prices this much?`;
  return (
    <ConfirmDialog
      title={title}
      description={
        <>
          <ul className="scale-change-list" aria-label="Price changes">
            {changes.slice(0, listLimit).map((entry) => (
              <li key={entry.id}>
                <span className="scale-change-name">{entry.name}</span>
                <span>
                  <span className="scale-change-prices">
                    {showMoney(entry.old, currency)} → {showMoney(entry.next, currency)}
                  </span>{' '}
                  <span className="scale-change-size">({describeScaleChange(entry.change)})</span>
                </span>
              </li>
            ))}
            {changes.length > listLimit ? <li>and {changes.length - listLimit} more</li> : null}
          </ul>
          <WhoWillReceive eventTypes={eventTypes} />
        </>
      }
      confirmLabel={confirmLabel}
      onConfirm={onConfirm}
      onClose={onClose}
    />
  );
}
