import { useId } from 'react';
import { TimeInput } from '../../components/time-input';
import { rangeKey, type RangeDraft } from '../../forms/week-draft';
import { FieldError } from '../../components/field-error';

interface SpecialDateRangesProps {
  label: string;
  ranges: RangeDraft[];
  onChange: (ranges: RangeDraft[]) => void;
  errorFor: (index: number, part: 'start' | 'end' | 'range') => string | undefined;
  dayError: string | undefined;
  onTouch: () => void;
}

/** One special date's opening ranges (the weekly editor's row, for a single date). */
export function SpecialDateRanges({ label, ranges, onChange, errorFor, dayError, onTouch }: SpecialDateRangesProps) {
  const id = useId();
  return (
    <div className="special-date-ranges">
      {ranges.map((range, index) => {
        const name = `${label}, range ${index + 1}`;
        const startError = errorFor(index, 'start');
        const endError = errorFor(index, 'end');
        const message = startError ?? endError ?? errorFor(index, 'range');
        const errorId = `${id}-${range.key}-error`;
        const update = (patch: Partial<RangeDraft>): void =>
          onChange(ranges.map((known) => (known.key === range.key ? { ...known, ...patch } : known)));
        return (
          <div key={range.key} className="week-hours-range">
            <div className="week-hours-range-inputs">
              <TimeInput
                label={`${name}, from`}
                value={range.start}
                onChange={(start) => update({ start })}
                onBlur={onTouch}
                invalid={Boolean(startError ?? (message && !endError))}
                describedBy={message ? errorId : undefined}
              />
              <span className="week-hours-dash" aria-hidden="true">
                –
              </span>
              <TimeInput
                label={`${name}, to`}
                value={range.end}
                onChange={(end) => update({ end })}
                onBlur={onTouch}
                invalid={Boolean(endError ?? (message && !startError))}
                describedBy={message ? errorId : undefined}
              />
              <button
                type="button"
                className="button button-quiet button-danger-text"
                aria-label={`Remove ${name}`}
                onClick={() => onChange(ranges.filter((known) => known.key !== range.key))}
              >
                Remove
              </button>
            </div>
            <FieldError id={errorId} message={message} />
          </div>
        );
      })}
      <FieldError message={dayError} />
      <div>
        <button
          type="button"
          className="button button-quiet"
          aria-label={`Add a range on ${label}`}
          onClick={() => onChange([...ranges, { key: rangeKey(), start: '', end: '' }])}
        >
          + Add range
        </button>
      </div>
    </div>
  );
}
