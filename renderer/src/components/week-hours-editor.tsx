import { useId } from 'react';
import { weekdayLabels, weekdays, type Weekday } from '../../../shared/domain/hours';
import { isOvernight, rangeKey, type RangeDraft, type WeekDraft } from '../forms/week-draft';
import { TimeInput } from './time-input';
import './week-hours-editor.css';
import { FieldError } from './field-error';

interface WeekHoursEditorProps {
  week: WeekDraft;
  onChange: (week: WeekDraft, changedDay: Weekday) => void;
  /** The message for one range's field, or for the range as a whole (`part` = 'range'), once touched. */
  errorFor: (day: Weekday, index: number, part: 'start' | 'end' | 'range') => string | undefined;
  /** Called when a field is left, so its error may show. */
  onTouch: (day: Weekday, index: number, part: 'start' | 'end') => void;
  /** What an empty day means here: "Closed" for the store, "Not offered" for a menu. */
  emptyText: string;
}

/**
 * A week of opening ranges: several per day, each HH:MM to HH:MM, and an end
 * before its start runs past midnight. Every input is named by its day and
 * range ("Monday, range 1, from") so it can be found and read out.
 */
export function WeekHoursEditor({ week, onChange, errorFor, onTouch, emptyText }: WeekHoursEditorProps) {
  const id = useId();
  const setDay = (day: Weekday, ranges: RangeDraft[]): void => onChange({ ...week, [day]: ranges }, day);
  return (
    <div className="week-hours">
      {weekdays.map((day) => {
        const label = weekdayLabels[day];
        const headingId = `${id}-${day}`;
        const ranges = week[day];
        return (
          <div key={day} className="week-hours-day" role="group" aria-labelledby={headingId}>
            <h3 id={headingId} className="week-hours-name">
              {label}
            </h3>
            <div className="week-hours-ranges">
              {ranges.length === 0 ? <p className="week-hours-empty">{emptyText}</p> : null}
              {ranges.map((range, index) => {
                const name = `${label}, range ${index + 1}`;
                const rangeError = errorFor(day, index, 'range');
                const errorId = `${id}-${day}-${range.key}-error`;
                const startError = errorFor(day, index, 'start');
                const endError = errorFor(day, index, 'end');
                const message = startError ?? endError ?? rangeError;
                const update = (patch: Partial<RangeDraft>): void =>
                  setDay(
                    day,
                    ranges.map((known) => (known.key === range.key ? { ...known, ...patch } : known)),
                  );
                return (
                  <div key={range.key} className="week-hours-range">
                    <div className="week-hours-range-inputs">
                      <TimeInput
                        label={`${name}, from`}
                        value={range.start}
                        onChange={(start) => update({ start })}
                        onBlur={() => onTouch(day, index, 'start')}
                        invalid={Boolean(startError ?? rangeError)}
                        describedBy={message ? errorId : undefined}
                      />
                      <span className="week-hours-dash" aria-hidden="true">
                        –
                      </span>
                      <TimeInput
                        label={`${name}, to`}
                        value={range.end}
                        onChange={(end) => update({ end })}
                        onBlur={() => onTouch(day, index, 'end')}
                        invalid={Boolean(endError ?? rangeError)}
                        describedBy={message ? errorId : undefined}
                      />
                      <button
                        type="button"
                        className="button button-quiet button-danger-text"
                        aria-label={`Remove ${name}`}
                        onClick={() =>
                          setDay(
                            day,
                            ranges.filter((known) => known.key !== range.key),
                          )
                        }
                      >
                        Remove
                      </button>
                      {/* After Remove, so the Remove buttons line up whether or not a range runs overnight. */}
                      {isOvernight(range) ? <span className="week-hours-overnight">ends the next day</span> : null}
                    </div>
                    <FieldError id={errorId} message={message} />
                  </div>
                );
              })}
            </div>
            <button
              type="button"
              className="button button-quiet week-hours-add"
              aria-label={`Add a range on ${label}`}
              onClick={() => setDay(day, [...ranges, { key: rangeKey(), start: '', end: '' }])}
            >
              + Add range
            </button>
          </div>
        );
      })}
    </div>
  );
}
