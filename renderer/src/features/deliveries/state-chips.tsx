import { deliveryStates, type DeliveryCounts, type DeliveryState } from '../../../../shared/domain/deliveries';
import { stateHints, stateLabels } from './delivery-words';

interface StateChipsProps {
  counts: DeliveryCounts | null;
  selected: readonly DeliveryState[];
  onChange: (states: DeliveryState[]) => void;
}

/** Counts by state double as the state filter: one click narrows the log to that state. */
export function StateChips({ counts, selected, onChange }: StateChipsProps) {
  const count = (value: number | undefined): string => (value === undefined ? '' : ` ${value.toLocaleString()}`);
  return (
    <div className="state-chips" role="group" aria-label="Filter by state">
      <button type="button" className="state-chip" aria-pressed={selected.length === 0} onClick={() => onChange([])}>
        All<span className="state-chip-count">{count(counts?.total)}</span>
      </button>
      {deliveryStates.map((state) => (
        <button
          key={state}
          type="button"
          className={`state-chip chip-${state}`}
          title={stateHints[state]}
          aria-pressed={selected.includes(state)}
          onClick={() => onChange(selected.length === 1 && selected[0] === state ? [] : [state])}
        >
          {stateLabels[state]}
          <span className="state-chip-count">{count(counts?.byState[state])}</span>
        </button>
      ))}
    </div>
  );
}
