import { useId } from 'react';
import { maxSpecialDates } from '../../../../shared/domain/store';
import { TextField } from '../../components/text-field';
import type { RangeErrors } from '../../forms/range-errors';
import { rangeKey } from '../../forms/week-draft';
import { SpecialDateRanges } from './special-date-ranges';
import { specialKey, type SpecialDateDraft } from './store-draft';
import { FieldError } from '../../components/field-error';

interface SpecialDatesSectionProps {
  specialDates: SpecialDateDraft[];
  onChange: (specialDates: SpecialDateDraft[]) => void;
  /** Field messages keyed `<index>.date` / `<index>.ranges` / `<index>.note`. */
  errors: Partial<Record<string, string>>;
  /** Range messages keyed `<index>.<range>.<start|end|range>`. */
  rangeErrors: RangeErrors;
  shown: (key: string) => boolean;
  touch: (key: string) => void;
}

/** Holidays and one-off days: closed all day, or their own opening ranges. */
export function SpecialDatesSection({
  specialDates,
  onChange,
  errors,
  rangeErrors,
  shown,
  touch,
}: SpecialDatesSectionProps) {
  const headingId = useId();
  const update = (key: string, patch: Partial<SpecialDateDraft>): void =>
    onChange(specialDates.map((special) => (special.key === key ? { ...special, ...patch } : special)));
  return (
    <section className="card settings-group" aria-labelledby={headingId}>
      <div className="settings-group-head">
        <h2 id={headingId}>Special dates</h2>
        <p>Days that differ from the weekly hours, such as holidays.</p>
      </div>
      {specialDates.length === 0 ? <p className="field-hint">No special dates.</p> : null}
      {specialDates.map((special, index) => {
        const label = special.date || `Special date ${index + 1}`;
        const errorAt = (field: string): string | undefined =>
          shown(`special.${special.key}`) ? errors[`${index}.${field}`] : undefined;
        return (
          <div key={special.key} className="special-date" role="group" aria-label={label}>
            <div className="special-date-row">
              <div className="field field-short">
                <label className="field-label" htmlFor={`${headingId}-${special.key}-date`}>
                  Date
                </label>
                <input
                  id={`${headingId}-${special.key}-date`}
                  className="input"
                  type="date"
                  value={special.date}
                  onChange={(event) => update(special.key, { date: event.target.value })}
                  onBlur={() => touch(`special.${special.key}`)}
                  aria-invalid={errorAt('date') ? true : undefined}
                  aria-describedby={errorAt('date') ? `${headingId}-${special.key}-date-error` : undefined}
                />
                <FieldError id={`${headingId}-${special.key}-date-error`} message={errorAt('date')} />
              </div>
              <TextField
                label="Note"
                value={special.note}
                onChange={(note) => update(special.key, { note })}
                onBlur={() => touch(`special.${special.key}`)}
                error={errorAt('note')}
                placeholder="e.g. Christmas Eve"
              />
              <label className="special-date-closed">
                <input
                  type="checkbox"
                  checked={special.closed}
                  onChange={(event) =>
                    update(special.key, {
                      closed: event.target.checked,
                      ranges: event.target.checked ? [] : [{ key: rangeKey(), start: '', end: '' }],
                    })
                  }
                />
                Closed all day
              </label>
              <button
                type="button"
                className="button button-quiet button-danger-text"
                aria-label={`Remove ${label}`}
                onClick={() => onChange(specialDates.filter((known) => known.key !== special.key))}
              >
                Remove
              </button>
            </div>
            {special.closed ? null : (
              <SpecialDateRanges
                label={label}
                ranges={special.ranges}
                onChange={(ranges) => update(special.key, { ranges })}
                errorFor={(range, part) =>
                  shown(`special.${special.key}`) ? rangeErrors[`${index}.${range}.${part}`] : undefined
                }
                dayError={errorAt('ranges')}
                onTouch={() => touch(`special.${special.key}`)}
              />
            )}
          </div>
        );
      })}
      <div>
        <button
          type="button"
          className="button"
          disabled={specialDates.length >= maxSpecialDates}
          onClick={() =>
            onChange([...specialDates, { key: specialKey(), date: '', closed: true, ranges: [], note: '' }])
          }
        >
          Add special date
        </button>
      </div>
    </section>
  );
}
