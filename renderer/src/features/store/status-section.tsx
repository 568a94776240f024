import { useId } from 'react';
import { busyDelayRange } from '../../../../shared/domain/store';
import { RadioGroup } from '../../components/radio-group';
import { TextField } from '../../components/text-field';
import type { StoreDraft, StoreState } from './store-draft';
import { FieldError } from '../../components/field-error';

interface StatusSectionProps {
  draft: StoreDraft;
  onChange: (patch: Partial<StoreDraft>, field: string) => void;
  errorFor: (field: string) => string | undefined;
  touch: (field: string) => void;
}

/** Open / busy with a delay / paused until a time / closed: what guests and partners are told now. */
export function StatusSection({ draft, onChange, errorFor, touch }: StatusSectionProps) {
  const headingId = useId();
  const pausedId = useId();
  const pausedError = errorFor('status.until');
  return (
    <section className="card settings-group" aria-labelledby={headingId}>
      <div className="settings-group-head">
        <h2 id={headingId}>Status</h2>
        <p>Partners taking online orders are told at once when you save.</p>
      </div>
      <RadioGroup<StoreState>
        legend="Taking orders"
        value={draft.state}
        onChange={(state) => onChange({ state }, 'status')}
        options={[
          { value: 'open', label: 'Open', hint: 'Taking orders as usual.' },
          {
            value: 'busy',
            label: 'Busy',
            hint: 'Taking orders, with extra time added to every quoted time.',
            extra: (
              <TextField
                label="Extra wait (minutes)"
                value={draft.delayMinutes}
                onChange={(delayMinutes) => onChange({ delayMinutes }, 'status.delayMinutes')}
                onBlur={() => touch('status.delayMinutes')}
                error={errorFor('status.delayMinutes')}
                inputMode="numeric"
                width="short"
                hint={`${busyDelayRange.min}–${busyDelayRange.max} minutes.`}
              />
            ),
          },
          {
            value: 'paused',
            label: 'Paused',
            hint: 'No online orders until the time you choose.',
            extra: (
              <div className="field field-short">
                <label htmlFor={pausedId} className="field-label">
                  Paused until
                </label>
                <input
                  id={pausedId}
                  className="input"
                  type="datetime-local"
                  value={draft.pausedUntil}
                  onChange={(event) => onChange({ pausedUntil: event.target.value }, 'status.until')}
                  onBlur={() => touch('status.until')}
                  aria-invalid={pausedError ? true : undefined}
                  aria-describedby={pausedError ? `${pausedId}-error` : undefined}
                />
                <FieldError id={`${pausedId}-error`} message={pausedError} />
              </div>
            ),
          },
          { value: 'closed', label: 'Closed', hint: 'Not taking orders.' },
        ]}
      />
    </section>
  );
}
