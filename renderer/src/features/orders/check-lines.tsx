import type { Check, CheckLine } from '../../../../shared/domain/checks';
import { showMoney } from '../../forms/show-money';

interface CheckLinesProps {
  check: Check;
  /** Null once the check is closed or cancelled. */
  onRemove: ((line: CheckLine) => Promise<void>) | null;
}

/** The check's lines as the core snapshotted them: quantity, item, modifiers, line total. */
export function CheckLines({ check, onRemove }: CheckLinesProps) {
  if (check.lines.length === 0) return <p className="check-lines-empty">No items yet.</p>;
  return (
    <ul className="check-lines" aria-label="Items on the check">
      {check.lines.map((line) => (
        <li key={line.id} className="check-line">
          <span className="check-line-quantity">{line.quantity}×</span>
          <div className="check-line-text">
            <span className="check-line-name">{line.name}</span>
            {line.modifiers.length > 0 ? (
              <span className="check-line-modifiers">
                {line.modifiers
                  .map((modifier) =>
                    modifier.price > 0
                      ? `${modifier.name} (+${showMoney(modifier.price, check.currency)})`
                      : modifier.name,
                  )
                  .join(', ')}
              </span>
            ) : null}
            {line.notes ? <span className="check-line-modifiers">“{line.notes}”</span> : null}
          </div>
          <span className="check-line-total">{showMoney(line.total, check.currency)}</span>
          {onRemove ? (
            <button
              type="button"
              className="button button-quiet button-danger-text"
              aria-label={`Remove ${line.name}`}
              onClick={() => void onRemove(line)}
            >
              Remove
            </button>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
